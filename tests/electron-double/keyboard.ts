import { notModelled } from './not-modelled';

/**
 * Key presses as the operating system delivers them to a window: Electron emits
 * 'before-input-event' "before dispatching the keydown and keyup events in the page", and
 * "Calling event.preventDefault will prevent the page keydown/keyup events and the menu shortcuts"
 * (https://www.electronjs.org/docs/latest/api/web-contents#event-before-input-event).
 * A combination is written as Playwright writes it ('Control+Shift+KeyI', 'F5', 'Alt+ArrowLeft').
 */
export interface KeyStroke {
  /** The Input object Electron gives the listener. */
  input: Electron.Input;
  /** How Playwright sends this key to the page when nobody prevented it. */
  playwrightKey: string;
}

const MODIFIERS: Record<string, { key: string; code: string; flag: 'control' | 'shift' | 'alt' | 'meta' }> = {
  Control: { key: 'Control', code: 'ControlLeft', flag: 'control' },
  Shift: { key: 'Shift', code: 'ShiftLeft', flag: 'shift' },
  Alt: { key: 'Alt', code: 'AltLeft', flag: 'alt' },
  Meta: { key: 'Meta', code: 'MetaLeft', flag: 'meta' },
};

/** Named keys whose `key` and `code` are the same word in the UI Events spec. */
const NAMED_KEYS = new Set(['Enter', 'Escape', 'Tab', 'Backspace', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown', 'BrowserBack', 'BrowserForward', 'BrowserRefresh', ...Array.from({ length: 12 }, (_, i) => `F${i + 1}`)]);
const SHIFTED_DIGITS = ')!@#$%^&*(';
const PUNCTUATION: Record<string, { plain: string; shifted: string }> = {
  Equal: { plain: '=', shifted: '+' },
  Minus: { plain: '-', shifted: '_' },
  BracketLeft: { plain: '[', shifted: '{' },
  BracketRight: { plain: ']', shifted: '}' },
};

/** The keyDown and keyUp strokes of one combination, in the order a keyboard produces them. */
export function strokesFor(combination: string): KeyStroke[] {
  const parts = combination.split('+');
  const mainCode = parts.pop();
  if (mainCode === undefined || mainCode === '') return notModelled(`the key combination '${combination}'`);
  const flags = { control: false, shift: false, alt: false, meta: false };
  const downs: KeyStroke[] = [];
  const modifiersHeld: (typeof MODIFIERS)[string][] = [];
  for (const name of parts) {
    const modifier = MODIFIERS[name];
    if (modifier === undefined) return notModelled(`the modifier '${name}'`);
    flags[modifier.flag] = true;
    modifiersHeld.push(modifier);
    downs.push(stroke('keyDown', modifier.key, modifier.code, flags, modifier.key));
  }
  const { key, code } = keyAndCode(mainCode, flags.shift);
  const main = [stroke('keyDown', key, code, flags, mainCode), stroke('keyUp', key, code, flags, mainCode)];
  const ups: KeyStroke[] = [];
  for (const modifier of modifiersHeld.reverse()) {
    flags[modifier.flag] = false;
    ups.push(stroke('keyUp', modifier.key, modifier.code, flags, modifier.key));
  }
  return [...downs, ...main, ...ups];
}

function keyAndCode(name: string, shift: boolean): { key: string; code: string } {
  const letter = /^Key([A-Z])$/.exec(name)?.[1];
  if (letter !== undefined) return { key: shift ? letter : letter.toLowerCase(), code: name };
  const digit = /^Digit([0-9])$/.exec(name)?.[1];
  if (digit !== undefined) return { key: shift ? SHIFTED_DIGITS[Number(digit)]! : digit, code: name };
  const punctuation = PUNCTUATION[name];
  if (punctuation !== undefined) return { key: shift ? punctuation.shifted : punctuation.plain, code: name };
  if (NAMED_KEYS.has(name)) return { key: name, code: name };
  return notModelled(`the key '${name}' (write letters as KeyA, digits as Digit1)`);
}

function stroke(type: 'keyDown' | 'keyUp', key: string, code: string, flags: { control: boolean; shift: boolean; alt: boolean; meta: boolean }, playwrightKey: string): KeyStroke {
  const modifiers = (['shift', 'control', 'alt', 'meta'] as const).filter((flag) => flags[flag]);
  // KeyboardEvent.location: 1 for the left-hand modifier keys the double types, 0 for the rest.
  const location = code.endsWith('Left') && code !== 'ArrowLeft' ? 1 : 0;
  return {
    input: { type, key, code, isAutoRepeat: false, isComposing: false, location, modifiers, ...flags },
    playwrightKey,
  };
}

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isBlockedKeyInput, VISUAL_ZOOM_LIMITS, type KeyInput } from '../../../../main/security/lockdown-rules';

type Modifiers = Partial<Pick<KeyInput, 'control' | 'meta' | 'alt' | 'shift' | 'code'>>;

function press(key: string, modifiers: Modifiers = {}, type = 'keyDown'): KeyInput {
  return { type, key, control: false, meta: false, alt: false, shift: false, ...modifiers };
}

const ctrl = { control: true };
const cmd = { meta: true };
const ctrlShift = { control: true, shift: true };
const cmdShift = { meta: true, shift: true };

// [description, input]: blocked in every build, whatever the devtools policy.
const blocked: [string, KeyInput][] = [
  ['F5', press('F5', { code: 'F5' })],
  ['Shift+F5', press('F5', { shift: true })],
  ['Ctrl+F5', press('F5', ctrl)],
  ['BrowserRefresh key', press('BrowserRefresh')],
  ['Ctrl+R', press('r', { ...ctrl, code: 'KeyR' })],
  ['Cmd+R', press('r', cmd)],
  ['Ctrl+Shift+R', press('R', ctrlShift)],
  ['Cmd+Shift+R', press('R', cmdShift)],
  ['Ctrl+R with caps lock', press('R', ctrl)],
  ['Ctrl+R on a Russian layout (key к, code KeyR)', press('к', { ...ctrl, code: 'KeyR' })],
  ['Ctrl++', press('+', ctrlShift)],
  ['Ctrl+=', press('=', ctrl)],
  ['Cmd+=', press('=', cmd)],
  ['Ctrl+-', press('-', ctrl)],
  ['Cmd+-', press('-', cmd)],
  ['Ctrl+_', press('_', ctrlShift)],
  ['Ctrl+0', press('0', ctrl)],
  ['Cmd+0', press('0', cmd)],
  ['Ctrl+numpad +', press('+', { ...ctrl, code: 'NumpadAdd' })],
  ['Ctrl+numpad -', press('-', { ...ctrl, code: 'NumpadSubtract' })],
  ['Ctrl+numpad 0', press('0', { ...ctrl, code: 'Numpad0' })],
  ['Ctrl+numpad + (key reported as Add)', press('Add', { ...ctrl, code: 'NumpadAdd' })],
  ['Alt+ArrowLeft', press('ArrowLeft', { alt: true })],
  ['Alt+ArrowRight', press('ArrowRight', { alt: true })],
  ['BrowserBack key', press('BrowserBack')],
  ['BrowserForward key', press('BrowserForward')],
  ['Cmd+[', press('[', cmd)],
  ['Cmd+]', press(']', cmd)],
  ['Ctrl+P', press('p', ctrl)],
  ['Cmd+P', press('p', cmd)],
  ['Ctrl+Shift+P', press('P', ctrlShift)],
  ['Ctrl+F', press('f', ctrl)],
  ['Cmd+F', press('f', cmd)],
  ['Ctrl+Cmd+F (macOS fullscreen)', press('f', { control: true, meta: true })],
  ['Ctrl+S', press('s', ctrl)],
  ['Cmd+S', press('s', cmd)],
  ['Ctrl+Shift+S', press('S', ctrlShift)],
  ['Ctrl+O', press('o', ctrl)],
  ['Cmd+O', press('o', cmd)],
  ['Ctrl+N', press('n', ctrl)],
  ['Cmd+N', press('n', cmd)],
  ['Ctrl+Shift+N', press('N', ctrlShift)],
  ['Ctrl+T', press('t', ctrl)],
  ['Cmd+T', press('t', cmd)],
  ['Ctrl+Shift+T', press('T', ctrlShift)],
  ['Ctrl+W', press('w', ctrl)],
  ['Cmd+W', press('w', cmd)],
  ['Ctrl+Shift+W', press('W', ctrlShift)],
  ['Ctrl+F4', press('F4', ctrl)],
  ['Alt+F4', press('F4', { alt: true })],
  ['Cmd+Q', press('q', cmd)],
  ['Ctrl+Q', press('q', ctrl)],
  ['Ctrl+Shift+Q', press('Q', ctrlShift)],
  ['F11', press('F11')],
];

// Blocked only when devtools are not allowed (packaged builds).
const devtools: [string, KeyInput][] = [
  ['F12', press('F12')],
  ['Ctrl+Shift+I', press('I', ctrlShift)],
  ['Ctrl+Shift+J', press('J', ctrlShift)],
  ['Ctrl+Shift+C', press('C', ctrlShift)],
  ['Cmd+Shift+I', press('I', cmdShift)],
  ['Cmd+Shift+J', press('J', cmdShift)],
  ['Cmd+Shift+C', press('C', cmdShift)],
  ['Cmd+Alt+I', press('i', { meta: true, alt: true })],
  ['Cmd+Alt+I (macOS reports the Option character ˆ)', press('ˆ', { meta: true, alt: true, code: 'KeyI' })],
  ['Cmd+Alt+J', press('j', { meta: true, alt: true })],
  ['Cmd+Alt+C', press('c', { meta: true, alt: true })],
];

const allowed: [string, KeyInput][] = [
  ['the staff shortcut Ctrl+Alt+S', press('s', { control: true, alt: true, code: 'KeyS' })],
  ['the staff shortcut Ctrl+Alt+S with caps lock', press('S', { control: true, alt: true })],
  ['AltGr+ć on a Polish layout (Ctrl+Alt)', press('ć', { control: true, alt: true, code: 'KeyC' })],
  ['AltGr+0 (Ctrl+Alt+0)', press('}', { control: true, alt: true, code: 'Digit0' })],
  ['a', press('a', { code: 'KeyA' })],
  ['Shift+A', press('A', { shift: true })],
  ['r', press('r')],
  ['R', press('R', { shift: true })],
  ['q', press('q')],
  ['w', press('w')],
  ['Cyrillic с (code KeyC) without modifiers', press('с', { code: 'KeyC' })],
  ['0', press('0', { code: 'Digit0' })],
  ['9', press('9')],
  ['numpad 0 without Ctrl', press('0', { code: 'Numpad0' })],
  ['+', press('+', { shift: true })],
  ['-', press('-')],
  ['=', press('=')],
  ['Tab', press('Tab')],
  ['Shift+Tab', press('Tab', { shift: true })],
  ['Enter', press('Enter')],
  ['Escape', press('Escape')],
  ['Space', press(' ', { code: 'Space' })],
  ['Backspace', press('Backspace')],
  ['Delete', press('Delete')],
  ['ArrowLeft', press('ArrowLeft')],
  ['ArrowRight', press('ArrowRight')],
  ['ArrowUp', press('ArrowUp')],
  ['ArrowDown', press('ArrowDown')],
  ['Alt+ArrowUp', press('ArrowUp', { alt: true })],
  ['Ctrl+ArrowLeft (word jump in text)', press('ArrowLeft', ctrl)],
  ['Cmd+ArrowLeft (line start in text)', press('ArrowLeft', cmd)],
  ['Ctrl+C (copy)', press('c', ctrl)],
  ['Ctrl+V (paste)', press('v', ctrl)],
  ['Ctrl+X (cut)', press('x', ctrl)],
  ['Ctrl+A (select all)', press('a', ctrl)],
  ['Ctrl+Z (undo)', press('z', ctrl)],
  ['Cmd+C (copy)', press('c', cmd)],
  ['Ctrl+I (plain, not devtools)', press('i', ctrl)],
  ['F4 alone', press('F4')],
  ['Shift+F4', press('F4', { shift: true })],
  ['[ alone', press('[')],
  ['Ctrl alone', press('Control', ctrl)],
  ['Alt alone', press('Alt', { alt: true })],
];

describe('isBlockedKeyInput: blocked shortcuts', () => {
  for (const [name, input] of blocked) {
    test(name, () => {
      assert.equal(isBlockedKeyInput(input, { allowDevTools: false }), true);
      assert.equal(isBlockedKeyInput(input, { allowDevTools: true }), true, 'devtools policy must not matter');
    });
  }
});

describe('isBlockedKeyInput: devtools shortcuts', () => {
  for (const [name, input] of devtools) {
    test(`${name} is blocked unless devtools are allowed`, () => {
      assert.equal(isBlockedKeyInput(input, { allowDevTools: false }), true);
      assert.equal(isBlockedKeyInput(input, { allowDevTools: true }), false);
    });
  }
});

describe('isBlockedKeyInput: allowed keys', () => {
  for (const [name, input] of allowed) {
    test(name, () => {
      assert.equal(isBlockedKeyInput(input, { allowDevTools: false }), false);
      assert.equal(isBlockedKeyInput(input, { allowDevTools: true }), false);
    });
  }
});

test('keyUp events are decided exactly like keyDown', () => {
  for (const [name, input] of [...blocked, ...devtools, ...allowed]) {
    for (const allowDevTools of [false, true]) {
      const up = { ...input, type: 'keyUp' };
      assert.equal(isBlockedKeyInput(up, { allowDevTools }), isBlockedKeyInput(input, { allowDevTools }), `${name} (devtools ${allowDevTools})`);
    }
  }
});

test('pinch zoom is disabled by a 1..1 visual zoom range', () => {
  assert.deepStrictEqual(VISUAL_ZOOM_LIMITS, { minimum: 1, maximum: 1 });
});

import { isAppUrl, parseUrl } from './app-origin';

/**
 * Pure predicates behind the window's lockdown. main/index.ts wires each one to its Electron
 * event; keeping the decisions here lets unit tests cover every rule without Electron.
 */

/** `will-navigate` / `will-redirect`: the kiosk may only move within its own origin. */
export function isNavigationAllowed(targetUrl: string): boolean {
  return isAppUrl(targetUrl);
}

/** `setWindowOpenHandler`: a kiosk never opens a second window, whatever the URL. */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

/** Permission requests (camera, geolocation, notifications, ...): always refused. */
export function isPermissionGranted(): boolean {
  return false;
}

export interface RequestPolicy {
  /** Development builds may load `devtools://` pages for the inspector. */
  allowDevTools: boolean;
}

/**
 * `session.webRequest.onBeforeRequest`: every request that is not for the app's own files is
 * cancelled, so the kiosk stays offline even if some content tried to reach the network.
 */
export function isRequestAllowed(requestUrl: string, policy: RequestPolicy): boolean {
  if (isAppUrl(requestUrl)) return true;
  const url = parseUrl(requestUrl);
  if (url === null) return false;
  if (policy.allowDevTools && url.protocol === 'devtools:') return true;
  return false;
}

/**
 * `webContents.setVisualZoomLevelLimits(minimum, maximum)`: 1..1 turns off pinch zoom, which on a
 * touchscreen would otherwise let a patient zoom the page into an unusable state with no way back.
 */
export const VISUAL_ZOOM_LIMITS = { minimum: 1, maximum: 1 } as const;

/** The fields of Electron's `before-input-event` Input that the keyboard rules read. */
export interface KeyInput {
  type: 'keyDown' | 'keyUp' | string;
  key: string;
  code?: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

/** Ctrl/Cmd + letter (Shift ignored) that reload, print, find, save, open, open or close windows, quit. */
const COMMAND_LETTERS = new Set(['r', 'p', 'f', 's', 'o', 'n', 't', 'w', 'q']);
/** Ctrl/Cmd + these change the page zoom (`_` and `+` are the shifted `-` and `=`). */
const ZOOM_KEYS = new Set(['+', '=', '-', '_', '0']);
const ZOOM_CODES = new Set(['numpadadd', 'numpadsubtract', 'numpad0']);
/** Keys that act on their own, whatever the modifiers: reload, fullscreen, history, devtools (F12 below). */
const ALWAYS_BLOCKED_KEYS = new Set(['f5', 'f11', 'browserrefresh', 'browserback', 'browserforward']);
/** Devtools: Ctrl/Cmd+Shift+I/J/C and, on macOS, Cmd+Option+I/J/C. */
const DEVTOOLS_LETTERS = new Set(['i', 'j', 'c']);

/**
 * `before-input-event`: true for browser shortcuts that would reload the page, zoom it, move in
 * its history, open devtools, print, find, save, open or close windows, quit or leave fullscreen.
 * A blocked keyDown's keyUp is blocked too (the event type is ignored), so no half-press leaks.
 *
 * Ctrl/Cmd shortcuts with Alt held are left alone: on Windows AltGr arrives as Ctrl+Alt and
 * types ordinary characters, and the staff shortcut is Ctrl+Alt+S. Backspace is never blocked
 * (text fields need it; Chromium no longer navigates back with it). Letters are matched
 * case-insensitively, and by physical key (`KeyR`) when the layout gives a non-Latin character.
 */
export function isBlockedKeyInput(input: KeyInput, policy: { allowDevTools: boolean }): boolean {
  const key = input.key.toLowerCase();
  const letter = latinLetter(input);
  const command = input.control || input.meta;

  if (ALWAYS_BLOCKED_KEYS.has(key)) return true;
  if (key === 'f12') return !policy.allowDevTools;
  // Close window: Ctrl+F4 (tab/window), Alt+F4 (the OS usually takes it first on Windows).
  if (key === 'f4' && (input.control || input.alt)) return true;
  // History: Alt+Left/Right everywhere, Cmd+[ / Cmd+] on macOS.
  if (input.alt && (key === 'arrowleft' || key === 'arrowright')) return true;
  if (input.meta && !input.alt && (key === '[' || key === ']')) return true;

  if (!policy.allowDevTools && letter !== null && DEVTOOLS_LETTERS.has(letter)) {
    if (command && input.shift && !input.alt) return true;
    if (input.meta && input.alt) return true;
  }

  if (!command || input.alt) return false;
  if (letter !== null && COMMAND_LETTERS.has(letter)) return true;
  return ZOOM_KEYS.has(key) || ZOOM_CODES.has((input.code ?? '').toLowerCase());
}

/** The lower-case Latin letter of a key press, from `key`, else from the physical `code` (KeyA..KeyZ). */
function latinLetter(input: KeyInput): string | null {
  if (/^[a-z]$/i.test(input.key)) return input.key.toLowerCase();
  if (input.key.length === 1 && /^[^\p{ASCII}]$/u.test(input.key)) {
    const match = /^Key([A-Z])$/.exec(input.code ?? '');
    if (match?.[1] !== undefined) return match[1].toLowerCase();
  }
  return null;
}

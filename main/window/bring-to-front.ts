import type { BrowserWindow } from 'electron';

export type FocusableWindow = Pick<BrowserWindow, 'isDestroyed' | 'isMinimized' | 'restore' | 'show' | 'focus'>;

/**
 * A second launch of the kiosk (someone taps the desktop icon again) must not open a second
 * window: the running one is restored and brought to the front instead.
 */
export function bringToFront(window: FocusableWindow | null): void {
  // A destroyed window's methods throw ("Object has been destroyed"): a second launch can arrive
  // while the kiosk is quitting.
  if (window === null || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

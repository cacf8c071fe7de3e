/**
 * What the page itself enforces, in addition to main-process rules and the CSS in global.css
 * (no text selection, touch-action): no context menu (a long press raises one on touch), no
 * dragging of images or text, no page zoom by Ctrl+wheel, pinch or keys, no reload keys. Inside
 * Electron the main process blocks the keys too; here they also hold under `npm run serve`.
 */
export function isPageZoomOrReloadKey(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  if (event.key === 'F5' || event.code === 'BrowserRefresh') return true;
  const command = (event.ctrlKey || event.metaKey) && !event.altKey;
  if (!command) return false;
  return ['+', '=', '-', '_', '0', 'r', 'R'].includes(event.key) || ['NumpadAdd', 'NumpadSubtract', 'Numpad0'].includes(event.code);
}

export function installPageLockdown(target: Window = window): void {
  const block = (event: Event) => event.preventDefault();
  target.addEventListener('contextmenu', block, { capture: true });
  target.addEventListener('dragstart', block, { capture: true });
  target.addEventListener('selectstart', block, { capture: true });
  // Ctrl+wheel is how a trackpad pinch reaches the page; non-passive so it can be cancelled.
  target.addEventListener('wheel', (event) => event.ctrlKey && event.preventDefault(), { capture: true, passive: false });
  // Safari-style gesture events (some touch drivers send them).
  target.addEventListener('gesturestart', block, { capture: true });
  target.addEventListener('keydown', (event) => isPageZoomOrReloadKey(event) && event.preventDefault(), { capture: true });
}

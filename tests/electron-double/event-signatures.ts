import type { AppEvents } from './app';
import type { BrowserWindowEvents } from './browser-window';
import type { PowerMonitorEvents } from './menu-and-power';
import type { WebContentsEvents } from './web-contents';

/**
 * Compile-time check only; never called. Each event the double models is registered here on
 * Electron 45's own App, BrowserWindow and WebContents types with a listener that takes the
 * double's arguments, so the type check (against the real electron.d.ts) fails if the double's
 * arguments are not at least as general as what Electron passes: code that type-checks against the
 * double then works with Electron's real arguments too.
 *
 * Left out on purpose: app 'web-contents-created', whose contents are typed as the double's own
 * WebContents so that main/'s use of them is checked against what the double implements (each of
 * those members is checked against Electron's by `implements Pick<Electron.WebContents, ...>`).
 */
type Listener<Args extends unknown[]> = (...args: Args) => void;
declare function listener<Args extends unknown[]>(): Listener<Args>;

export function doubleEventsMatchElectron(app: Electron.App, window: Electron.BrowserWindow, contents: Electron.WebContents, powerMonitor: Electron.PowerMonitor): void {
  app.on('ready', listener<AppEvents['ready']>());
  app.on('second-instance', listener<AppEvents['second-instance']>());
  app.on('before-quit', listener<AppEvents['before-quit']>());
  app.on('will-quit', listener<AppEvents['will-quit']>());
  app.on('quit', listener<AppEvents['quit']>());
  app.on('window-all-closed', listener<AppEvents['window-all-closed']>());

  window.on('ready-to-show', listener<BrowserWindowEvents['ready-to-show']>());
  window.on('show', listener<BrowserWindowEvents['show']>());
  window.on('minimize', listener<BrowserWindowEvents['minimize']>());
  window.on('restore', listener<BrowserWindowEvents['restore']>());
  window.on('close', listener<BrowserWindowEvents['close']>());
  window.on('closed', listener<BrowserWindowEvents['closed']>());
  window.on('unresponsive', listener<BrowserWindowEvents['unresponsive']>());
  window.on('responsive', listener<BrowserWindowEvents['responsive']>());
  window.on('query-session-end', listener<BrowserWindowEvents['query-session-end']>());
  window.on('session-end', listener<BrowserWindowEvents['session-end']>());

  contents.on('will-navigate', listener<WebContentsEvents['will-navigate']>());
  contents.on('before-input-event', listener<WebContentsEvents['before-input-event']>());
  contents.on('render-process-gone', listener<WebContentsEvents['render-process-gone']>());
  contents.on('unresponsive', listener<WebContentsEvents['unresponsive']>());
  contents.on('responsive', listener<WebContentsEvents['responsive']>());
  contents.on('will-redirect', listener<WebContentsEvents['will-redirect']>());
  contents.on('will-attach-webview', listener<WebContentsEvents['will-attach-webview']>());
  contents.on('zoom-changed', listener<WebContentsEvents['zoom-changed']>());

  powerMonitor.on('shutdown', listener<PowerMonitorEvents['shutdown']>());
}

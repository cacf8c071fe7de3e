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

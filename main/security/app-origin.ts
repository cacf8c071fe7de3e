/** The custom scheme and host the kiosk UI is served from, inside Electron. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Parses a URL, returning null instead of throwing for anything malformed. */
export function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/** True when `raw` is a URL on the kiosk's own origin (`app://kiosk/...`). */
export function isAppUrl(raw: string): boolean {
  const url = parseUrl(raw);
  return url !== null && url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
}

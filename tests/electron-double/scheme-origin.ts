/**
 * Chromium cannot load a custom scheme such as `app://kiosk/`: without Electron's protocol
 * registration it hands unknown schemes to the operating system and no request is made. So the
 * double maps each privileged custom scheme onto an https origin that only exists inside the
 * double (`app://kiosk/x` ⇄ `https://kiosk.app.electron-double.invalid/x`) and answers every
 * request to it from Playwright's request interception, with the handler our code registered
 * through `protocol.handle`. The page therefore sees `https:` as its `location.protocol`; every
 * URL our main process sees (protocol handler, `onBeforeRequest`, navigation events, the IPC
 * sender frame) is mapped back to `app://`. `.invalid` can never resolve (RFC 2606), so a request
 * that escaped the interception could not reach anything real.
 */
const MAPPED_SUFFIX = '.electron-double.invalid';

/** `app://kiosk/x?y#z` → `https://kiosk.app.electron-double.invalid/x?y#z`; other URLs unchanged. */
export function toChromiumUrl(electronUrl: string, customSchemes: readonly string[]): string {
  const url = parse(electronUrl);
  if (url === null || !customSchemes.includes(url.protocol.slice(0, -1))) return electronUrl;
  const scheme = url.protocol.slice(0, -1);
  const mapped = new URL(`https://${url.host}.${scheme}${MAPPED_SUFFIX}`);
  mapped.pathname = url.pathname;
  mapped.search = url.search;
  mapped.hash = url.hash;
  return mapped.href;
}

/** The inverse of toChromiumUrl: what Electron would report for a URL the page used. */
export function toElectronUrl(chromiumUrl: string, customSchemes: readonly string[]): string {
  const url = parse(chromiumUrl);
  if (url === null || url.protocol !== 'https:' || !url.hostname.endsWith(MAPPED_SUFFIX)) return chromiumUrl;
  const labels = url.hostname.slice(0, -MAPPED_SUFFIX.length).split('.');
  const scheme = labels.pop();
  if (scheme === undefined || labels.length === 0 || !customSchemes.includes(scheme)) return chromiumUrl;
  return `${scheme}://${labels.join('.')}${url.port ? `:${url.port}` : ''}${url.pathname}${url.search}${url.hash}`;
}

/** An https origin under the double's own suffix that no registered scheme maps to. */
export function foreignChromiumOrigin(label: string): string {
  return `https://${label}.foreign${MAPPED_SUFFIX}`;
}

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

import type { Page, Request, Route } from '@playwright/test';
import { electronEvent } from './electron-event';
import { NotModelledError, withUnobservableFields } from './not-modelled';
import type { ProtocolDouble } from './protocol';
import { toElectronUrl } from './scheme-origin';
import type { WebRequestDouble } from './session';
import type { WebContentsDouble } from './web-contents';

/** One request as the double handled it, for tests to look at. */
export interface RoutedRequest {
  url: string;
  outcome: 'served' | 'cancelled by onBeforeRequest' | 'navigation prevented' | 'from a refused window' | 'foreign document' | 'no network' | 'page gone before the answer';
  status?: number;
  headers?: Record<string, string>;
}

export interface RoutingHost {
  readonly protocol: ProtocolDouble;
  readonly webRequest: WebRequestDouble;
  contentsForPage(page: Page): WebContentsDouble | undefined;
  /** A request from a page no window owns (a popup the page opened). */
  requestFromUnknownPage(isNavigation: boolean, chromiumUrl: string): void;
  record(request: RoutedRequest): void;
  report(problem: unknown): void;
}

/**
 * Every request any page makes passes here (Playwright's request interception). For a main-frame
 * navigation the page started, 'will-navigate' comes first: it is emitted "when a user or the page
 * wants to start navigation on the main frame. It can happen when the window.location object is
 * changed or a user clicks a link in the page", and "This event will not emit when the navigation is
 * started programmatically with APIs like webContents.loadURL and webContents.back". Then the
 * session's onBeforeRequest, then the scheme's protocol handler. That order, and emitting
 * 'will-navigate' for a reload the page itself starts, are the double's choices: Electron's
 * documentation does not state them (our handlers give the same answer in any order).
 *
 * Playwright does not intercept data:, blob: or about: URLs, so they never reach onBeforeRequest
 * here; the kiosk's CSP and navigation rules cover them, and only a real run shows what Electron does.
 */
export async function routeRequest(host: RoutingHost, route: Route, request: Request): Promise<void> {
  try {
    const page = pageOf(request);
    const contents = page === null ? undefined : host.contentsForPage(page);
    const chromiumUrl = request.url();
    if (contents === undefined) {
      // A popup the page opened: nothing of it loads while the window open handler decides.
      host.requestFromUnknownPage(request.isNavigationRequest(), chromiumUrl);
      host.record({ url: chromiumUrl, outcome: 'from a refused window' });
      return await route.abort('blockedbyclient');
    }
    const schemes = host.protocol.customSchemes;
    const electronUrl = toElectronUrl(chromiumUrl, schemes);
    const foreign = contents.takeForeignDocument(chromiumUrl);
    if (foreign !== undefined) {
      host.record({ url: chromiumUrl, outcome: 'foreign document' });
      return await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: foreign });
    }

    const isMainFrameNavigation = request.isNavigationRequest() && request.frame().parentFrame() === null;
    if (isMainFrameNavigation && !contents.takeProgrammaticLoad(chromiumUrl)) {
      const event = withUnobservableFields(electronEvent({ url: electronUrl, isSameDocument: false, isMainFrame: true }), ['frame', 'initiator'], 'will-navigate event');
      // Listener arguments after the event are deprecated in Electron 45 but still passed.
      contents.emit('will-navigate', event, electronUrl, false, true);
      if (event.defaultPrevented) {
        host.record({ url: electronUrl, outcome: 'navigation prevented' });
        return await route.abort('aborted');
      }
    }

    const allowed = await host.webRequest.allows({
      url: electronUrl,
      method: request.method(),
      resourceType: electronResourceType(request),
      referrer: toElectronUrl(request.headers()['referer'] ?? '', schemes),
      webContentsId: contents.id,
    });
    if (!allowed) {
      host.record({ url: electronUrl, outcome: 'cancelled by onBeforeRequest' });
      return await route.abort('blockedbyclient');
    }

    const scheme = new URL(electronUrl).protocol.slice(0, -1);
    const handler = host.protocol.handlerFor(scheme);
    if (handler === undefined) {
      host.record({ url: electronUrl, outcome: 'no network' });
      host.report(new NotModelledError(`a request to ${electronUrl} that onBeforeRequest let through (the double has no network)`));
      return await route.abort('internetdisconnected');
    }
    if (!['GET', 'HEAD'].includes(request.method())) host.report(new NotModelledError(`a ${request.method()} request to a protocol handler`));
    const response = await handler(new Request(electronUrl, { method: request.method(), headers: request.headers() }));
    if (!(response instanceof Response)) throw new NotModelledError('a protocol handler answer that is not a Response');
    if (response.status >= 300 && response.status < 400) throw new NotModelledError('a redirect from a protocol handler');
    const headers = Object.fromEntries(response.headers);
    host.record({ url: electronUrl, outcome: 'served', status: response.status, headers });
    await route.fulfill({ status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) });
  } catch (error) {
    // A page that crashed (or was closed) while its request was being answered takes the request
    // with it: Playwright then refuses the answer. That is the crash the test caused, not a fault.
    if (isGonePageError(error)) {
      host.record({ url: request.url(), outcome: 'page gone before the answer' });
      return;
    }
    host.report(error);
    await route.abort('failed').catch(() => {});
  }
}

/** Playwright's words for a request whose page went away before it was answered. */
function isGonePageError(error: unknown): boolean {
  return error instanceof Error && /was not bound in the connection|Target page, context or browser has been closed|Target crashed|Target closed/.test(error.message);
}

function pageOf(request: Request): Page | null {
  try {
    return request.frame().page();
  } catch {
    return null; // a service worker's request has no frame (the kiosk registers none); a popup may have no page yet
  }
}

/**
 * Electron's resourceType for the Playwright types whose counterpart is clear; null (reading it
 * throws) for the rest, such as fetch, whose Electron name the double does not know.
 */
function electronResourceType(request: Request): Electron.OnBeforeRequestListenerDetails['resourceType'] | null {
  const type = request.resourceType();
  if (type === 'document') return request.frame().parentFrame() === null ? 'mainFrame' : 'subFrame';
  if (type === 'stylesheet' || type === 'script' || type === 'image' || type === 'font' || type === 'media' || type === 'xhr') return type;
  if (type === 'websocket') return 'webSocket';
  return null;
}

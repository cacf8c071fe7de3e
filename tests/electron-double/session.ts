import { notModelled, withUnobservableFields } from './not-modelled';

type BeforeRequestListener = (details: Electron.OnBeforeRequestListenerDetails, callback: (response: Electron.CallbackResponse) => void) => void;
type PermissionRequestHandler = Parameters<Electron.Session['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<Electron.Session['setPermissionCheckHandler']>[0];

/** What the double knows of a request when it asks the onBeforeRequest listener. */
export interface ObservedRequest {
  url: string;
  method: string;
  resourceType: Electron.OnBeforeRequestListenerDetails['resourceType'] | null;
  referrer: string;
  webContentsId: number;
}

/**
 * `session.webRequest` (https://www.electronjs.org/docs/latest/api/web-request): onBeforeRequest
 * only. "The listener will be called with listener(details, callback) when a request is about to
 * occur", and "The callback has to be called with an response object"; `{ cancel: true }`
 * cancels the request. Our code registers one listener once; a second registration is not modelled.
 */
export class WebRequestDouble implements Pick<Electron.WebRequest, 'onBeforeRequest'> {
  private listener: BeforeRequestListener | null = null;
  private nextId = 1;

  onBeforeRequest(...args: [BeforeRequestListener | null] | [Electron.WebRequestFilter, BeforeRequestListener | null]): void {
    if (args.length !== 1) notModelled('webRequest.onBeforeRequest with a URL filter');
    if (this.listener !== null) notModelled('a second webRequest.onBeforeRequest listener');
    this.listener = args[0];
  }

  /** True when the request may go on. No listener lets everything through, as in Electron. */
  async allows(request: ObservedRequest): Promise<boolean> {
    const listener = this.listener;
    if (listener === null) return true;
    const details = withUnobservableFields(
      {
        id: this.nextId++,
        url: request.url,
        method: request.method,
        webContentsId: request.webContentsId,
        referrer: request.referrer,
        timestamp: Date.now(),
        ...(request.resourceType === null ? {} : { resourceType: request.resourceType }),
      },
      // Electron's own objects for the frame and webContents, and the upload body, are not built.
      ['webContents', 'frame', 'uploadData', ...(request.resourceType === null ? ['resourceType'] : [])],
      'onBeforeRequest details',
    ) as Electron.OnBeforeRequestListenerDetails;
    const response = await new Promise<Electron.CallbackResponse>((resolve) => listener(details, resolve));
    if (response.redirectURL !== undefined) notModelled('onBeforeRequest redirectURL');
    return response.cancel !== true;
  }
}

/**
 * `session.defaultSession` (https://www.electronjs.org/docs/latest/api/session): the permission
 * handlers are kept and asked the way Electron documents; Chromium's permission prompts are not
 * connected to them (Playwright cannot intercept them), so a test asks through `requestPermission`.
 */
export class SessionDouble implements Pick<Electron.Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> {
  readonly webRequest = new WebRequestDouble();
  private requestHandler: PermissionRequestHandler | null = null;
  private checkHandler: PermissionCheckHandler | null = null;

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.requestHandler = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.checkHandler = handler;
  }

  /** What the request handler answers for a permission a page asks for; null when none is set. */
  requestPermission(contents: Electron.WebContents, permission: Parameters<PermissionRequestHandler & object>[1], requestingUrl: string): Promise<boolean | null> {
    const handler = this.requestHandler;
    if (handler === null) return Promise.resolve(null);
    return new Promise((resolve) => handler(contents, permission, resolve, { requestingUrl, isMainFrame: true } as Electron.PermissionRequest));
  }

  /** What the check handler answers; null when none is set. */
  checkPermission(contents: Electron.WebContents | null, permission: Parameters<PermissionCheckHandler & object>[1], requestingOrigin: string): boolean | null {
    if (this.checkHandler === null) return null;
    return this.checkHandler(contents, permission, requestingOrigin, { isMainFrame: true } as Electron.PermissionCheckHandlerHandlerDetails);
  }
}

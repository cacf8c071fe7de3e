import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { AppDouble } from './app';
import { BrowserWindowDouble, type WindowHost } from './browser-window';
import { IpcMainDouble } from './ipc-main';
import { createMenuModule, PowerMonitorDouble, PowerSaveBlockerDouble } from './menu-and-power';
import { NotModelledError, notModelled } from './not-modelled';
import { IPC_BINDING } from './preload-environment';
import { electronEvent } from './electron-event';
import { preloadInitScript } from './preload-script';
import { ProtocolDouble } from './protocol';
import { routeRequest, type RoutedRequest, type RoutingHost } from './request-routing';
import { toElectronUrl } from './scheme-origin';
import { SessionDouble } from './session';
import type { DoublePrinter, SystemPrinters, WebContentsDouble } from './web-contents';

export interface ElectronDoubleOptions {
  userDataDir: string;
  /** `app.getVersion()`: the version in the app's package.json. */
  appVersion: string;
  isPackaged: boolean;
  /** The kiosk's screen; a fullscreen window's page gets this viewport. */
  screen: { width: number; height: number };
  chromium: { executablePath: string; args: readonly string[] };
  /** This launch's command line (for the primary instance's 'second-instance'). */
  argv: readonly string[];
  /** The machine's printers (none by default), and the folder their jobs are written to as PDFs. */
  printers?: DoublePrinter[];
  printedDir?: string | null;
}

/** The names our main process and preload may import from 'electron'; any other throws. */
export interface MainProcessElectron {
  app: AppDouble;
  BrowserWindow: new (options?: Electron.BrowserWindowConstructorOptions) => BrowserWindowDouble;
  ipcMain: IpcMainDouble;
  Menu: ReturnType<typeof createMenuModule>;
  powerMonitor: PowerMonitorDouble;
  powerSaveBlocker: PowerSaveBlockerDouble;
  protocol: ProtocolDouble;
  session: { readonly defaultSession: SessionDouble };
}

/**
 * One launch of the app under the double: the state a real Electron process would hold (app,
 * protocol handlers, session, IPC handlers, windows) over one Chromium browser and one browser
 * context, which stands for the default session.
 */
export class ElectronDouble implements WindowHost, RoutingHost {
  readonly app: AppDouble;
  readonly protocol: ProtocolDouble;
  readonly session = new SessionDouble();
  readonly ipcMain = new IpcMainDouble();
  readonly menu = createMenuModule();
  readonly powerMonitor = new PowerMonitorDouble();
  readonly powerSaveBlocker = new PowerSaveBlockerDouble();
  readonly windows: BrowserWindowDouble[] = [];
  /** Errors the double met away from any caller (in request routing, in event handlers): a test fails on them. */
  readonly problems: string[] = [];
  readonly requests: RoutedRequest[] = [];
  /** Console errors and uncaught exceptions of the window's pages. */
  readonly pageErrors: string[] = [];
  /** URLs of windows the page asked for and the window open handler refused. */
  readonly refusedWindows: string[] = [];
  /** The machine's printers and what they printed. */
  readonly systemPrinters: SystemPrinters;
  /** The `require('electron')` result for the main process. */
  readonly mainModule: MainProcessElectron;
  /** Resolves when the browser of this launch has closed (after exit). */
  browserClosed: Promise<void> = Promise.resolve();
  private browser: Browser | null = null;
  private context: BrowserContext | null = null;
  private ownPagesExpected = 0;
  private readonly contents: WebContentsDouble[] = [];
  /**
   * URLs of navigations made by pages no window owns, oldest first. Playwright cannot tell which
   * popup a navigation request belongs to before its page exists, so popups take them in order.
   */
  private readonly popupNavigations: string[] = [];
  private popupNavigationWaiters: (() => void)[] = [];

  constructor(readonly options: ElectronDoubleOptions) {
    this.app = new AppDouble(
      { userDataDir: options.userDataDir, version: options.appVersion, isPackaged: options.isPackaged, argv: options.argv },
      {
        launchBrowser: (switches) => this.launchBrowser(switches),
        closeAllWindows: () => this.windows.every((window) => window.closeByOs()),
        shutDown: () => this.shutDown(),
      },
    );
    this.protocol = new ProtocolDouble(() => this.app.isReady());
    this.systemPrinters = { list: options.printers ?? [], printedDir: options.printedDir ?? null, printed: [] };
    const module = mainProcessModule(this);
    this.mainModule = new Proxy(module, {
      get(target, name) {
        if (typeof name === 'symbol' || name === '__esModule' || name === 'default') return undefined;
        if (!(name in target)) notModelled(`require('electron').${name}`);
        return target[name as keyof MainProcessElectron];
      },
    });
  }

  // ---- WindowHost / ContentsHost / RoutingHost ----

  get customSchemes(): readonly string[] {
    return this.protocol.customSchemes;
  }

  get webRequest() {
    return this.session.webRequest;
  }

  isReady(): boolean {
    return this.app.isReady();
  }

  isAlive(): boolean {
    return !this.app.hasExited;
  }

  report(problem: unknown): void {
    if (!this.isAlive() && !(problem instanceof NotModelledError)) return; // the process is gone
    this.problems.push(problem instanceof Error ? `${problem.name}: ${problem.message}` : String(problem));
  }

  pageError(message: string): void {
    if (this.isAlive()) this.pageErrors.push(message);
  }

  record(request: RoutedRequest): void {
    this.requests.push(request);
  }

  contentsCreated(contents: WebContentsDouble): void {
    this.contents.push(contents);
    // "Emitted when a new webContents is created." (app, Event: 'web-contents-created')
    this.app.emit('web-contents-created', electronEvent(), contents);
  }

  /**
   * A page for a window. With a preload, the page gets the IPC binding and then the preload as
   * init scripts (in that order, so the preload finds the binding and takes it off window); a
   * window without a preload gets neither, and so has no way to the main process, as in Electron.
   */
  async newOwnPage(preloadPath: string | undefined): Promise<Page> {
    this.ownPagesExpected += 1;
    let page: Page;
    try {
      page = await this.requireContext().newPage();
    } finally {
      this.ownPagesExpected = Math.max(0, this.ownPagesExpected - 1);
    }
    if (preloadPath !== undefined) {
      await page.exposeBinding(IPC_BINDING, (source, channel: string, args: unknown[]) => {
        const contents = this.contentsForPage(source.page);
        if (contents === undefined) throw new Error('Electron test double: IPC from a page that is not a window');
        return this.ipcMain.invokeFromRenderer({ webContents: contents as unknown as Electron.WebContents, frameUrl: toElectronUrl(source.frame.url(), this.customSchemes) }, channel, args);
      });
      await page.addInitScript({ content: await preloadInitScript(preloadPath) });
    }
    return page;
  }

  printers(): SystemPrinters {
    return this.systemPrinters;
  }

  contentsForPage(page: Page): WebContentsDouble | undefined {
    return this.contents.find((contents) => contents.ownsPage(page));
  }

  requestFromUnknownPage(isNavigation: boolean, chromiumUrl: string): void {
    if (!isNavigation) return;
    this.popupNavigations.push(chromiumUrl);
    const waiters = this.popupNavigationWaiters;
    this.popupNavigationWaiters = [];
    for (const wake of waiters) wake();
  }

  windowClosed(window: BrowserWindowDouble): void {
    const index = this.windows.indexOf(window);
    if (index !== -1) this.windows.splice(index, 1);
    if (this.windows.length === 0) this.app.allWindowsClosed();
  }

  // ---- Lifecycle ----

  private async launchBrowser(switches: readonly string[]): Promise<void> {
    const browser = await chromium.launch({ executablePath: this.options.chromium.executablePath, args: [...this.options.chromium.args, ...switches] });
    if (!this.isAlive()) {
      await browser.close();
      return;
    }
    this.browser = browser;
    const context = await browser.newContext({ viewport: this.options.screen, hasTouch: true });
    this.context = context;
    await context.route('**/*', (route, request) => routeRequest(this, route, request));
    context.on('page', (page) => {
      if (this.ownPagesExpected > 0) return;
      void this.handlePopup(page).catch((error) => this.report(error));
    });
  }

  /**
   * A page Chromium opened for window.open, a target=_blank link or similar. Electron asks the
   * window open handler before any window exists; Chromium has already made the page, so the
   * double keeps it from loading anything (request-routing.ts), asks the handler with the URL the
   * page was opened for, and closes it. The opener's window.open therefore returns a window object
   * that is soon closed, where Electron returns null.
   */
  private async handlePopup(page: Page): Promise<void> {
    const opener = await page.opener();
    const contents = (opener === null ? undefined : this.contentsForPage(opener)) ?? (this.contents.length === 1 ? this.contents[0] : undefined);
    const requested = /^(about:blank|chrome-error:)/.test(page.url()) ? await this.nextPopupNavigation() : page.url();
    try {
      if (contents === undefined) notModelled('a new page with no window to ask');
      contents.decideWindowOpen(requested, toElectronUrl(requested, this.customSchemes));
      this.refusedWindows.push(toElectronUrl(requested, this.customSchemes));
    } finally {
      await page.close().catch(() => {});
    }
  }

  /** The oldest navigation of a popup not yet decided, or about:blank when none comes within a second. */
  private async nextPopupNavigation(): Promise<string> {
    const deadline = Date.now() + 1_000;
    while (this.popupNavigations.length === 0 && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, deadline - Date.now());
        this.popupNavigationWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.popupNavigations.shift() ?? 'about:blank';
  }

  private shutDown(): void {
    for (const window of this.windows) window.destroyWithoutEvents();
    this.windows.length = 0;
    const browser = this.browser;
    const context = this.context;
    this.browser = null;
    this.context = null;
    if (browser === null) return;
    // The process is gone: requests still being answered are dropped without errors, as they
    // would be, and only then does Chromium close.
    this.browserClosed = (async () => {
      await context?.unrouteAll({ behavior: 'ignoreErrors' }).catch(() => {});
      await browser.close().catch(() => {});
    })();
  }

  private requireContext(): BrowserContext {
    if (this.context === null) return notModelled('a page before the app is ready');
    return this.context;
  }
}

/** The module object our main process gets for `require('electron')`, over one launch's state. */
function mainProcessModule(double: ElectronDouble): MainProcessElectron {
  const BrowserWindow = class extends BrowserWindowDouble {
    constructor(windowOptions?: Electron.BrowserWindowConstructorOptions) {
      super(double, windowOptions);
      // One kiosk window, and hidden helper windows (printing) beside it.
      if (windowOptions?.show !== false && double.windows.some((window) => window.options.show !== false)) notModelled('a second visible BrowserWindow');
      double.windows.push(this);
    }
  };
  return {
    app: double.app,
    BrowserWindow,
    ipcMain: double.ipcMain,
    Menu: double.menu,
    powerMonitor: double.powerMonitor,
    powerSaveBlocker: double.powerSaveBlocker,
    protocol: double.protocol,
    session: {
      get defaultSession() {
        // The default session is "available after app.whenReady is called" (session docs); before
        // that, what Electron does is not the double's to guess.
        if (!double.app.isReady() && !double.app.hasExited) notModelled('session.defaultSession before app is ready');
        return double.session;
      },
    },
  };
}

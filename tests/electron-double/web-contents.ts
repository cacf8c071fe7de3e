import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { DoubleEvents } from './double-events';
import { electronEvent, type ElectronEvent, type ElectronEventOf } from './electron-event';
import { strokesFor } from './keyboard';
import { notModelled, withUnobservableFields } from './not-modelled';
import { toChromiumUrl } from './scheme-origin';

/** What a webContents needs from the rest of the double. */
export interface ContentsHost {
  readonly customSchemes: readonly string[];
  /** A new page in the app's browser context, known to the double as belonging to a window. */
  newOwnPage(): Promise<Page>;
  /** The printers of the machine this launch stands for. */
  printers(): SystemPrinters;
  isAlive(): boolean;
  report(problem: unknown): void;
  /** Console errors and uncaught exceptions of the kiosk's pages, which a test fails on unless expected. */
  pageError(message: string): void;
}

/** How the window that owns these contents hears about its page's health. */
export interface ContentsOwner {
  emitFromContents(event: 'unresponsive' | 'responsive' | 'first-paint'): void;
  readonly backgroundColor: string;
}

/**
 * 'unresponsive' is documented only as "Emitted when the web page becomes unresponsive". What sets
 * it off is Chromium's: its hang monitor waits for the page to acknowledge input it was sent, so a
 * page nobody touches is not reported however long it is stuck. The double models that, and says
 * so: input it delivers (pressKeys) that the page has not taken within UNRESPONSIVE_AFTER_MS makes
 * the window 'unresponsive', and 'responsive' follows when the page takes it. Chromium's own delay
 * is longer and not documented by Electron; the double's is short so a test does not wait long.
 */
export const UNRESPONSIVE_AFTER_MS = 2_000;

let nextContentsId = 1;

/** The failure reasons webContents.print documents ("Some possible failureReasons"). */
export type PrintFailureReason = 'Invalid printer settings' | 'Print job canceled' | 'Print job failed';

/** A printer of the double's machine; one that `fails` answers every job with that reason. */
export interface DoublePrinter {
  name: string;
  displayName: string;
  fails?: PrintFailureReason;
}

/** The machine's printers, and what they printed (each job a PDF of the page, as Chromium prints it). */
export interface SystemPrinters {
  list: DoublePrinter[];
  printedDir: string | null;
  printed: { printer: string; pageSize: string; file: string }[];
}

const MODELLED_PRINT_OPTIONS = new Set(['silent', 'deviceName', 'pageSize', 'printBackground']);

/**
 * The webContents events our main process listens for (webContents docs, Instance Events). The
 * double emits the first five; the last three it accepts but never emits, because Chromium does not
 * let it see them: server redirects (our protocol handler never redirects), <webview> (the tag is
 * off), and Ctrl+wheel zoom requests.
 */
export type WebContentsEvents = {
  'will-navigate': [event: ElectronEventOf<{ url: string; isSameDocument: boolean; isMainFrame: boolean }>, url: string, isInPlace: boolean, isMainFrame: boolean];
  'before-input-event': [event: ElectronEvent, input: Electron.Input];
  'render-process-gone': [event: ElectronEvent, details: Electron.RenderProcessGoneDetails];
  unresponsive: [];
  responsive: [];
  'will-redirect': [event: ElectronEventOf<{ url: string }>, url: string];
  'will-attach-webview': [event: ElectronEvent, webPreferences: Electron.WebPreferences, params: Record<string, string>];
  'zoom-changed': [event: ElectronEvent, zoomDirection: 'in' | 'out'];
};

/**
 * `webContents` (https://www.electronjs.org/docs/latest/api/web-contents): one Playwright page at a
 * time. A renderer crash is a real crash of that page (CDP Page.crash); Playwright cannot drive a
 * crashed page again, so the next load opens a new page for the same contents, as Electron starts
 * a new renderer process for it.
 */
export class WebContentsDouble
  extends DoubleEvents<WebContentsEvents>
  implements
    Pick<Electron.WebContents, 'id' | 'loadURL' | 'setWindowOpenHandler' | 'setZoomLevel' | 'setVisualZoomLevelLimits' | 'forcefullyCrashRenderer' | 'getPrintersAsync' | 'executeJavaScript' | 'print'>
{
  readonly id = nextContentsId++;
  /** The visual zoom limits the main process set (pinch zoom itself is off by the disable-pinch switch). */
  visualZoomLimits: { minimum: number; maximum: number } | null = null;
  private page: Page | null = null;
  /** The page's CDP session, opened with the page: a busy renderer could not attach a new one. */
  private cdp: CDPSession | null = null;
  private pageReady: Promise<Page>;
  private crashed = false;
  private killing = false;
  private destroyed = false;
  private windowOpenHandler: ((details: Electron.HandlerDetails) => Electron.WindowOpenHandlerResponse) | null = null;
  /** Chromium URLs of loads started by loadURL: their navigation is not the page's own (no will-navigate). */
  private readonly programmaticLoads: string[] = [];
  private readonly foreignDocuments = new Map<string, string>();
  private firstPaintSeen = false;

  constructor(
    private readonly host: ContentsHost,
    private readonly owner: ContentsOwner,
  ) {
    super();
    this.pageReady = this.openPage();
    this.pageReady.catch(() => {}); // a launch ended while its page was opening; callers still see the error
  }

  /**
   * "Returns Promise<void> - the promise will resolve when the page has finished loading (see
   * did-finish-load), and rejects if the page fails to load (see did-fail-load). A noop rejection
   * handler is already attached, which avoids unhandled rejection errors." (webContents.loadURL)
   */
  loadURL(url: string, options?: Electron.LoadURLOptions): Promise<void> {
    if (options !== undefined) notModelled('loadURL options');
    const loading = this.load(url);
    loading.catch(() => {});
    return loading;
  }

  setWindowOpenHandler(handler: (details: Electron.HandlerDetails) => Electron.WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }

  setZoomLevel(level: number): void {
    // Level 0 is "original size"; the double never changes zoom, so only that is modelled.
    if (level !== 0) notModelled(`webContents.setZoomLevel(${level})`);
  }

  setVisualZoomLevelLimits(minimumLevel: number, maximumLevel: number): Promise<void> {
    this.visualZoomLimits = { minimum: minimumLevel, maximum: maximumLevel };
    return Promise.resolve();
  }

  /**
   * "Forcefully terminates the renderer process that is currently hosting this webContents. This
   * will cause the render-process-gone event to be emitted with the reason=killed || reason=crashed."
   */
  forcefullyCrashRenderer(): void {
    this.killing = true;
    this.crashPage().catch((error) => this.host.report(error));
  }

  /** "Get the system printer list. Resolves with a PrinterInfo[]" (webContents.getPrintersAsync). */
  getPrintersAsync(): Promise<Electron.PrinterInfo[]> {
    return Promise.resolve(this.host.printers().list.map(({ name, displayName }) => ({ name, displayName, description: '', options: {} })));
  }

  /**
   * "A promise that resolves with the result of the executed code or is rejected if the result of
   * the code is a rejected promise." (webContents.executeJavaScript). The result must be something
   * Playwright can bring back (JSON-like), as Electron's must be cloneable.
   */
  async executeJavaScript(code: string, _userGesture?: boolean): Promise<unknown> {
    const page = await this.pageReady;
    return page.evaluate(code);
  }

  /**
   * "Prints window's web page. When silent is set to true, Electron will pick the system's default
   * printer if deviceName is empty and the default settings for printing." (webContents.print).
   * Only silent printing is modelled (anything else opens a system dialog). A job is Chromium's
   * print-to-PDF of the page at the page size asked for, written to the launch's printed folder;
   * the double takes the machine's first printer as its default.
   */
  print(options: Electron.WebContentsPrintOptions = {}, callback?: (success: boolean, failureReason: string) => void): void {
    for (const name of Object.keys(options)) if (!MODELLED_PRINT_OPTIONS.has(name)) notModelled(`the print option '${name}'`);
    if (options.silent !== true) notModelled('printing without silent: true (a system print dialog)');
    if (options.pageSize !== undefined && typeof options.pageSize !== 'string') notModelled('a custom print page size');
    const machine = this.host.printers();
    const deviceName = options.deviceName ?? '';
    const printer = deviceName === '' ? machine.list[0] : machine.list.find((candidate) => candidate.name === deviceName);
    if (printer === undefined) notModelled(`printing to "${deviceName}", a printer the system does not have`);
    void (async () => {
      if (printer.fails !== undefined) return callback?.(false, printer.fails);
      const page = await this.pageReady;
      const pageSize = (options.pageSize as string | undefined) ?? 'A4';
      const pdf = await page.pdf({ format: pageSize, printBackground: options.printBackground === true });
      if (machine.printedDir !== null) {
        await mkdir(machine.printedDir, { recursive: true });
        const file = path.join(machine.printedDir, `job-${machine.printed.length + 1}.pdf`);
        await writeFile(file, pdf);
        machine.printed.push({ printer: printer.name, pageSize, file });
      }
      callback?.(true, '');
    })().catch((error: unknown) => {
      this.host.report(error);
      callback?.(false, 'Print job failed');
    });
  }

  // ---- Used by the rest of the double and by tests (not Electron API) ----

  /** The page showing these contents now (a new one after each crash). */
  currentPage(): Promise<Page> {
    return this.pageReady;
  }

  ownsPage(page: Page): boolean {
    return this.page === page;
  }

  /** Decides for a popup the page asked for, as Electron asks setWindowOpenHandler. */
  decideWindowOpen(chromiumUrl: string, electronUrl: string): Electron.WindowOpenHandlerResponse {
    // Without a handler Electron opens the window; allowing a window is not modelled.
    if (this.windowOpenHandler === null) return notModelled(`window.open of ${electronUrl} with no window open handler`);
    const details = withUnobservableFields({ url: electronUrl }, ['frameName', 'features', 'disposition', 'referrer', 'postBody'], 'window open handler details') as Electron.HandlerDetails;
    const decision = this.windowOpenHandler(details);
    if (decision.action !== 'deny') notModelled(`allowing window.open of ${chromiumUrl}`);
    return decision;
  }

  /** True (once) when a main-frame navigation to this URL was started by loadURL. */
  takeProgrammaticLoad(chromiumUrl: string): boolean {
    const index = this.programmaticLoads.indexOf(chromiumUrl);
    if (index === -1) return false;
    this.programmaticLoads.splice(index, 1);
    return true;
  }

  /** The HTML a test put at this URL with loadForeignDocument, once. */
  takeForeignDocument(chromiumUrl: string): string | undefined {
    const html = this.foreignDocuments.get(chromiumUrl);
    this.foreignDocuments.delete(chromiumUrl);
    return html;
  }

  /**
   * Test only: shows a document from another origin in the main frame, past the navigation and
   * request guards, as if something had slipped through them. The preload still runs there, as it
   * does in Electron for any main-frame document, so a test can check what the main process does
   * with calls from it.
   */
  async loadForeignDocument(chromiumUrl: string, html: string): Promise<Page> {
    this.foreignDocuments.set(chromiumUrl, html);
    this.programmaticLoads.push(chromiumUrl);
    const page = await this.pageReady;
    await page.goto(chromiumUrl);
    return page;
  }

  /**
   * Test only: a key combination typed on the kiosk's keyboard. Each keyDown and keyUp goes to
   * 'before-input-event' first and reaches the page only if no listener prevented it.
   */
  async pressKeys(combination: string): Promise<{ delivered: string[]; prevented: string[]; unanswered: string[] }> {
    const page = await this.pageReady;
    const delivered: string[] = [];
    const prevented: string[] = [];
    const unanswered: string[] = [];
    for (const { input, playwrightKey } of strokesFor(combination)) {
      const label = `${input.type} ${input.key}`;
      if (unanswered.length > 0) {
        unanswered.push(label); // a stuck page gets nothing more from this press
        continue;
      }
      const event = electronEvent();
      this.emit('before-input-event', event, input);
      if (event.defaultPrevented) {
        prevented.push(label);
        continue;
      }
      delivered.push(label);
      const sent = input.type === 'keyDown' ? page.keyboard.down(playwrightKey) : page.keyboard.up(playwrightKey);
      if (!(await this.takenInTime(page, sent))) unanswered.push(label);
    }
    return { delivered, prevented, unanswered };
  }

  /**
   * Waits for the page to take one input event (Playwright's input calls resolve when the renderer
   * has handled it). Not taken within UNRESPONSIVE_AFTER_MS: the window becomes 'unresponsive',
   * and 'responsive' once the page takes it after all.
   */
  private async takenInTime(page: Page, sent: Promise<void>): Promise<boolean> {
    const taken = sent.then(
      () => true,
      () => false,
    );
    const inTime = await Promise.race([taken, sleep(UNRESPONSIVE_AFTER_MS).then(() => 'late' as const)]);
    if (inTime !== 'late') return true;
    if (this.page !== page || this.destroyed) return false;
    this.owner.emitFromContents('unresponsive');
    void taken.then((tookIt) => {
      // A crashed or replaced page never becomes responsive again; the double emits nothing for it.
      if (tookIt && this.page === page && !this.crashed && !this.destroyed) this.owner.emitFromContents('responsive');
    });
    return false;
  }

  /** Test only: the renderer crashes on its own (a real crash of the page). */
  crashRenderer(): Promise<void> {
    return this.crashPage();
  }

  destroy(): void {
    this.destroyed = true;
    void this.page?.close().catch(() => {});
  }

  private async load(electronUrl: string): Promise<void> {
    if (this.destroyed) throw new Error('Object has been destroyed');
    if (!/^[a-z][a-z0-9+.-]*:/i.test(electronUrl)) notModelled(`loadURL of a relative URL '${electronUrl}'`);
    if (/^(data|about|file|blob|javascript):/i.test(electronUrl)) notModelled(`loadURL of a ${electronUrl.split(':')[0]}: URL (whether onBeforeRequest sees it is not known to the double)`);
    if (this.crashed) {
      this.crashed = false;
      this.pageReady = this.openPage();
      this.pageReady.catch(() => {});
    }
    const page = await this.pageReady;
    const chromiumUrl = toChromiumUrl(electronUrl, this.host.customSchemes);
    this.programmaticLoads.push(chromiumUrl);
    try {
      await page.goto(chromiumUrl, { waitUntil: 'load' });
    } catch (error) {
      // The double's wording, with Chromium's net error name (from Playwright's message) as
      // error.code; Electron's own message is not documented.
      const code = /net::(ERR_[A-Z_]+)/.exec(String(error))?.[1] ?? 'ERR_FAILED';
      throw Object.assign(new Error(`${code} loading '${electronUrl}'`), { code, url: electronUrl });
    }
    await this.afterLoad(page);
  }

  private async afterLoad(page: Page): Promise<void> {
    if (this.firstPaintSeen) return;
    // "ready-to-show: Emitted when the web page has been rendered (while not being shown) and
    // window can be displayed without a visual flash." The double takes the first frame painted
    // after the first load.
    await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
    if (this.firstPaintSeen) return;
    this.firstPaintSeen = true;
    this.owner.emitFromContents('first-paint');
  }

  private async openPage(): Promise<Page> {
    const page = await this.host.newOwnPage();
    this.page = page;
    const cdp = await page.context().newCDPSession(page);
    this.cdp = cdp;
    await applyBackgroundColor(cdp, this.owner.backgroundColor);
    page.on('crash', () => this.onCrash(page));
    page.on('console', (message) => {
      if (message.type() === 'error') this.host.pageError(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.host.pageError(`page error: ${error.message}`));
    return page;
  }

  private onCrash(page: Page): void {
    if (this.page !== page || this.destroyed || !this.host.isAlive()) return;
    this.crashed = true;
    // forcefullyCrashRenderer gives "reason=killed || reason=crashed"; the double picks 'killed'.
    const reason = this.killing ? 'killed' : 'crashed';
    this.killing = false;
    // The exit code of the renderer process is not visible through Playwright.
    const details = withUnobservableFields({ reason }, ['exitCode'], 'render-process-gone details') as Electron.RenderProcessGoneDetails;
    this.emit('render-process-gone', electronEvent(), details);
  }

  private async crashPage(): Promise<void> {
    await this.pageReady;
    const cdp = this.cdp;
    if (cdp === null) return;
    // The target dies before it can answer, so the command never resolves; the page's 'crash'
    // event is the signal.
    void cdp.send('Page.crash').catch(() => {});
  }
}

async function applyBackgroundColor(cdp: CDPSession, hex: string): Promise<void> {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (match === null) notModelled(`the backgroundColor '${hex}' (only #rrggbb)`);
  const [r, g, b] = match.slice(1).map((part) => parseInt(part, 16));
  await cdp.send('Emulation.setDefaultBackgroundColorOverride', { color: { r: r!, g: g!, b: b!, a: 1 } });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

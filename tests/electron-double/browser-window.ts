import path from 'node:path';
import type { Page } from '@playwright/test';
import { DoubleEvents } from './double-events';
import { electronEvent, type ElectronEvent, type ElectronEventOf } from './electron-event';
import { notModelled } from './not-modelled';
import { WebContentsDouble, type ContentsHost } from './web-contents';

/** What a window needs from the rest of the double. */
export interface WindowHost extends Omit<ContentsHost, 'newOwnPage'> {
  isReady(): boolean;
  /** Every new webContents is announced on `app` ('web-contents-created'). */
  contentsCreated(contents: WebContentsDouble): void;
  /** A page for a window (with the IPC binding and the preload when it has one). */
  newOwnPage(preloadPath: string | undefined): Promise<Page>;
  windowClosed(window: BrowserWindowDouble): void;
}

/**
 * Window options the double knows what to do with. Options that change how the page runs must have
 * the value the double gives (a sandboxed, context-isolated page without Node); the rest are kept
 * and only a real Electron run shows their effect. Any other option throws, so a new option in
 * main/window/window-options.ts is modelled on purpose, never ignored by accident.
 */
const RECORDED_OPTIONS = new Set(['show', 'kiosk', 'fullscreen', 'frame', 'roundedCorners', 'autoHideMenuBar', 'backgroundColor', 'title', 'webPreferences']);
const REQUIRED_WEB_PREFERENCES: Record<string, boolean> = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
};
const RECORDED_WEB_PREFERENCES = new Set(['preload', 'navigateOnDragDrop', 'spellcheck', 'devTools', 'backgroundThrottling']);

/** The window events the double emits (BrowserWindow docs, Instance Events). */
export type BrowserWindowEvents = {
  'ready-to-show': [];
  show: [];
  minimize: [];
  restore: [];
  close: [event: ElectronEvent];
  closed: [];
  unresponsive: [];
  responsive: [];
  'query-session-end': [event: SessionEndEvent];
  'session-end': [event: SessionEndEvent];
};

/** Why Windows ends the session (WindowSessionEndEvent docs). */
export type SessionEndReason = 'shutdown' | 'close-app' | 'critical' | 'logoff';
type SessionEndEvent = ElectronEventOf<{ reasons: SessionEndReason[] }>;

/**
 * `BrowserWindow` (https://www.electronjs.org/docs/latest/api/browser-window): one fullscreen
 * window whose webContents is a Playwright page sized to the test's screen. Visibility, focus and
 * minimised state are the double's own flags (a headless browser has no window to show); what the
 * flags prove is that our code calls show/focus/restore at the right moments.
 */
export class BrowserWindowDouble
  extends DoubleEvents<BrowserWindowEvents>
  implements Pick<Electron.BrowserWindow, 'loadURL' | 'show' | 'focus' | 'isMinimized' | 'restore' | 'isDestroyed' | 'isVisible' | 'isFocused' | 'isKiosk' | 'destroy'>
{
  private readonly contents: WebContentsDouble;
  readonly options: Electron.BrowserWindowConstructorOptions;
  readonly backgroundColor: string;
  private visible: boolean;
  private focused = false;
  private minimized = false;
  private destroyed = false;
  /** What the window did, in order, for tests ('created hidden', 'ready-to-show', 'show'...). */
  readonly history: string[] = [];

  constructor(
    private readonly host: WindowHost,
    options: Electron.BrowserWindowConstructorOptions = {},
  ) {
    super();
    // Electron refuses a window before 'ready'; this wording is the double's.
    if (!host.isReady()) throw new Error('Cannot create BrowserWindow before app is ready');
    checkOptions(options);
    this.options = options;
    this.backgroundColor = options.backgroundColor ?? '#ffffff';
    // show: "Whether window should be shown when created. Default is true."
    this.visible = options.show !== false;
    this.history.push(this.visible ? 'created visible' : 'created hidden');
    const preloadPath = options.webPreferences?.preload;
    const contentsHost: ContentsHost = {
      get customSchemes() {
        return host.customSchemes;
      },
      newOwnPage: () => host.newOwnPage(preloadPath),
      printers: () => host.printers(),
      isAlive: () => host.isAlive(),
      report: (problem) => host.report(problem),
      pageError: (message) => host.pageError(message),
    };
    this.contents = new WebContentsDouble(
      contentsHost,
      {
        backgroundColor: this.backgroundColor,
        emitFromContents: (event) => this.onContentsEvent(event),
      },
    );
    host.contentsCreated(this.contents);
  }

  /**
   * "Reading this property throws Object has been destroyed once the window has been destroyed"
   * (BrowserWindow docs, win.webContents).
   */
  get webContents(): WebContentsDouble {
    this.checkNotDestroyed();
    return this.contents;
  }

  /** The contents whatever the window's state, for the double itself and for tests. */
  get contentsOfDouble(): WebContentsDouble {
    return this.contents;
  }

  /** "Same as webContents.loadURL(url[, options])." */
  loadURL(url: string, options?: Electron.LoadURLOptions): Promise<void> {
    return this.webContents.loadURL(url, options);
  }

  show(): void {
    this.checkNotDestroyed();
    this.history.push('show');
    // "Shows and gives focus to the window." Whether it also un-minimises is not documented, so the
    // double leaves that to restore(), as our code does.
    this.visible = true;
    this.focused = !this.minimized;
    this.emit('show');
  }

  focus(): void {
    this.checkNotDestroyed();
    this.history.push('focus');
    this.focused = true;
    void this.contents.currentPage().then((page) => page.bringToFront()).catch(() => {});
  }

  isMinimized(): boolean {
    this.checkNotDestroyed();
    return this.minimized;
  }

  restore(): void {
    this.checkNotDestroyed();
    this.history.push('restore');
    // "Restores the window from minimized state to its previous state."
    this.minimized = false;
    this.emit('restore');
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  // The double's own reading of its flags: visible when shown and not minimised, focused when
  // visible and last given focus.
  isVisible(): boolean {
    this.checkNotDestroyed();
    return this.visible && !this.minimized;
  }

  isFocused(): boolean {
    this.checkNotDestroyed();
    return this.focused && this.isVisible();
  }

  isKiosk(): boolean {
    this.checkNotDestroyed();
    return this.options.kiosk === true;
  }

  /**
   * "Force closing the window, the unload and beforeunload event won't be emitted for the web
   * page, and close event will also not be emitted for this window, but it guarantees the closed
   * event will be emitted." (BrowserWindow docs, win.destroy())
   */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyWithoutEvents();
    this.emit('closed');
    this.host.windowClosed(this);
  }

  // ---- The operating system's side (not Electron API): used by tests and by app.quit() ----

  /** The OS minimises the window (a user with a keyboard, another program taking the screen). */
  minimizeByOs(): void {
    this.history.push('minimized by the OS');
    this.minimized = true;
    this.focused = false;
    this.emit('minimize');
  }

  /**
   * The window is asked to close (by the OS, or by app.quit()): 'close' may be prevented; then the
   * window is destroyed and 'closed' emitted. Returns false when a listener prevented it.
   */
  closeByOs(): boolean {
    if (this.destroyed) return true;
    const close = electronEvent();
    this.emit('close', close);
    if (close.defaultPrevented) return false;
    this.destroyWithoutEvents();
    this.emit('closed');
    this.host.windowClosed(this);
    return true;
  }

  /**
   * Windows shuts down, restarts or logs off (Windows only; BrowserWindow docs, Events
   * 'query-session-end' and 'session-end'): the window is asked, then told the session ends,
   * "Once this event fires, there is no way to prevent the session from ending". The app docs say
   * 'before-quit', 'will-quit' and 'quit' are not emitted when Windows ends the app this way, so the
   * double emits nothing else: the test ends the process afterwards as Windows does (a kill).
   */
  endSessionByOs(reasons: SessionEndReason[]): void {
    if (this.destroyed) return;
    this.history.push(`session ending (${reasons.join(', ')})`);
    this.emit('query-session-end', electronEvent({ reasons: [...reasons] }));
    this.emit('session-end', electronEvent({ reasons: [...reasons] }));
  }

  /** app.exit(): "All windows will be closed immediately without asking the user". */
  destroyWithoutEvents(): void {
    this.destroyed = true;
    this.visible = false;
    this.contents.destroy();
  }

  /**
   * "Once a window is destroyed, accessing most of its other properties and methods throws
   * Object has been destroyed" (BrowserWindow docs, win.isDestroyed()).
   */
  private checkNotDestroyed(): void {
    if (this.destroyed) throw new TypeError('Object has been destroyed');
  }

  private onContentsEvent(event: 'unresponsive' | 'responsive' | 'first-paint'): void {
    if (this.destroyed) return;
    if (event === 'first-paint') {
      this.history.push('ready-to-show');
      this.emit('ready-to-show');
      return;
    }
    this.history.push(event);
    // Both BrowserWindow and webContents document these events; the double emits both.
    this.emit(event);
    this.contents.emit(event);
  }
}

function checkOptions(options: Electron.BrowserWindowConstructorOptions): void {
  for (const name of Object.keys(options)) {
    if (!RECORDED_OPTIONS.has(name)) notModelled(`the BrowserWindow option '${name}'`);
  }
  // A shown window must fill the screen (its page gets the screen's size); a hidden one (printing)
  // is never seen, so its size does not matter.
  if (options.show !== false && options.kiosk !== true && options.fullscreen !== true) notModelled('a shown window that is neither kiosk nor fullscreen');
  const preferences = options.webPreferences ?? {};
  for (const [name, value] of Object.entries(preferences)) {
    if (name in REQUIRED_WEB_PREFERENCES) {
      if (value !== REQUIRED_WEB_PREFERENCES[name]) notModelled(`webPreferences.${name}: ${String(value)}`);
    } else if (!RECORDED_WEB_PREFERENCES.has(name)) {
      notModelled(`webPreferences.${name}`);
    }
  }
  // The double needs these spelled out, as our window options do, rather than rely on Electron's
  // defaults.
  for (const name of Object.keys(REQUIRED_WEB_PREFERENCES)) {
    if (!(name in preferences)) notModelled(`webPreferences without an explicit '${name}'`);
  }
  // "The value should be the absolute file path to the script." (webPreferences.preload)
  if (preferences.preload !== undefined && !path.isAbsolute(preferences.preload)) notModelled(`a relative preload path '${preferences.preload}'`);
}

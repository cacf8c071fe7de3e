import { DoubleEvents } from './double-events';
import { electronEvent, type ElectronEvent } from './electron-event';
import { notModelled } from './not-modelled';
import { acquireInstanceLock, releaseInstanceLock, type PrimaryInstance } from './single-instance';
import type { WebContentsDouble } from './web-contents';

/** What the app needs from the rest of the double: its windows, and the browser behind them. */
export interface AppHost {
  /** Chromium starts here, with the switches appended so far; resolves when 'ready' may be emitted. */
  launchBrowser(switches: readonly string[]): Promise<void>;
  /** Closes every window as `app.quit()` does; false when one of them prevented 'close'. */
  closeAllWindows(): boolean;
  /** The process ends: windows gone without events, browser closed. */
  shutDown(exitCode: number): void;
}

export interface AppDoubleOptions {
  userDataDir: string;
  /** The version in the app's package.json, which `app.getVersion()` returns. */
  version: string;
  isPackaged: boolean;
  /** This launch's command line, for the primary instance's 'second-instance' event. */
  argv: readonly string[];
}

/** `app.commandLine`: only appendSwitch is used (https://www.electronjs.org/docs/latest/api/command-line). */
export class CommandLineDouble implements Pick<Electron.CommandLine, 'appendSwitch'> {
  readonly switches: string[] = [];

  constructor(private readonly isReady: () => boolean) {}

  appendSwitch(theSwitch: string, value?: string): void {
    // Electron: "Append a switch (with optional value) to Chromium's command line." Switches read
    // by Chromium at start-up have no effect once it runs, and which ones still work is not documented.
    if (this.isReady()) notModelled(`app.commandLine.appendSwitch('${theSwitch}') after 'ready'`);
    this.switches.push(value === undefined ? `--${theSwitch}` : `--${theSwitch}=${value}`);
  }
}

type AppState = 'starting' | 'ready' | 'quitting' | 'exited';

/** The app events the double emits, with Electron's listener arguments (app docs, Events). */
export type AppEvents = {
  ready: [event: ElectronEvent, launchInfo: unknown];
  'web-contents-created': [event: ElectronEvent, webContents: WebContentsDouble];
  'second-instance': [event: ElectronEvent, argv: string[], workingDirectory: string, additionalData: unknown];
  'before-quit': [event: ElectronEvent];
  'will-quit': [event: ElectronEvent];
  quit: [event: ElectronEvent, exitCode: number];
  'window-all-closed': [];
};

/**
 * `app` (https://www.electronjs.org/docs/latest/api/app): the lifecycle events and methods our
 * main process uses. Chromium is launched when the main script has run, with the switches it
 * appended, and then 'ready' is emitted.
 */
export class AppDouble
  extends DoubleEvents<AppEvents>
  implements Pick<Electron.App, 'whenReady' | 'requestSingleInstanceLock' | 'releaseSingleInstanceLock' | 'quit' | 'exit' | 'getPath' | 'getVersion' | 'isPackaged'>
{
  readonly isPackaged: boolean;
  readonly commandLine: CommandLineDouble;
  /** Resolves with the exit code when this launch ends (quit, exit, or a second instance giving way). */
  readonly exited: Promise<number>;
  private state: AppState = 'starting';
  private resolveReady!: () => void;
  private readonly ready = new Promise<void>((resolve) => (this.resolveReady = resolve));
  private resolveExited!: (code: number) => void;
  private readonly primary: PrimaryInstance;

  constructor(
    private readonly options: AppDoubleOptions,
    private readonly host: AppHost,
  ) {
    super();
    this.isPackaged = options.isPackaged;
    this.commandLine = new CommandLineDouble(() => this.state !== 'starting');
    this.exited = new Promise((resolve) => (this.resolveExited = resolve));
    this.primary = {
      notifySecondInstance: (argv, workingDirectory, additionalData) => {
        // Emitted in the primary instance "when a second instance has been executed and calls
        // app.requestSingleInstanceLock()", and "guaranteed to be emitted after the ready event of
        // app gets emitted" (app docs, Event: 'second-instance').
        if (this.state === 'quitting' || this.state === 'exited') notModelled("a second instance starting while the first is quitting");
        const emit = () => setImmediate(() => this.emit('second-instance', electronEvent(), [...argv], workingDirectory, additionalData));
        if (this.state === 'ready') emit();
        else void this.ready.then(emit);
      },
    };
  }

  get isReadyState(): boolean {
    return this.state === 'ready';
  }

  get hasExited(): boolean {
    return this.state === 'exited';
  }

  /** Called once the main script has run, as Electron does after loading it. */
  async start(): Promise<void> {
    if (this.state !== 'starting') return;
    await this.host.launchBrowser(this.commandLine.switches);
    if (this.state !== 'starting') return; // quit while Chromium was starting
    this.state = 'ready';
    this.emit('ready', electronEvent(), {});
    this.resolveReady();
  }

  whenReady(): Promise<void> {
    return this.ready;
  }

  isReady(): boolean {
    return this.state === 'ready';
  }

  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean {
    const primary = acquireInstanceLock(this.options.userDataDir, this.primary);
    if (primary === null) return true;
    primary.notifySecondInstance(this.options.argv, process.cwd(), additionalData ?? {});
    return false;
  }

  /** "Releases all locks that were created by requestSingleInstanceLock." (app docs) */
  releaseSingleInstanceLock(): void {
    releaseInstanceLock(this.options.userDataDir, this.primary);
  }

  getPath(name: Parameters<Electron.App['getPath']>[0]): string {
    // The test gives each launch its own user-data folder; the other folders are not used by us.
    if (name === 'userData') return this.options.userDataDir;
    return notModelled(`app.getPath('${name}')`);
  }

  getVersion(): string {
    return this.options.version;
  }

  /**
   * "Try to close all windows. The before-quit event will be emitted first. If all windows are
   * successfully closed, the will-quit event will be emitted and by default the application will
   * terminate." (app docs, app.quit()). 'window-all-closed' is not emitted on this path. That it
   * all happens before quit() returns is the double's choice; Electron does not say.
   */
  quit(): void {
    if (this.state === 'exited' || this.state === 'quitting') return;
    const previous = this.state;
    this.state = 'quitting';
    const beforeQuit = electronEvent();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented || !this.host.closeAllWindows()) {
      this.state = previous;
      return;
    }
    const willQuit = electronEvent();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) {
      this.state = previous;
      return;
    }
    this.emit('quit', electronEvent(), 0);
    this.end(0);
  }

  /**
   * "Exits immediately with exitCode... All windows will be closed immediately without asking the
   * user, and the before-quit and will-quit events will not be emitted." (app docs, app.exit()).
   * The double emits nothing at all, not even 'quit' or the windows' 'closed': the docs do not say
   * which other events still fire, and our code must not depend on any.
   */
  exit(exitCode = 0): void {
    if (this.state === 'exited') return;
    this.end(exitCode);
  }

  /** The last window was closed by the user or the OS (not by app.quit()). */
  allWindowsClosed(): void {
    if (this.state !== 'ready') return;
    // "If you do not subscribe to this event and all windows are closed, the default behavior is
    // to quit the app" (app docs, Event: 'window-all-closed').
    if (this.listenerCount('window-all-closed') > 0) this.emit('window-all-closed');
    else this.quit();
  }

  private end(exitCode: number): void {
    this.state = 'exited';
    releaseInstanceLock(this.options.userDataDir, this.primary);
    this.host.shutDown(exitCode);
    this.resolveExited(exitCode);
  }
}

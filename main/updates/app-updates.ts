import { initialUpdateState, nextCheckIn, nextUpdateState, shouldInstall, type QuietHours, type UpdateEvent, type UpdateState } from './update-schedule';

/**
 * electron-updater, driven by the rules in update-schedule.ts. Thin on purpose: it turns the
 * updater's events into state, asks the schedule when to check and whether to install, and does
 * that. The updater is passed in (main/index.ts loads electron-updater only when IT set an
 * update address), so the wiring is tested with a stand-in.
 */

/** The part of electron-updater's AppUpdater this uses. */
export interface UpdaterLike {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  allowDowngrade: boolean;
  setFeedURL(options: { provider: 'generic'; url: string; channel?: string }): void;
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
  on(event: 'checking-for-update' | 'update-not-available' | 'update-available' | 'update-downloaded' | 'error', listener: (info: unknown) => void): unknown;
}

export interface AppUpdatesOptions {
  updater: UpdaterLike;
  url: string;
  channel?: string;
  quietHours: QuietHours;
  log: (event: 'update-check' | 'update-downloaded' | 'update-installing' | 'update-failed', details?: Record<string, string>) => void;
  now?: () => Date;
  /** When the process started (the first check waits after it). */
  startedAt: number;
  /**
   * Just before installing: the new version starts while this one is still quitting, and must find
   * the single-instance lock free (app.releaseSingleInstanceLock); taken back if the install fails.
   */
  releaseInstanceLock?: () => void;
  retakeInstanceLock?: () => void;
}

export interface AppUpdates {
  /** The renderer's heartbeat says whether the attract screen shows (no patient). */
  setAttractShowing(showing: boolean): void;
  /** Staff's "Install update now": installs a ready update at once; false when none is ready. */
  installNow(): boolean;
  state(): UpdateState;
  readonly quietHours: QuietHours;
  /** The status file's "last update check". */
  lastCheck(): { at: string; result: string } | null;
  stop(): void;
}

/** How often the install rule is asked again: the quiet hours begin without any event. */
export const INSTALL_RECHECK_MS = 60_000;

/** After an install that failed, the kiosk waits this long before trying by itself again (staff may still ask). */
export const INSTALL_RETRY_AFTER_MS = 20 * 60 * 60_000;

export function startAppUpdates(options: AppUpdatesOptions): AppUpdates {
  const { updater, log } = options;
  const now = options.now ?? (() => new Date());
  let state = initialUpdateState();
  let attractShowing = false;
  let checkTimer: NodeJS.Timeout | null = null;
  /** Until when the kiosk does not try to install by itself, after an install failed. */
  let autoInstallPausedUntil = 0;

  updater.autoDownload = true;
  // The kiosk decides when to install: never by itself at a quit (staff's Exit kiosk, a crash).
  updater.autoInstallOnAppQuit = false;
  // Pulling a bad release is done by publishing a higher version, never by going down.
  updater.allowDowngrade = false;
  updater.setFeedURL({ provider: 'generic', url: options.url, ...(options.channel === undefined ? {} : { channel: options.channel }) });

  const versionOf = (info: unknown): string => (typeof info === 'object' && info !== null && typeof (info as { version?: unknown }).version === 'string' ? (info as { version: string }).version : '?');
  const apply = (event: UpdateEvent): void => {
    state = nextUpdateState(state, event, now().getTime());
    scheduleCheck();
    considerInstall(false);
  };
  updater.on('checking-for-update', () => apply({ type: 'check-started' }));
  updater.on('update-not-available', () => {
    log('update-check', { result: 'up-to-date' });
    apply({ type: 'up-to-date' });
  });
  updater.on('update-available', (info) => {
    log('update-check', { result: 'update-found', version: versionOf(info) });
    apply({ type: 'download-started', version: versionOf(info) });
  });
  updater.on('update-downloaded', (info) => {
    log('update-downloaded', { version: versionOf(info) });
    apply({ type: 'downloaded', version: versionOf(info) });
  });
  updater.on('error', (error) => {
    const reason = error instanceof Error ? error.message : String(error);
    if (state.phase === 'installing') {
      // The install itself failed (no rights, a file in use): the update stays ready, and the
      // kiosk does not try again by itself until the next night; staff may still ask.
      log('update-failed', { step: 'install', reason });
      options.retakeInstanceLock?.();
      autoInstallPausedUntil = now().getTime() + INSTALL_RETRY_AFTER_MS;
      state = { ...state, phase: 'ready' };
      return;
    }
    log('update-failed', { reason });
    apply({ type: 'failed' });
  });

  function scheduleCheck(): void {
    if (checkTimer !== null) clearTimeout(checkTimer);
    checkTimer = null;
    const wait = nextCheckIn(state, options.startedAt, now().getTime());
    if (wait === null) return;
    checkTimer = setTimeout(() => {
      checkTimer = null;
      updater.checkForUpdates().then(
        (result) => {
          // No check was made (an app that is not packaged): counted as a failed check, so the timer is set again.
          if (result === null) apply({ type: 'failed' });
          // A failed download is reported through 'error'; its promise must not go unhandled.
          else void (result as { downloadPromise?: Promise<unknown> | null }).downloadPromise?.catch(() => {});
        },
        // A rejected check also emits 'error', which is where it is counted.
        () => {},
      );
    }, wait);
    checkTimer.unref?.();
  }

  function considerInstall(staffAskedToInstall: boolean): boolean {
    if (!staffAskedToInstall && now().getTime() < autoInstallPausedUntil) return false;
    if (!shouldInstall(state, { attractShowing, staffAskedToInstall, now: now(), quietHours: options.quietHours })) return false;
    log('update-installing', { version: state.readyVersion ?? '?', by: staffAskedToInstall ? 'staff' : 'quiet-hours' });
    state = nextUpdateState(state, { type: 'install-started' }, now().getTime());
    options.releaseInstanceLock?.();
    // Silent, and the kiosk starts again on the new version.
    updater.quitAndInstall(true, true);
    return true;
  }

  const installTimer = setInterval(() => considerInstall(false), INSTALL_RECHECK_MS);
  installTimer.unref?.();
  scheduleCheck();

  return {
    setAttractShowing(showing) {
      attractShowing = showing;
      considerInstall(false);
    },
    installNow: () => considerInstall(true),
    state: () => ({ ...state }),
    quietHours: options.quietHours,
    lastCheck: () => (state.lastCheckAt === null || state.lastResult === null ? null : { at: new Date(state.lastCheckAt).toISOString(), result: state.lastResult }),
    stop() {
      if (checkTimer !== null) clearTimeout(checkTimer);
      clearInterval(installTimer);
    },
  };
}

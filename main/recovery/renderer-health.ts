import type { KioskLog } from '../log/rotating-log';
import { APP_ENTRY_URL, APP_ORIGIN } from '../security/app-origin';
import { FALLBACK_PAGE_PATH } from './fallback-page';
import { decideRecovery, HANG_GRACE_MS, SILENT_RENDERER_MS, type RendererFailure } from './recovery-policy';

/** The parts of a BrowserWindow this module uses, so tests can drive it with a fake. */
export interface WatchedWindow {
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
  loadURL(url: string): Promise<void>;
  isDestroyed(): boolean;
  webContents: {
    on(event: 'render-process-gone', listener: (event: unknown, details: { reason: string }) => void): unknown;
    forcefullyCrashRenderer(): void;
  };
}

export interface HealthClock {
  /** Monotonic milliseconds (a wall-clock change must not fake or hide a burst of failures). */
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: HealthClock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface RendererHealth {
  /** The app page's heartbeat ('app/alive' over IPC). */
  rendererAlive(): void;
}

/**
 * Keeps the kiosk page alive: a crashed renderer is reloaded; a hung one is crashed on purpose and
 * then handled like a crash; after repeated failures the built-in "back shortly" page shows and
 * the app is tried again after a delay (recovery-policy.ts).
 *
 * A page counts as hung in two ways. Electron reports 'unresponsive' when the page does not take
 * input it was sent; the page gets HANG_GRACE_MS to recover. That needs someone to touch the
 * screen, so the app page also beats ('app/alive'): once it has, SILENT_RENDERER_MS without a beat
 * means it is stuck even if nobody is there. The watchdog starts with the first beat of each load,
 * so a page still starting, or the fallback page (which has no script), is never taken for stuck.
 */
export function watchRendererHealth(window: WatchedWindow, log: KioskLog, clock: HealthClock = realClock): RendererHealth {
  let history: number[] = [];
  let hangTimer: unknown = null;
  let retryTimer: unknown = null;
  let silenceTimer: unknown = null;
  let crashingBecauseHung = false;

  const stopWatchdog = () => {
    if (silenceTimer !== null) clock.clearTimeout(silenceTimer);
    silenceTimer = null;
  };

  const crashAsHung = () => {
    if (window.isDestroyed()) return; // the app is quitting; its window and contents are gone
    crashingBecauseHung = true;
    window.webContents.forcefullyCrashRenderer();
  };

  const load = (url: string) => {
    stopWatchdog();
    if (!window.isDestroyed()) window.loadURL(url).catch(() => {}); // a failed load reports itself as a crash or stays on the last page
  };

  const recover = (failure: RendererFailure) => {
    const decision = decideRecovery(history, clock.now());
    history = decision.history;
    log.write(failure === 'hung' ? 'renderer-hung' : 'renderer-crashed', { recentFailures: history.length });
    if (retryTimer !== null) clock.clearTimeout(retryTimer);
    if (decision.action === 'reload') {
      log.write('renderer-reloaded');
      load(APP_ENTRY_URL);
      return;
    }
    log.write('fallback-shown', { retryAfterSeconds: Math.round(decision.retryAfterMs / 1000) });
    load(`${APP_ORIGIN}${FALLBACK_PAGE_PATH}`);
    retryTimer = clock.setTimeout(() => {
      retryTimer = null;
      log.write('renderer-reloaded', { after: 'fallback' });
      load(APP_ENTRY_URL);
    }, decision.retryAfterMs);
  };

  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return; // the app is quitting
    // A hung renderer that crashed by itself before its grace ran out is gone already: the pending
    // force-crash would otherwise kill the freshly reloaded page and be logged as a second hang.
    if (hangTimer !== null) clock.clearTimeout(hangTimer);
    hangTimer = null;
    stopWatchdog();
    const failure: RendererFailure = crashingBecauseHung ? 'hung' : 'crashed';
    crashingBecauseHung = false;
    recover(failure);
  });

  window.on('unresponsive', () => {
    if (hangTimer !== null) return;
    hangTimer = clock.setTimeout(() => {
      hangTimer = null;
      crashAsHung();
    }, HANG_GRACE_MS);
  });

  window.on('responsive', () => {
    if (hangTimer !== null) clock.clearTimeout(hangTimer);
    hangTimer = null;
  });

  return {
    rendererAlive: () => {
      stopWatchdog();
      silenceTimer = clock.setTimeout(() => {
        silenceTimer = null;
        log.write('renderer-silent', { afterSeconds: Math.round(SILENT_RENDERER_MS / 1000) });
        crashAsHung();
      }, SILENT_RENDERER_MS);
    },
  };
}

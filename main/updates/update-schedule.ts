/**
 * When the kiosk checks for, downloads and installs an app update (issue 24; the IT config's
 * `updateUrl`): pure decisions over plain data, so the rules are tested without Electron. The
 * electron-updater wiring (app-updater.ts) only asks these functions and does what they say.
 *
 * - Without an update address nothing is ever checked: no network use at all.
 * - The first check waits FIRST_CHECK_DELAY_MS after start (never on the way to the first screen),
 *   then one every CHECK_INTERVAL_MS. A failed check is tried again sooner, doubling the wait
 *   from RETRY_FIRST_MS up to the interval, so a server that is down is not hammered.
 * - A downloaded update installs only while the attract screen shows (no patient) inside the quiet
 *   hours, or at once when staff tap "Install update now": never during a patient's session.
 */

/** Local wall-clock times "HH:MM"; a window may cross midnight (22:00-05:00). */
export interface QuietHours {
  start: string;
  end: string;
}

export const DEFAULT_QUIET_HOURS: QuietHours = { start: '02:00', end: '05:00' };
export const FIRST_CHECK_DELAY_MS = 10 * 60_000;
export const CHECK_INTERVAL_MS = 6 * 60 * 60_000;
export const RETRY_FIRST_MS = 15 * 60_000;

export type UpdatePhase = 'idle' | 'checking' | 'downloading' | 'ready' | 'installing';

export interface UpdateState {
  phase: UpdatePhase;
  /** When the last check ended (ms since the epoch), and how. */
  lastCheckAt: number | null;
  lastResult: 'up-to-date' | 'update-found' | 'failed' | null;
  /** Checks or downloads that failed in a row since the last success. */
  failuresInARow: number;
  /** The version downloaded and waiting to install. */
  readyVersion: string | null;
}

export function initialUpdateState(): UpdateState {
  return { phase: 'idle', lastCheckAt: null, lastResult: null, failuresInARow: 0, readyVersion: null };
}

export function isValidClock(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

function minutesOf(clock: string): number {
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  return hours * 60 + minutes;
}

/** Whether `now` (local time) is inside the window: from start, up to but not including end. Equal ends: an empty window. */
export function isInQuietHours(now: Date, quiet: QuietHours): boolean {
  const minute = now.getHours() * 60 + now.getMinutes();
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return false;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/** Milliseconds from `now` until the next check should start; null when none is due (busy, or an update is waiting). */
export function nextCheckIn(state: UpdateState, startedAt: number, now: number): number | null {
  if (state.phase !== 'idle') return null;
  if (state.lastCheckAt === null) return Math.max(0, startedAt + FIRST_CHECK_DELAY_MS - now);
  const wait = state.failuresInARow === 0 ? CHECK_INTERVAL_MS : Math.min(CHECK_INTERVAL_MS, RETRY_FIRST_MS * 2 ** (state.failuresInARow - 1));
  return Math.max(0, state.lastCheckAt + wait - now);
}

export interface InstallSituation {
  /** The attract screen is showing: no patient is using the kiosk. */
  attractShowing: boolean;
  /** Staff tapped "Install update now" in the staff panel. */
  staffAskedToInstall: boolean;
  now: Date;
  quietHours: QuietHours;
}

/** Install a waiting update now? Only with one ready, and only when no patient can be interrupted, or staff asked. */
export function shouldInstall(state: UpdateState, situation: InstallSituation): boolean {
  if (state.phase !== 'ready') return false;
  if (situation.staffAskedToInstall) return true;
  return situation.attractShowing && isInQuietHours(situation.now, situation.quietHours);
}

/** What electron-updater reported, as a change of state. */
export type UpdateEvent =
  | { type: 'check-started' }
  | { type: 'up-to-date' }
  | { type: 'download-started'; version: string }
  | { type: 'downloaded'; version: string }
  | { type: 'failed' }
  | { type: 'install-started' };

export function nextUpdateState(state: UpdateState, event: UpdateEvent, now: number): UpdateState {
  switch (event.type) {
    case 'check-started':
      return { ...state, phase: 'checking' };
    case 'up-to-date':
      return { ...state, phase: 'idle', lastCheckAt: now, lastResult: 'up-to-date', failuresInARow: 0 };
    case 'download-started':
      return { ...state, phase: 'downloading', lastCheckAt: now, lastResult: 'update-found' };
    case 'downloaded':
      return { ...state, phase: 'ready', failuresInARow: 0, readyVersion: event.version };
    case 'failed':
      // A failed check or download leaves any update already downloaded ready to install.
      return { ...state, phase: state.readyVersion === null ? 'idle' : 'ready', lastCheckAt: now, lastResult: 'failed', failuresInARow: state.failuresInARow + 1 };
    case 'install-started':
      return { ...state, phase: 'installing' };
  }
}

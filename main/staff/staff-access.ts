import type { SetPinResult, StaffStatus, UnlockResult } from '../ipc/contract';
import type { SettingsStore } from '../settings/settings-store';
import { hashPin, isValidPin, verifyPin } from './pin-hash';
import { checkLock, INITIAL_LOCKOUT_STATE, MAX_TRIES, recordAttempt, triesLeft, type LockoutState } from './pin-lockout';

/** Only what staff access needs from the settings store, so tests can pass a small fake. */
export type PinSettingsStore = Pick<SettingsStore, 'get' | 'update'>;

export interface StaffAccessOptions {
  settings: PinSettingsStore;
  /** Epoch ms; injected so tests can move time. */
  now?: () => number;
  /** How long a staff session stays open after the PIN is accepted. */
  sessionMs?: number;
  /** Short event lines for the kiosk log; never given the PIN or its hash. */
  log?: (event: string) => void;
}

// What the renderer may learn (whether a PIN exists, never anything about it) is part of the IPC contract.
export type { SetPinResult, StaffStatus, UnlockResult };

export interface StaffAccess {
  status(): StaffStatus;
  unlock(pin: unknown): UnlockResult;
  setPin(newPin: unknown): SetPinResult;
  isSessionOpen(): boolean;
  endSession(): void;
}

export const DEFAULT_SESSION_MS = 10 * 60_000;

/**
 * Staff access: the PIN pad's checks, the lockout and the staff session.
 *
 * The lockout lives in memory on purpose. Clearing it needs a restart, and restarting the kiosk
 * needs the power switch or IT — whoever has those can already take the kiosk apart. Persisting
 * it would write to disk on every wrong try and could leave a kiosk locked for a day after a
 * clock change, with nobody on site able to clear it.
 */
export function createStaffAccess(options: StaffAccessOptions): StaffAccess {
  const { settings, now = Date.now, sessionMs = DEFAULT_SESSION_MS, log = () => {} } = options;
  let lockout: LockoutState = INITIAL_LOCKOUT_STATE;
  let sessionUntil = 0;

  // The kiosk's own PIN or, until staff set one, the IT config's: the settings store layers them.
  const pinSet = (): boolean => settings.get().staffPin !== undefined;
  const isSessionOpen = (): boolean => now() < sessionUntil;
  const openSession = (): void => {
    sessionUntil = now() + sessionMs;
  };

  function unlock(pin: unknown): UnlockResult {
    const time = now();
    // Not a string means a bug or a forged call, not a person at the pad: refuse, don't count.
    if (typeof pin !== 'string') return current('invalid', time);
    const stored = settings.get().staffPin;
    if (stored === undefined) return current('no-pin-set', time);
    // Answer a lockout before hashing: it costs nothing and judges nothing.
    if (checkLock(lockout, time).locked) {
      log('staff PIN refused: locked');
      return current('locked', time);
    }
    // A malformed string is a wrong try: otherwise "12a4" would be free probing.
    const correct = isValidPin(pin) && verifyPin(pin, stored);
    const result = recordAttempt(lockout, correct, time);
    lockout = result.state;
    if (result.outcome === 'accepted') {
      openSession();
      log('staff unlocked');
    } else if (result.outcome === 'locked') {
      log(`staff PIN locked for ${toSeconds(result.retryAfterMs)} s`);
    } else {
      log('staff PIN rejected');
    }
    return { outcome: result.outcome, triesLeft: result.triesLeft, retryAfterSeconds: toSeconds(result.retryAfterMs) };
  }

  function setPin(newPin: unknown): SetPinResult {
    const firstUse = !pinSet();
    // Permission before format, so a caller without a session learns nothing else.
    if (!firstUse && !isSessionOpen()) return { ok: false, reason: 'not-allowed' };
    if (!isValidPin(newPin)) return { ok: false, reason: 'invalid-format' };
    // Store first: if the write fails, no session opens on a PIN that was never saved.
    settings.update({ staffPin: hashPin(newPin) });
    lockout = INITIAL_LOCKOUT_STATE;
    openSession();
    log(firstUse ? 'staff PIN set' : 'staff PIN changed');
    return { ok: true };
  }

  function current(outcome: UnlockResult['outcome'], time: number): UnlockResult {
    const lock = checkLock(lockout, time);
    const left = outcome === 'no-pin-set' ? MAX_TRIES : triesLeft(lockout, time);
    return { outcome, triesLeft: left, retryAfterSeconds: toSeconds(lock.retryAfterMs) };
  }

  return {
    status() {
      const lock = checkLock(lockout, now());
      return { pinSet: pinSet(), locked: lock.locked, retryAfterSeconds: toSeconds(lock.retryAfterMs), sessionOpen: isSessionOpen() };
    },
    unlock,
    setPin,
    isSessionOpen,
    endSession() {
      if (isSessionOpen()) log('staff session ended');
      sessionUntil = 0;
    },
  };
}

/** Rounded up, so the pad never says "0 s" while still locked. */
function toSeconds(ms: number): number {
  return Math.ceil(ms / 1000);
}

/**
 * How many wrong staff PINs the pad tolerates and how long it then refuses to listen.
 * Pure: the caller passes the time, so tests can walk through a day of lockouts instantly.
 *
 * A 4-digit PIN has 10 000 values. Five tries, then 1, 2, 4, 8… minutes (capped at a day) makes
 * guessing it at the pad take months, while a member of staff who mistypes loses one minute.
 */

export const MAX_TRIES = 5;
export const FIRST_LOCKOUT_MS = 60_000;
export const MAX_LOCKOUT_MS = 24 * 60 * 60_000;

export interface LockoutState {
  /** Wrong PINs since the last success or the end of the last lockout. */
  readonly failures: number;
  /** Lockouts since the last correct PIN; sets how long the next one lasts. */
  readonly lockouts: number;
  /** Epoch ms until which every attempt is refused; 0 when never locked. */
  readonly lockedUntil: number;
}

export const INITIAL_LOCKOUT_STATE: LockoutState = Object.freeze({ failures: 0, lockouts: 0, lockedUntil: 0 });

export type AttemptOutcome = 'accepted' | 'rejected' | 'locked';

export interface LockCheck {
  locked: boolean;
  retryAfterMs: number;
}

export interface AttemptResult {
  state: LockoutState;
  outcome: AttemptOutcome;
  /** Wrong PINs still allowed before the next lockout (0 while locked). */
  triesLeft: number;
  /** How long the pad stays locked (0 when it is not). */
  retryAfterMs: number;
}

/** Length of the n-th lockout (1-based): 60 s, 120 s, 240 s, … up to MAX_LOCKOUT_MS. */
export function lockoutDuration(level: number): number {
  // 2 ** large is Infinity, which Math.min turns into the cap, so no overflow guard is needed.
  return Math.min(FIRST_LOCKOUT_MS * 2 ** Math.max(0, level - 1), MAX_LOCKOUT_MS);
}

export function checkLock(state: LockoutState, now: number): LockCheck {
  const retryAfterMs = Math.max(0, state.lockedUntil - now);
  return { locked: retryAfterMs > 0, retryAfterMs };
}

/** Tries left before the next lockout, for the pad's "3 tries left" hint. */
export function triesLeft(state: LockoutState, now: number): number {
  return checkLock(state, now).locked ? 0 : MAX_TRIES - state.failures;
}

/**
 * Applies one PIN attempt. While locked the attempt is refused without being judged or counted,
 * so a correct guess during a lockout reveals nothing. The attempt that uses up the last try
 * already answers 'locked', so the pad shows the wait at once.
 */
export function recordAttempt(state: LockoutState, correct: boolean, now: number): AttemptResult {
  const lock = checkLock(state, now);
  if (lock.locked) return { state, outcome: 'locked', triesLeft: 0, retryAfterMs: lock.retryAfterMs };

  if (correct) return { state: INITIAL_LOCKOUT_STATE, outcome: 'accepted', triesLeft: MAX_TRIES, retryAfterMs: 0 };

  const failures = state.failures + 1;
  if (failures < MAX_TRIES) {
    return { state: { ...state, failures }, outcome: 'rejected', triesLeft: MAX_TRIES - failures, retryAfterMs: 0 };
  }
  // The count starts again after the lockout, but the level stays so the next one is longer.
  const lockouts = state.lockouts + 1;
  const duration = lockoutDuration(lockouts);
  return { state: { failures: 0, lockouts, lockedUntil: now + duration }, outcome: 'locked', triesLeft: 0, retryAfterMs: duration };
}

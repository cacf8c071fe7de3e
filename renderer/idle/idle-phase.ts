/**
 * Where the kiosk is in its idle cycle, from the time of the last touch. Pure, so the rules are
 * unit-tested without timers:
 *   active   — someone is using it;
 *   prompt   — "Are you still there?" is counting down (secondsLeft);
 *   expired  — nobody answered: reset for the next patient.
 */
export type IdlePhase = { phase: 'active' } | { phase: 'prompt'; secondsLeft: number } | { phase: 'expired' };

export interface IdleTimes {
  idleMs: number;
  countdownMs: number;
}

export function idlePhase(lastActivityAt: number, now: number, times: IdleTimes): IdlePhase {
  const quietFor = Math.max(0, now - lastActivityAt);
  if (quietFor < times.idleMs) return { phase: 'active' };
  const countdownLeft = times.idleMs + times.countdownMs - quietFor;
  if (countdownLeft <= 0) return { phase: 'expired' };
  return { phase: 'prompt', secondsLeft: Math.ceil(countdownLeft / 1000) };
}

/**
 * What the main process does when the kiosk page fails (`render-process-gone`, or an
 * `unresponsive` page that outlives its grace period). Pure, so the retry budget is unit-tested.
 *
 * A one-off crash is best answered by a reload: patients barely notice. A page that keeps
 * crashing would otherwise reload in a tight loop, flashing and burning CPU, so after too many
 * failures in a short window the calm fallback page is shown instead and the app is tried again
 * later. The history is deliberately not cleared when that retry succeeds: a page that crashes
 * again soon lands straight back on the fallback page; old failures simply age out of the window.
 *
 * Times are milliseconds from one clock; a monotonic one (performance.now()) is best, since a
 * wall clock set back would otherwise keep failures "recent" for longer.
 */

export type RendererFailure = 'crashed' | 'hung';

/** Failures older than this are forgotten. */
export const FAILURE_WINDOW_MS = 60_000;
/** This many failures within the window (counting the current one) show the fallback page. */
export const MAX_FAILURES_IN_WINDOW = 3;
/** How long the fallback page stays before the app is loaded again. */
export const FALLBACK_RETRY_MS = 30_000;
/** How long an unresponsive page may stay unresponsive before it is force-crashed. */
export const HANG_GRACE_MS = 10_000;
/**
 * How long the app page may go without its heartbeat (every RENDERER_HEARTBEAT_MS, 5 s, in
 * main/ipc/contract.ts) before it is taken for stuck: four missed beats. Nothing the kiosk does
 * blocks its page for that long; a patient would have given up well before.
 */
export const SILENT_RENDERER_MS = 20_000;

export interface RecoveryDecision {
  action: 'reload' | 'show-fallback';
  /** For show-fallback: when to try the app again; 0 for reload. */
  retryAfterMs: number;
  /** Failures to remember (pruned), including this one; pass back on the next failure. */
  history: number[];
}

/**
 * Decides how to recover from a failure at `failureAt`, given earlier failure times. Crashes and
 * hangs count alike (a hang is force-crashed first), so the function takes no failure kind.
 * A failure exactly FAILURE_WINDOW_MS old still counts; one a millisecond older is forgotten.
 * Times after `failureAt` (a clock that went backwards) are dropped rather than trusted.
 */
export function decideRecovery(history: readonly number[], failureAt: number): RecoveryDecision {
  const recent = history.filter((time) => time <= failureAt && failureAt - time <= FAILURE_WINDOW_MS);
  recent.push(failureAt);
  recent.sort((a, b) => a - b);
  if (recent.length >= MAX_FAILURES_IN_WINDOW) {
    return { action: 'show-fallback', retryAfterMs: FALLBACK_RETRY_MS, history: recent };
  }
  return { action: 'reload', retryAfterMs: 0, history: recent };
}

/**
 * True once a page reported `unresponsive` at `unresponsiveSince` has stayed so for the grace
 * period (`responsive` clears it): long jobs may stall a page briefly, a frozen kiosk must not stay.
 */
export function shouldCrashHungRenderer(unresponsiveSince: number, now: number): boolean {
  return now - unresponsiveSince >= HANG_GRACE_MS;
}

/**
 * Work a tap makes possible but does not need (making the next page ahead, fetching a page's
 * sound, sending usage counts) must not run inside the tap. requestIdleCallback alone does not
 * ensure that: when a tap arrives after a quiet spell, the browser is still in an idle period,
 * so an idle callback asked for in the tap's handler runs before the frame that shows the tap's
 * result, and that frame waits for it (seen in traces at 4x CPU: the next page's rendering and
 * the usage request landed between the tap and its frame; bench/README.md).
 *
 * runWhenIdleAfterNextFrame waits for the next frame to be rendered first (an animation frame,
 * then a task after it), then for an idle period, or `timeoutMs` at the latest. Should no frame
 * come (a hidden window), it goes on after FRAME_FALLBACK_MS.
 */
const FRAME_FALLBACK_MS = 500;

export function runWhenIdleAfterNextFrame(work: (deadline?: IdleDeadline) => void, timeoutMs = 2000): () => void {
  let cancelled = false;
  let idle = 0;
  const stopWaitingForFrame = runAfterNextFrame(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback((deadline) => !cancelled && work(deadline), { timeout: timeoutMs });
    else work();
  });
  return () => {
    cancelled = true;
    stopWaitingForFrame();
    if (idle && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
  };
}

/**
 * Runs `work` in a task right after the next frame has been rendered (an animation frame, then a
 * task after it): for work that would change the screen a tap is about to show, and so would make
 * that frame lay out or paint more. Should no frame come (a hidden window), it runs after
 * FRAME_FALLBACK_MS.
 */
export function runAfterNextFrame(work: () => void): () => void {
  let cancelled = false;
  let started = false;
  let task: ReturnType<typeof setTimeout> | undefined;
  const afterFrame = (): void => {
    if (started) return;
    started = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    // A task after the frame's rendering: idle periods begin once that frame is committed.
    task = setTimeout(() => !cancelled && work());
  };
  const frame = requestAnimationFrame(afterFrame);
  const fallback = setTimeout(afterFrame, FRAME_FALLBACK_MS);
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    clearTimeout(task);
  };
}

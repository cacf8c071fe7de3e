/**
 * Runs `work` after the next frame has been painted, when the main thread is idle (or after
 * 2 s at the latest). Callers have just put the first screen in the DOM, so that frame is it:
 * work that only a later screen needs then neither delays the first screen nor makes the
 * later one wait.
 */
export function runAfterFirstPaint(work: () => void): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2000 });
      else work();
    }),
  );
}

/**
 * Runs `work` right after the next frame has been painted. Callers have just put the first
 * screen in the DOM, so that frame is it: work for the next screen starts at once without
 * delaying the first.
 */
export function runAfterNextPaint(work: () => void): void {
  requestAnimationFrame(() => setTimeout(work));
}

/**
 * Runs `work` after the next frame has been painted, when the main thread is idle (or after
 * 2 s at the latest): for work that only a later screen might need.
 */
export function runWhenIdleAfterPaint(work: () => void): void {
  runAfterNextPaint(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2000 });
    else work();
  });
}

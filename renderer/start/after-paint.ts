/**
 * Start-up work that only later screens need (running their modules, the other languages' texts,
 * Intl's data) waits until the first screen is on the glass. "Painted" here means presented:
 * the browser reports the first contentful paint only once the compositor has put that frame
 * on the screen. Waiting for the next animation frame is not enough: the renderer's commit
 * comes 10-50 ms before the frame is shown, and on a 2-core kiosk PC work started in between
 * (loading the topic screen's script) delayed the first screen by that much
 * (cold-start traces, bench/README.md).
 *
 * Should the paint never be reported (a window that starts hidden, a browser without paint
 * timing), the work starts after FIRST_PAINT_FALLBACK_MS anyway.
 */
const FIRST_PAINT_FALLBACK_MS = 1000;

let firstPaint: Promise<void> | null = null;

function firstContentfulPaintPresented(): Promise<void> {
  firstPaint ??= new Promise<void>((resolve) => {
    const fallback = setTimeout(done, FIRST_PAINT_FALLBACK_MS);
    let observer: PerformanceObserver | null = null;
    function done(): void {
      clearTimeout(fallback);
      observer?.disconnect();
      resolve();
    }
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length > 0) done();
      });
      observer.observe({ type: 'paint', buffered: true }); // buffered: it may have happened already
    } catch {
      // No paint timing: the fallback timer starts the work.
    }
  });
  return firstPaint;
}

/**
 * Runs `work` as soon as the first screen has been presented: for what a patient may need
 * next (the topic screen's script), so it is ready before anyone can tap.
 */
export function runAfterFirstPaint(work: () => void): void {
  void firstContentfulPaintPresented().then(() => setTimeout(work));
}

/**
 * Runs `work` after the first screen has been presented, when the main thread is idle (or
 * after 2 s at the latest): for work that only a later screen might need.
 */
export function runWhenIdleAfterFirstPaint(work: () => void): void {
  runAfterFirstPaint(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2000 });
    else work();
  });
}

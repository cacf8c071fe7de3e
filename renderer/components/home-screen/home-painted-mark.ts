/**
 * Performance marks for `npm run bench` (scripts/bench/cold-start.ts): how long a cold start
 * takes until the first home screen, with its localized text, is on the screen.
 *
 *   kx-home-text-rendered  the home screen's text is in the DOM (set once per page load)
 *   kx-home-text-painted   that text is painted: the mark's startTime is the paint's time
 *
 * Nothing contentful is painted before the home screen (the shell renders nothing while it
 * loads), so the first contentful paint at or after the render is the frame that showed the
 * text. Its time is the browser's own presentation time, the same clock the bench reads from a
 * static copy of the page, which can run no script. Should an earlier paint ever come first, the
 * fallback is the end of the next rendered frame.
 */
let marked = false;

export function markHomeTextPainted(): void {
  if (marked || typeof PerformanceObserver === 'undefined') return;
  marked = true;
  const rendered = performance.mark('kx-home-text-rendered').startTime;
  const observer = new PerformanceObserver((list) => {
    const paint = list.getEntriesByName('first-contentful-paint')[0];
    if (!paint) return;
    observer.disconnect();
    if (paint.startTime >= rendered) performance.mark('kx-home-text-painted', { startTime: paint.startTime });
    else markAfterNextFrame();
  });
  observer.observe({ type: 'paint', buffered: true });
}

function markAfterNextFrame(): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => performance.mark('kx-home-text-painted');
    channel.port2.postMessage(null);
  });
}

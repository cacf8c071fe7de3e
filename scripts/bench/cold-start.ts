/**
 * Metric 1: cold start to the first localized home screen painted, against the pre-rendered
 * static copy of that screen (bench-home.html: same fonts, same styles, no script).
 *
 * Each sample opens a fresh browser context (empty HTTP cache and storage) and loads the page;
 * app and static copy alternate, and swap order every sample, so both see the same machine.
 * Both figures are ms from the navigation's start on the browser's own paint clock: for the app
 * the `kx-home-text-painted` mark (the first contentful paint, checked to come after the home
 * screen's text was rendered: renderer/components/home-screen/home-painted-mark.ts), for the
 * static copy its first contentful paint. No bench code runs in either page before that paint.
 */
import type { Page } from '@playwright/test';
import type { BenchBrowser, ScreenSize } from './browser';
import { STATIC_HOME } from './static-pages';

export interface ColdStartSamples {
  app: number[];
  staticCopy: number[];
  /** Renderer main-thread CPU time until the paint (CDP ThreadTime, whole renderer process life). */
  appCpu: number[];
  staticCpu: number[];
  /** The resources the app had requested by the time its home text was rendered (for the size metric). */
  homeResources: string[];
}

export async function measureColdStart(browser: BenchBrowser, origin: string, samples: number, screen?: ScreenSize): Promise<ColdStartSamples> {
  const result: ColdStartSamples = { app: [], staticCopy: [], appCpu: [], staticCpu: [], homeResources: [] };
  const runApp = async () => {
    const { time, cpu, resources } = await coldLoad(browser, origin, 'kx-home-text-painted', screen);
    result.app.push(time);
    result.appCpu.push(cpu);
    result.homeResources = resources;
  };
  const runStatic = async () => {
    const { time, cpu } = await coldLoad(browser, origin + STATIC_HOME, 'first-contentful-paint', screen);
    result.staticCopy.push(time);
    result.staticCpu.push(cpu);
  };
  for (let index = 0; index < samples; index += 1) {
    if (index % 2 === 0) {
      await runApp();
      await runStatic();
    } else {
      await runStatic();
      await runApp();
    }
  }
  return result;
}

async function coldLoad(browser: BenchBrowser, url: string, entryName: string, screen?: ScreenSize): Promise<{ time: number; cpu: number; resources: string[] }> {
  const context = await browser.newContext(screen);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'commit' });
    const time = await waitForEntry(page, entryName);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const cpu = (metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? Number.NaN) * 1000;
    // What the home screen needed: every request made before its text was rendered (scripts,
    // styles, data). Later ones, up to the paint, belong to later screens.
    const resources = await page.evaluate(
      (until) => {
        const rendered = performance.getEntriesByName('kx-home-text-rendered')[0]?.startTime ?? until;
        return performance.getEntriesByType('resource').filter((entry) => entry.startTime <= rendered).map((entry) => entry.name);
      },
      time,
    );
    return { time, cpu, resources };
  } finally {
    await context.close();
  }
}

/** Waits for a paint or mark entry with an observer (no polling loop to disturb the page). */
function waitForEntry(page: Page, name: string): Promise<number> {
  return page.evaluate(
    (wanted) =>
      new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no "${wanted}" within 15 s`)), 15_000);
        const observer = new PerformanceObserver((list) => {
          const entry = list.getEntriesByName(wanted)[0];
          if (!entry) return;
          clearTimeout(timer);
          observer.disconnect();
          resolve(entry.startTime);
        });
        observer.observe({ type: wanted.includes('paint') && wanted.startsWith('first') ? 'paint' : 'mark', buffered: true });
      }),
    name,
  );
}

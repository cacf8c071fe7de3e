import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import type { BenchBrowser, ScreenSize } from './browser';
import { PROBE_SCRIPT, type TapCondition, type TapTiming } from './probe';

export interface TapSample {
  /** Wall clock: pointerup.timeStamp to the end of the frame that showed the result. */
  ms: number;
  /** Renderer main-thread CPU time over that span. */
  cpuMs: number;
}

/**
 * One page the bench taps on, in its own context (its own window when headed, so the app and its
 * baseline page can both be visible and alternate tap by tap).
 *
 * Taps are real touch input sent the way Playwright's `tap()` sends it, CDP
 * Input.dispatchTouchEvent touchStart then touchEnd at the element's centre; Chromium turns
 * them into pointer events and a click. Playwright's own `tap()` is not used for measured taps
 * because it first runs actionability checks and listens for the hit target inside the page.
 */
export class TapPage {
  private constructor(
    readonly page: Page,
    private readonly context: BrowserContext,
    private readonly cdp: CDPSession,
  ) {}

  static async open(browser: BenchBrowser, url: string, ready: string, screen?: ScreenSize): Promise<TapPage> {
    const context = await browser.newContext(screen);
    const page = await context.newPage();
    // The app's own errors explain a bench that stops waiting for a screen.
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') console.warn(`[page ${message.type()}] ${message.text()}`);
    });
    page.on('pageerror', (error) => console.warn(`[page error] ${error.message}`));
    await page.goto(url);
    await page.locator(ready).first().waitFor();
    await page.evaluate(PROBE_SCRIPT);
    const tapPage = new TapPage(page, context, await context.newCDPSession(page));
    await tapPage.cdp.send('Performance.enable');
    await tapPage.settle();
    return tapPage;
  }

  /** 1 is the machine's speed; 4 makes the page's main thread four times slower. */
  async throttle(rate: number): Promise<void> {
    await this.cdp.send('Emulation.setCPUThrottlingRate', { rate });
  }

  async tap(selector: string): Promise<void> {
    const box = await this.page.locator(selector).first().boundingBox();
    if (!box) throw new Error(`nothing to tap: ${selector} is not shown`);
    const point = { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }

  /**
   * Taps and returns ms from the tap's pointerup to the rendered frame showing the result, and
   * the renderer main thread's CPU time over the same span (CDP Performance.getMetrics
   * ThreadTime, read before arming and after the result: it includes the probe's two small
   * evaluations). CPU time hardly changes when other processes compete for the cores, so it
   * shows what a tap costs the app even when the wall-clock figure is noisy.
   */
  async measureTap(selector: string, condition: TapCondition): Promise<TapSample> {
    await this.page.locator(selector).first().waitFor();
    const cpuBefore = await this.threadTime();
    await this.page.evaluate((wanted) => window.__kxBench!.arm(wanted), condition);
    await this.tap(selector);
    const timing: TapTiming = await this.page.evaluate(() => window.__kxBench!.result());
    const cpuMs = (await this.threadTime()) - cpuBefore;
    await this.settle();
    return { ms: timing.end - timing.start, cpuMs };
  }

  private async threadTime(): Promise<number> {
    const { metrics } = await this.cdp.send('Performance.getMetrics');
    const seconds = metrics.find((metric) => metric.name === 'ThreadTime')?.value;
    if (seconds === undefined) throw new Error('Chromium reported no ThreadTime metric');
    return seconds * 1000;
  }

  regionText(): Promise<string> {
    return this.page.evaluate(() => window.__kxBench!.regionText());
  }

  /** Lets whatever a tap started afterwards (a diagram loading, focus moves) finish first. */
  async settle(quietMs = 120): Promise<void> {
    await this.page.evaluate(
      (ms) => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, ms)))),
      quietMs,
    );
  }

  close(): Promise<void> {
    return this.context.close();
  }
}

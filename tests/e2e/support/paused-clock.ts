import type { Page } from '@playwright/test';

/**
 * Stops Playwright's clock (installed with page.clock.install) a moment from the page's "now", so
 * only runFor() moves it from here on and the time the test's own steps take does not count.
 *
 * pauseAt() needs a time still ahead of the page's clock, and the clock runs in real time until it
 * is paused: on a busy machine the moment picked can be past before Playwright gets to it
 * ("Cannot fast-forward to the past", seen in a CI run). Then it reads the page's time again and
 * picks a moment further ahead.
 */
export async function pauseClockNow(page: Page): Promise<void> {
  for (const marginMs of [100, 500, 2_000, 5_000]) {
    const pageNow = await page.evaluate(() => Date.now());
    try {
      await page.clock.pauseAt(pageNow + marginMs);
      return;
    } catch (error) {
      if (!String(error).includes('Cannot fast-forward to the past')) throw error;
    }
  }
  throw new Error('Playwright\'s clock could not be paused: the page\'s time kept running past every moment picked');
}

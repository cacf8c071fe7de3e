import type { Page } from '@playwright/test';
import { FALLBACK_RETRY_MS, HANG_GRACE_MS } from '../../../main/recovery/recovery-policy';
import { UNRESPONSIVE_AFTER_MS } from '../../electron-double/web-contents';
import type { KioskLaunch } from '../../electron-double/launch';
import { expect, test } from './fixtures';

// Crash and hang recovery (main/recovery/renderer-health.ts) as wired by main/index.ts, with real
// renderer crashes (CDP Page.crash) and a real busy page, over the Electron test double.

const count = (kiosk: KioskLaunch, event: string) => kiosk.logLines().filter((line) => line.event === event).length;

async function homeShown(kiosk: KioskLaunch): Promise<Page> {
  const page = await kiosk.page();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return page;
}

async function crashAndWaitForReload(kiosk: KioskLaunch, reloadsBefore: number): Promise<void> {
  await (await kiosk.window()).webContents.crashRenderer();
  await expect.poll(() => count(kiosk, 'renderer-reloaded'), { timeout: 10_000 }).toBe(reloadsBefore + 1);
}

test('a crashed renderer is reloaded and the kiosk carries on', async ({ launchKiosk }) => {
  const kiosk = await launchKiosk();
  const crashed = await homeShown(kiosk);
  await crashAndWaitForReload(kiosk, 0);
  const page = await homeShown(kiosk);
  expect(page).not.toBe(crashed);
  expect(kiosk.logLines().find((line) => line.event === 'renderer-crashed')).toMatchObject({ recentFailures: 1 });
  // The new renderer has the preload too.
  expect(await page.evaluate(() => typeof window.kiosk?.getSettings)).toBe('function');
});

test('three crashes within a minute show the recovering page; the kiosk comes back after the rest', async ({ launchKiosk }) => {
  test.setTimeout(FALLBACK_RETRY_MS + 45_000);
  const kiosk = await launchKiosk();
  await homeShown(kiosk);
  await crashAndWaitForReload(kiosk, 0);
  await homeShown(kiosk);
  await crashAndWaitForReload(kiosk, 1);
  await homeShown(kiosk);
  await (await kiosk.window()).webContents.crashRenderer();
  await expect.poll(() => count(kiosk, 'fallback-shown'), { timeout: 10_000 }).toBe(1);
  const recovering = await kiosk.page();
  await expect(recovering.getByText('This screen will be back shortly.')).toBeVisible();

  await expect.poll(() => count(kiosk, 'renderer-reloaded'), { timeout: FALLBACK_RETRY_MS + 10_000, intervals: [1_000] }).toBe(3);
  await homeShown(kiosk);
});

test('a page stuck in a long task is reported unresponsive, crashed after the grace period, and reloaded', async ({ launchKiosk }) => {
  test.setTimeout(UNRESPONSIVE_AFTER_MS + HANG_GRACE_MS + 30_000);
  const kiosk = await launchKiosk();
  const stuck = await homeShown(kiosk);
  void stuck
    .evaluate(() => {
      for (;;) {
        // A script that never yields: no input, no paint, no answer to anything.
      }
    })
    .catch(() => {});
  const kioskWindow = await kiosk.window();
  await expect.poll(() => kioskWindow.history.includes('unresponsive'), { timeout: UNRESPONSIVE_AFTER_MS + 5_000 }).toBe(true);
  await expect.poll(() => count(kiosk, 'renderer-hung'), { timeout: HANG_GRACE_MS + 10_000, intervals: [500] }).toBe(1);
  await expect.poll(() => count(kiosk, 'renderer-reloaded')).toBe(1);
  const page = await homeShown(kiosk);
  expect(page).not.toBe(stuck);
});

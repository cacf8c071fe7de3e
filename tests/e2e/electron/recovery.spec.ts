import type { Page } from '@playwright/test';
import { FALLBACK_RETRY_MS, HANG_GRACE_MS, SILENT_RENDERER_MS } from '../../../main/recovery/recovery-policy';
import { UNRESPONSIVE_AFTER_MS } from '../../electron-double/web-contents';
import type { KioskLaunch } from '../../electron-double/launch';
import { expect, test } from './fixtures';

// Crash and hang recovery (main/recovery/renderer-health.ts) as wired by main/index.ts, with real
// renderer crashes (CDP Page.crash) and a real busy page, over the Electron test double.

// One retry, for a Playwright race only: a page crashed while one of its requests was being
// answered can make Playwright fail the test with "Object with guid response@... was not bound in
// the connection" from inside its own connection, beyond the double's reach (request-routing.ts
// already records such a request instead of reporting it). Seen in 2 of 6 fresh-clone runs. The
// retry must pass every assertion again; the issue note asks for a fix at the source.
test.describe.configure({ retries: 1 });

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

test('a stuck page that a patient touches is reported unresponsive, crashed after the grace period, and reloaded', async ({ launchKiosk }) => {
  test.setTimeout(UNRESPONSIVE_AFTER_MS + HANG_GRACE_MS + 30_000);
  const kiosk = await launchKiosk();
  const stuck = await homeShown(kiosk);
  const kioskWindow = await kiosk.window();
  // Started from a task the page runs next, and waited for, so the key below is sent only once the
  // page is stuck (evaluating the loop itself raced the key on a busy machine).
  await stuck.evaluate(() => {
    setTimeout(() => {
      for (;;) {
        // A script that never yields: no input, no paint, no answer to anything.
      }
    });
  });
  await new Promise((resolve) => setTimeout(resolve, 250));
  // Chromium notices a stuck page when input it sends goes unanswered (tests/electron-double/README.md).
  const press = await kioskWindow.webContents.pressKeys('KeyA');
  expect(press.unanswered).toContain('keyDown a');
  expect(kioskWindow.history).toContain('unresponsive');
  await expect.poll(() => count(kiosk, 'renderer-hung'), { timeout: HANG_GRACE_MS + 10_000, intervals: [500] }).toBe(1);
  await expect.poll(() => count(kiosk, 'renderer-reloaded')).toBe(1);
  const page = await homeShown(kiosk);
  expect(page).not.toBe(stuck);
  expect(kiosk.logLines().filter((line) => line.event === 'renderer-crashed')).toEqual([]);
});

test('a page that answers late but within the grace period is left alone', async ({ launchKiosk }) => {
  test.setTimeout(UNRESPONSIVE_AFTER_MS + HANG_GRACE_MS + 30_000);
  const kiosk = await launchKiosk();
  const page = await homeShown(kiosk);
  const kioskWindow = await kiosk.window();
  const busyMs = UNRESPONSIVE_AFTER_MS + 2_000;
  // As above: the key is sent once the long task is surely under way.
  await page.evaluate((ms) => {
    setTimeout(() => {
      const end = Date.now() + ms;
      while (Date.now() < end) {
        // A long task that ends by itself.
      }
    });
  }, busyMs);
  await new Promise((resolve) => setTimeout(resolve, 250));
  await kioskWindow.webContents.pressKeys('KeyA');
  await expect.poll(() => kioskWindow.history.filter((entry) => entry === 'unresponsive' || entry === 'responsive'), { timeout: busyMs + 5_000 }).toEqual(['unresponsive', 'responsive']);
  // Past the grace period nothing was crashed or reloaded: the same page still shows the kiosk.
  await new Promise((resolve) => setTimeout(resolve, HANG_GRACE_MS));
  expect(count(kiosk, 'renderer-hung')).toBe(0);
  expect(await kiosk.page()).toBe(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a stuck page nobody touches falls silent and is restarted by the heartbeat watchdog', async ({ launchKiosk }) => {
  test.setTimeout(SILENT_RENDERER_MS + 40_000);
  const kiosk = await launchKiosk();
  const stuck = await homeShown(kiosk);
  // The page beats through the real preload and IPC before it gets stuck.
  await expect.poll(() => stuck.evaluate(() => typeof window.kiosk?.reportAlive)).toBe('function');
  void stuck
    .evaluate(() => {
      for (;;) {
        // Stuck, and no input arrives to tell Chromium so.
      }
    })
    .catch(() => {});
  await expect.poll(() => count(kiosk, 'renderer-silent'), { timeout: SILENT_RENDERER_MS + 10_000, intervals: [1_000] }).toBe(1);
  await expect.poll(() => count(kiosk, 'renderer-reloaded')).toBe(1);
  expect(count(kiosk, 'renderer-hung')).toBe(1);
  const page = await homeShown(kiosk);
  expect(page).not.toBe(stuck);
});

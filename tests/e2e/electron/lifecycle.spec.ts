import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readLogEntries } from '../../../main/log/read-log';
import { recentTrouble } from '../../../main/status/kiosk-status';
import { localDay, type UsageCounts } from '../../../main/usage/usage-counts';
import { TOPIC_ID } from '../content-data';
import { expect, test } from './fixtures';

// Start, second launch and the ways a run ends (a quit, a Windows shutdown, a power cut), with the
// real main process over the Electron test double.

test('a second launch gives way to the first, which comes back to the front', async ({ launchKiosk }) => {
  const first = await launchKiosk();
  const firstWindow = await first.window();
  await expect((await first.page()).getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(() => firstWindow.isVisible()).toBe(true);
  firstWindow.minimizeByOs();
  expect(firstWindow.isVisible()).toBe(false);

  const second = await launchKiosk({ userDataDir: first.userDataDir, argv: ['clinic-kiosk', '--from-desktop-icon'] });
  expect(await second.exited).toBe(0);
  expect(second.double.windows).toEqual([]);

  await expect.poll(() => firstWindow.history.slice(-4)).toEqual(['minimized by the OS', 'restore', 'show', 'focus']);
  expect(firstWindow.isMinimized()).toBe(false);
  expect(firstWindow.isFocused()).toBe(true);
});

test('a launch with another user-data folder is a separate kiosk (the lock is per folder)', async ({ launchKiosk }) => {
  const first = await launchKiosk();
  // Each kiosk is let finish loading, so ending them after the test never cuts a page load short.
  await expect((await first.page()).getByRole('heading', { level: 1 })).toBeVisible();
  const other = await launchKiosk();
  await expect((await other.page()).getByRole('heading', { level: 1 })).toBeVisible();
  expect(other.double.app.hasExited).toBe(false);
  expect(first.double.app.hasExited).toBe(false);
});

test('closing the window quits the app, which writes the quit line to the log', async ({ launchKiosk }) => {
  const kiosk = await launchKiosk();
  const kioskWindow = await kiosk.window();
  await expect((await kiosk.page()).getByRole('heading', { level: 1 })).toBeVisible();
  expect(kioskWindow.closeByOs()).toBe(true);
  expect(await kiosk.exited).toBe(0);
  const lines = kiosk.logLines();
  expect(lines.map((line) => line.event)).toEqual(['start', 'quit']);
});

test('a Windows shutdown is a clean end: the quit is logged, the counts of the patient just before it are written, and the next start is not counted as unexpected', async ({ launchKiosk }) => {
  const kiosk = await launchKiosk();
  const kioskWindow = await kiosk.window();
  const page = await kiosk.page();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // A patient opens the topic; its count reaches the main process, which writes it a minute later.
  await page.getByRole('main').getByRole('button').first().click();
  await expect.poll(() => kiosk.double.ipcMain.handledCalls.includes('usage/record')).toBe(true);
  const usageFile = path.join(kiosk.userDataDir, 'usage.json');
  expect(existsSync(usageFile), 'not written yet: the counts wait for a quiet minute or a session end').toBe(false);

  // The clinic's PC shuts down for the night: Windows tells the window, then ends the process.
  kioskWindow.endSessionByOs(['shutdown']);
  await kiosk.kill();

  expect(kiosk.logLines().at(-1)).toMatchObject({ event: 'quit', by: 'system', reasons: 'shutdown' });
  const counts = JSON.parse(readFileSync(usageFile, 'utf8')) as UsageCounts;
  expect(counts.days[localDay(new Date())]?.topics[TOPIC_ID]?.opened).toBe(1);

  // The next morning's start: IT's status file counts no unexpected restart.
  const nextMorning = await launchKiosk({ userDataDir: kiosk.userDataDir });
  await expect(await nextMorning.page().then((shown) => shown.getByRole('heading', { level: 1 }))).toBeVisible();
  const logged = readLogEntries(path.join(kiosk.userDataDir, 'logs'));
  expect(logged.map((entry) => entry.event).filter((event) => event === 'start' || event === 'quit')).toEqual(['start', 'quit', 'start']);
  expect(recentTrouble(logged, new Date()).unexpectedRestarts).toBe(0);
});

test('a Linux shutdown is a clean end too: the quit is logged before the system ends the process, once', async ({ launchKiosk }) => {
  const kiosk = await launchKiosk();
  const page = await kiosk.page();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  kiosk.double.powerMonitor.shutDownByOs();
  // The system's SIGTERM may still come through as a quit: it adds no second line.
  kiosk.double.app.quit();
  expect(await kiosk.exited).toBe(0);
  expect(kiosk.logLines().map((line) => line.event)).toEqual(['start', 'quit']);
  expect(kiosk.logLines().at(-1)).toMatchObject({ event: 'quit', by: 'system', reasons: 'shutdown' });
});

test('a power cut is not a clean end: the next start is counted as unexpected', async ({ launchKiosk }) => {
  const kiosk = await launchKiosk();
  const page = await kiosk.page();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await kiosk.kill();
  expect(kiosk.logLines().map((line) => line.event)).not.toContain('quit');

  const next = await launchKiosk({ userDataDir: kiosk.userDataDir });
  await expect(await next.page().then((shown) => shown.getByRole('heading', { level: 1 }))).toBeVisible();
  expect(recentTrouble(readLogEntries(path.join(kiosk.userDataDir, 'logs')), new Date()).unexpectedRestarts).toBe(1);
});

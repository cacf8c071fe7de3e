import { expect, test } from './fixtures';

// Start, second launch and quit of the real main process, over the Electron test double.

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

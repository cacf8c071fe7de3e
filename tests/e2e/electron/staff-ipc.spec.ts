import { readFileSync } from 'node:fs';
import path from 'node:path';
import { STAFF_EXIT_CODE } from '../../../main/recovery/exit-codes';
import { uiText } from '../content-data';
import { panelStatus, pinPad, staffPanel, typePin } from '../support/staff-controls';
import { expect, test } from './fixtures';

// Staff mode through the real preload (window.kiosk), the real IPC binding and the real settings
// file in the user-data folder, run over the Electron test double (tests/electron-double/).

const panel = staffPanel;

test('staff set a PIN, unlock, change a setting, look at the Usage page and exit the kiosk: each step through IPC, ending with the staff exit code', async ({ launchKiosk }) => {
  const kiosk = await launchKiosk();
  const kioskWindow = await kiosk.window();
  const page = await kiosk.page();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const settingsFile = path.join(kiosk.userDataDir, 'settings.json');

  // First use: the staff shortcut reaches the page, which asks main for the staff status and is told no PIN is set.
  await kioskWindow.webContents.pressKeys('Control+Alt+KeyS');
  await expect(pinPad(page)).toContainText(uiText('en', 'staff.createTitle'));
  await typePin(page, '2468');
  await typePin(page, '2468');
  await expect(panel(page)).toBeVisible();
  await expect(panel(page)).toContainText(`Version ${kiosk.double.app.getVersion()}`);
  // No updateUrl in the IT config: electron-updater is never loaded, and staff are told so.
  await expect(panel(page)).toContainText(uiText('en', 'staff.updatesOff'));
  expect(JSON.parse(readFileSync(settingsFile, 'utf8')).staffPin).toMatchObject({ algorithm: 'scrypt' });

  await panel(page).getByRole('button', { name: 'Español', exact: true }).click();
  await expect(panelStatus(page)).toHaveText(uiText('en', 'staff.saved'));
  expect(JSON.parse(readFileSync(settingsFile, 'utf8'))).toMatchObject({ defaultLanguage: 'es' });

  // A wrong PIN after the session ends is refused by the main process's staff rules.
  await panel(page).getByRole('button', { name: uiText('en', 'staff.done') }).click();
  await kioskWindow.webContents.pressKeys('Control+Alt+KeyS');
  await expect(pinPad(page)).toBeVisible();
  await typePin(page, '0000');
  await expect(pinPad(page)).toContainText(/4/);
  await typePin(page, '2468');
  // The Usage page (staff-screens.js, from app:// under the kiosk's CSP) reads the counts and the
  // removable drives through IPC; staff's own touches are no patient session.
  await panel(page).getByRole('button', { name: uiText('en', 'staff.openUsage') }).click();
  const usagePage = page.getByRole('dialog', { name: uiText('en', 'usage.title') });
  await expect(usagePage.getByText('0 sessions', { exact: true })).toBeVisible();
  await expect(usagePage.getByRole('button', { name: uiText('en', 'usage.lookAgain') })).toBeEnabled();
  await expect(usagePage.getByText(uiText('en', 'usage.drivesFailed'))).toBeHidden();
  await usagePage.getByRole('button', { name: uiText('en', 'usage.close') }).click();
  await panel(page).getByRole('button', { name: uiText('en', 'staff.exit') }).click();
  await panel(page).getByRole('button', { name: uiText('en', 'staff.exitYes') }).click();

  expect(await kiosk.exited).toBe(STAFF_EXIT_CODE);
  const events = kiosk.logLines().map((line) => line.event);
  expect(events).toEqual(expect.arrayContaining(['staff-pin-changed', 'staff-unlocked', 'settings-changed', 'staff-pin-rejected']));
  expect(kiosk.logLines().at(-1)).toMatchObject({ event: 'quit', by: 'staff', exitCode: STAFF_EXIT_CODE });
});

import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { BRIDGE_METHODS, PREVIEW_IPC_PREFIX } from '../../main/ipc/contract';
import { uiText } from './content-data';
import { expect, test } from './fixtures';
import { startSecondKiosk, type SecondKiosk } from './support/second-kiosk';
import { panelStatus, pinPad, staffPanel, typePin } from './support/staff-controls';

// Staff mode changes settings and PIN state, so it runs on its own kiosk with its own settings
// file, one test after another: first use sets the PIN, later tests use it, the lockout comes last.
test.describe.configure({ mode: 'serial' });

const port = Number(process.env.KIOSK_E2E_PORT || 4321) + 12;
const settingsFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'kiosk-staff-')), 'settings.json');
const PIN = '2468';
let kiosk: SecondKiosk;

test.beforeAll(async () => {
  kiosk = await startSecondKiosk({ port, settingsFile });
});
test.afterAll(() => kiosk?.stop());

test.beforeEach(async ({ kioskGuard }) => kioskGuard.allowOrigin(kiosk.url));

async function open(page: Page): Promise<void> {
  await page.goto(kiosk.url);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

const panel = staffPanel;

test('first use: holding a top corner for 3 seconds asks staff to set a PIN, typed twice', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.clock.install();
  await open(page);
  // The staff screens are a script of their own, fetched only when staff ask for them.
  await page.getByRole('main').getByRole('button').first().click();
  await page.getByRole('navigation').waitFor();
  await page.clock.runFor(5_000);
  expect(requested).not.toContain('/staff-screens.js');
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  // A short press does nothing.
  await page.mouse.move(10, 10);
  await page.mouse.down();
  await page.clock.runFor(1_500);
  await page.mouse.up();
  await page.clock.runFor(3_000);
  await expect(pinPad(page)).toBeHidden();
  // Held for 3 seconds, it opens the pad.
  await page.mouse.down();
  await page.clock.runFor(3_100);
  await page.mouse.up();
  await expect(pinPad(page)).toBeVisible();
  await expect(pinPad(page)).toContainText(uiText('en', 'staff.createTitle'));
  expect(requested.filter((pathname) => pathname === '/staff-screens.js')).toHaveLength(1);

  await typePin(page, PIN);
  await expect(pinPad(page)).toContainText(uiText('en', 'staff.confirmPrompt'));
  await typePin(page, '1357');
  await expect(pinPad(page)).toContainText(uiText('en', 'staff.mismatch'));
  await typePin(page, PIN);
  await typePin(page, PIN);
  await expect(panel(page)).toBeVisible();

  // Only a salted hash is stored.
  const stored = readFileSync(settingsFile, 'utf8');
  expect(stored).not.toContain(PIN);
  expect(JSON.parse(stored).staffPin).toMatchObject({ algorithm: 'scrypt' });
});

test('Ctrl+Alt+S opens the PIN pad; a wrong PIN says how many tries are left; the right one opens the panel', async ({ page }) => {
  await open(page);
  await page.keyboard.press('Control+Alt+KeyS');
  await expect(pinPad(page)).toContainText(uiText('en', 'staff.pinPrompt'));
  await typePin(page, '0000');
  await expect(pinPad(page)).toContainText('Wrong PIN. 4 tries left.');
  await typePin(page, PIN);
  await expect(panel(page)).toBeVisible();
  await expect(panel(page)).toContainText(/Version \d+\.\d+\.\d+/);
  // No update server in this kiosk's IT config: staff are told it does not look for updates.
  await expect(panel(page).getByRole('region', { name: uiText('en', 'staff.updates') })).toContainText(uiText('en', 'staff.updatesOff'));
  await expect(panel(page).getByRole('button', { name: uiText('en', 'staff.installNow') })).toHaveCount(0);
});

test('a downloaded update: staff see its version and quiet hours, and Install update now asks first, then installs', async ({ page }) => {
  await page.route('**/__kiosk/ipc/update/status', (route) =>
    route.fulfill({ json: { ok: true, configured: true, phase: 'ready', readyVersion: '1.5.0', lastCheck: { at: new Date().toISOString(), result: 'update-found' }, quietHours: { start: '02:00', end: '05:00' } } }),
  );
  let installs = 0;
  await page.route('**/__kiosk/ipc/update/install-now', (route) => {
    installs += 1;
    return route.fulfill({ json: { ok: true } });
  });
  await open(page);
  await page.keyboard.press('Control+Alt+KeyS');
  await typePin(page, PIN);
  const updates = panel(page).getByRole('region', { name: uiText('en', 'staff.updates') });
  await expect(updates).toContainText('Version 1.5.0 is ready. It installs by itself between 02:00 and 05:00, when no patient is using the kiosk.');
  await updates.getByRole('button', { name: uiText('en', 'staff.installNow') }).click();
  await expect(updates).toContainText(uiText('en', 'staff.installConfirm'));
  await updates.getByRole('button', { name: uiText('en', 'staff.cancel') }).click();
  expect(installs).toBe(0);
  await updates.getByRole('button', { name: uiText('en', 'staff.installNow') }).click();
  await updates.getByRole('button', { name: uiText('en', 'staff.installYes') }).click();
  await expect(updates.getByRole('status')).toHaveText(uiText('en', 'staff.updatesInstalling'));
  expect(installs).toBe(1);
});

test('a settings change persists across a reload: default language, order of languages, idle time; the reloaded page never inherits the staff session', async ({ page }) => {
  await open(page);
  await page.keyboard.press('Control+Alt+KeyS');
  await typePin(page, PIN);
  await panel(page).getByRole('button', { name: 'Español', exact: true }).click();
  await expect(panelStatus(page)).toHaveText(uiText('en', 'staff.saved'));
  await panel(page).getByRole('button', { name: 'Move العربية up' }).click();
  await panel(page).getByRole('button', { name: uiText('en', 'staff.longer') }).click();
  await expect.poll(() => JSON.parse(readFileSync(settingsFile, 'utf8'))).toMatchObject({ defaultLanguage: 'es', idleTimeoutSeconds: 105, enabledLanguages: ['en', 'es', 'ar', 'fr', 'zh-Hans', 'vi'] });

  // Reloaded with the panel still open. The server ends the staff session as it serves the page,
  // which arrives with its settings written in, so the page asks the main process for neither.
  const calls: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith(PREVIEW_IPC_PREFIX)) calls.push(pathname.slice(PREVIEW_IPC_PREFIX.length));
  });
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  expect(calls.filter((channel) => channel === BRIDGE_METHODS.getSettings || channel === BRIDGE_METHODS.endStaffSession)).toEqual([]);
  // The kiosk now starts in Spanish, and the picker follows the new order.
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.getByRole('banner').locator('button.language-button').click();
  await expect(page.getByRole('dialog').locator('.native')).toHaveText([/English/, /Español/, /العربية/, /Français/, /中文/, /Tiếng Việt/]);

  // The staff session is over: the PIN is asked again, not the panel shown.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Alt+KeyS');
  await expect(pinPad(page)).toBeVisible();
  await expect(panel(page)).toHaveCount(0);
});

test('staff turn read-aloud off and back on, and set its volume and speed; the player follows at once', async ({ page, languages }) => {
  await open(page);
  await languages.choose('English');
  const listen = page.locator('kx-home-screen kx-listen-button button');
  await expect(listen).toBeVisible();
  await page.keyboard.press('Control+Alt+KeyS');
  await typePin(page, PIN);
  await expect(panel(page).getByRole('heading', { name: uiText('en', 'staff.readAloud') })).toBeVisible();
  const choice = (className: string, label: string) => panel(page).locator(`button.${className}`).filter({ hasText: label });
  await choice('read-aloud-off', uiText('en', 'staff.readAloudOff')).click();
  await expect(panelStatus(page)).toHaveText(uiText('en', 'staff.saved'));
  // Staff tap the last two and Done at once, while those saves are still on their way (held back
  // here): Done waits for them before it ends the staff session, or they would be refused.
  await page.route(`**${PREVIEW_IPC_PREFIX}${BRIDGE_METHODS.updateSettings}`, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await route.continue();
  });
  await choice('volume-quiet', uiText('en', 'staff.readAloudVolumes.quiet')).click();
  await choice('speed-slower', uiText('en', 'staff.readAloudSpeeds.slower')).click();
  await panel(page).getByRole('button', { name: uiText('en', 'staff.done') }).click();
  await expect(panel(page)).toBeHidden();
  await page.unroute(`**${PREVIEW_IPC_PREFIX}${BRIDGE_METHODS.updateSettings}`);
  await expect(listen).toHaveCount(0);
  expect(JSON.parse(readFileSync(settingsFile, 'utf8'))).toMatchObject({ readAloud: false, readAloudVolume: 'quiet', readAloudSpeed: 'slower' });

  await page.keyboard.press('Control+Alt+KeyS');
  await typePin(page, PIN);
  await choice('read-aloud-on', uiText('en', 'staff.readAloudOn')).click();
  await panel(page).getByRole('button', { name: uiText('en', 'staff.done') }).click();
  await listen.click();
  await expect
    .poll(() => page.evaluate(() => { const audio = document.querySelector<HTMLAudioElement>('audio[data-read-aloud]'); return audio ? [audio.volume, audio.playbackRate] : null; }))
    .toEqual([0.4, 0.8]);
});

test('fast taps each count: two taps on "Longer" or "Move down" before the first is saved make two steps; a refused change goes back on screen and what was tapped on top of it is not sent', async ({ page, languages }) => {
  await open(page);
  await languages.choose('English'); // an earlier test made Spanish the default
  await page.keyboard.press('Control+Alt+KeyS');
  await typePin(page, PIN);
  const saved = () => JSON.parse(readFileSync(settingsFile, 'utf8')) as { idleTimeoutSeconds: number; enabledLanguages: string[] };
  const idleBefore = saved().idleTimeoutSeconds;
  const idleValue = panel(page).locator('.stepper .value').first();
  await expect(idleValue).toHaveText(`${idleBefore} seconds`);
  const languagesBefore = saved().enabledLanguages;
  const second = languagesBefore[1]!;
  const languageName = await panel(page).locator(`button[lang="${second}"]`).first().textContent();

  // Each save held back, so the second tap comes while the first is still on its way.
  const sent: unknown[] = [];
  const updateRoute = `**${PREVIEW_IPC_PREFIX}${BRIDGE_METHODS.updateSettings}`;
  await page.route(updateRoute, async (route) => {
    sent.push(route.request().postDataJSON());
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  const longer = panel(page).getByRole('button', { name: uiText('en', 'staff.longer') });
  await longer.click();
  await longer.click();
  // Shown at once, before either is saved.
  await expect(idleValue).toHaveText(`${idleBefore + 30} seconds`);
  await panel(page).getByRole('button', { name: `Move ${languageName!.trim()} down` }).click();
  await panel(page).getByRole('button', { name: `Move ${languageName!.trim()} down` }).click();
  const movedTwice = [...languagesBefore];
  movedTwice.splice(1, 1);
  movedTwice.splice(3, 0, second);
  await expect.poll(saved).toMatchObject({ idleTimeoutSeconds: idleBefore + 30, enabledLanguages: movedTwice });
  expect(sent).toHaveLength(4);
  await expect(panelStatus(page)).toHaveText(uiText('en', 'staff.saved'));
  await expect(idleValue).toHaveText(`${idleBefore + 30} seconds`);

  // The main process refuses the next change (as it would a settings file it cannot write).
  await page.unroute(updateRoute);
  sent.length = 0;
  await page.route(updateRoute, async (route) => {
    sent.push(route.request().postDataJSON());
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.fulfill({ json: { ok: false, reason: 'invalid', message: 'the disk is full' } });
  });
  await longer.click();
  await longer.click();
  await expect(panelStatus(page)).toHaveText(uiText('en', 'staff.saveFailed').replace('{{message}}', 'the disk is full'));
  await expect(idleValue).toHaveText(`${idleBefore + 30} seconds`);
  expect(sent, 'the tap made on top of the refused change was not sent').toHaveLength(1);
  expect(saved().idleTimeoutSeconds).toBe(idleBefore + 30);
  await page.unroute(updateRoute);

  // Put back for the tests after this one.
  await panel(page).getByRole('button', { name: uiText('en', 'staff.shorter') }).click();
  await panel(page).getByRole('button', { name: uiText('en', 'staff.shorter') }).click();
  await expect.poll(() => saved().idleTimeoutSeconds).toBe(idleBefore);
  await panel(page).getByRole('button', { name: `Move ${languageName!.trim()} up` }).click();
  await panel(page).getByRole('button', { name: `Move ${languageName!.trim()} up` }).click();
  await expect.poll(() => saved().enabledLanguages).toEqual(languagesBefore);
});

/** "Change: Clinic name", as the panel's button for a typed field is named. */
const changeFieldLabel = (fieldKey: string) => uiText('en', 'staff.changeField').replace('{{field}}', uiText('en', fieldKey));

test('staff turn handout printing on and choose paper, a daily limit and the clinic line (on the on-screen keyboard); with no printer the patient is sent to the front desk', async ({ page, languages }) => {
  await open(page);
  await languages.choose('English'); // an earlier test made Spanish the default
  await page.keyboard.press('Control+Alt+KeyS');
  await typePin(page, PIN);
  const section = panel(page).locator('section', { has: page.getByRole('heading', { name: uiText('en', 'staff.printing') }) });
  await expect(section).toContainText(uiText('en', 'staff.noPrinters'));
  await expect(section.getByRole('button', { name: uiText('en', 'staff.printerDefault') })).toHaveAttribute('aria-pressed', 'true');
  await section.getByRole('button', { name: uiText('en', 'staff.printingOn') }).click();
  await expect(panelStatus(page)).toHaveText(uiText('en', 'staff.saved'));
  await section.getByRole('button', { name: 'Letter' }).click();
  // Two taps on More in the same moment (one task, before the panel renders again) are two steps.
  await section.getByRole('button', { name: uiText('en', 'staff.more') }).evaluate((more: HTMLButtonElement) => {
    more.click();
    more.click();
  });
  await section.getByRole('button', { name: uiText('en', 'staff.fewer') }).click();
  await expect(section.locator('.stepper .value')).toHaveText('60');
  await expect.poll(() => JSON.parse(readFileSync(settingsFile, 'utf8'))).toMatchObject({ printingEnabled: true, paperSize: 'Letter', dailyPrintLimit: 60 });

  // The clinic's line, typed on the on-screen keyboard: a name with a capital at each word, and a phone.
  await section.getByRole('button', { name: changeFieldLabel('staff.clinicName') }).click();
  const keyboard = page.getByRole('dialog', { name: uiText('en', 'staff.clinicName') });
  for (const key of ['H', 'i', 'l', 'l', uiText('en', 'keyboard.space'), 'C', 'l', 'i', 'n', 'i', 'c', 'x']) await keyboard.getByRole('button', { name: key, exact: true }).click();
  await keyboard.getByRole('button', { name: uiText('en', 'staff.delete') }).click();
  await expect(keyboard.locator('output')).toHaveText('Hill Clinic');
  await keyboard.getByRole('button', { name: uiText('en', 'keyboard.save') }).click();
  await expect(keyboard).toBeHidden();
  await expect(panel(page)).toBeVisible();
  await section.getByRole('button', { name: changeFieldLabel('staff.clinicPhone') }).click();
  const phonePad = page.getByRole('dialog', { name: uiText('en', 'staff.clinicPhone') });
  for (const key of ['5', '5', '5', uiText('en', 'keyboard.space'), '0', '1', '0', '0']) await phonePad.getByRole('button', { name: key, exact: true }).click();
  await phonePad.getByRole('button', { name: uiText('en', 'keyboard.save') }).click();
  await expect(section.locator('.clinic-line')).toContainText('Hill Clinic');
  await expect(section.locator('.clinic-line')).toContainText('555 0100');
  // Cancel keeps what was saved.
  await section.getByRole('button', { name: changeFieldLabel('staff.clinicName') }).click();
  await keyboard.getByRole('button', { name: uiText('en', 'keyboard.clear') }).click();
  await keyboard.getByRole('button', { name: uiText('en', 'staff.cancel') }).click();
  await expect(keyboard).toBeHidden();
  await expect(section.locator('.clinic-line')).toContainText('Hill Clinic');
  expect(JSON.parse(readFileSync(settingsFile, 'utf8'))).toMatchObject({ clinicName: 'Hill Clinic', clinicPhone: '555 0100' });
  await panel(page).getByRole('button', { name: uiText('en', 'staff.done') }).click();

  // A patient now finds "Take this home"; this preview has no printer, so Print says to ask at the desk.
  await page.getByRole('main').getByRole('button').first().click();
  await page.getByRole('button', { name: uiText('en', 'takeHome.button') }).click();
  const sheet = page.getByRole('dialog', { name: uiText('en', 'takeHome.title') });
  await sheet.getByRole('button', { name: uiText('en', 'takeHome.print') }).click();
  await expect(sheet.getByRole('status')).toHaveText(uiText('en', 'takeHome.askFrontDesk'));
});

test('staff can change the PIN from the panel; the new one works and the old one no longer does', async ({ page, languages }) => {
  await open(page);
  await languages.choose('English');
  await page.keyboard.press('Control+Alt+KeyS');
  await typePin(page, PIN);
  await panel(page).getByRole('button', { name: uiText('en', 'staff.changePin') }).click();
  await expect(pinPad(page)).toContainText(uiText('en', 'staff.changeTitle'));
  await typePin(page, '97531');
  await typePin(page, '97531');
  await expect(panelStatus(page)).toHaveText(uiText('en', 'staff.pinChanged'));
  await panel(page).getByRole('button', { name: uiText('en', 'staff.done') }).click();

  await page.keyboard.press('Control+Alt+KeyS');
  await typePin(page, PIN);
  await expect(pinPad(page)).toContainText('Wrong PIN.');
  await typePin(page, '97531');
  await expect(panel(page)).toBeVisible();
  await panel(page).getByRole('button', { name: uiText('en', 'staff.done') }).click();
});

test('five wrong PINs lock the pad, and even the right PIN is refused while it is locked', async ({ page, languages }) => {
  await open(page);
  await languages.choose('English'); // the previous test made Spanish the default
  await page.keyboard.press('Control+Alt+KeyS');
  for (let attempt = 0; attempt < 5; attempt += 1) await typePin(page, '1111');
  await expect(pinPad(page)).toContainText(/Too many wrong tries\. Try again in (60|59) seconds\./);
  await expect(pinPad(page).getByRole('button', { name: '2', exact: true })).toBeDisabled();
  // Closing and reopening the pad does not lift the lock (it is kept in the main process).
  await pinPad(page).getByRole('button', { name: uiText('en', 'staff.cancel') }).click();
  await page.keyboard.press('Control+Alt+KeyS');
  await expect(pinPad(page)).toContainText(/Too many wrong tries/);
  await expect(panel(page)).toBeHidden();
});

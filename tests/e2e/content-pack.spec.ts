import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import type { Page } from '@playwright/test';
import path from 'node:path';
import { generatePackKeyPair } from '../../main/content-packs/pack-signing';
import { writeContentPack } from '../../scripts/content-packs/write-pack';
import { startPreviewServer, type RunningPreview } from '../../scripts/preview/start-preview-server';
import { topicText, uiText } from './content-data';
import { expect, test } from './fixtures';
import { staffPanel, typePin } from './support/staff-controls';

// A content pack end to end, on a kiosk of its own: built from this kiosk's own content with one
// title changed, signed, put on a "USB stick" (KIOSK_REMOVABLE_DRIVES_DIR), installed by staff,
// shown after the next idle reset; then a damaged pack is refused and the content stays.

test.describe.configure({ mode: 'serial' });

const port = Number(process.env.KIOSK_E2E_PORT || 4321) + 17;
const folder = mkdtempSync(path.join(os.tmpdir(), 'kiosk-content-pack-e2e-'));
const stick = path.join(folder, 'sticks', 'USB');
const PIN = '2468';
const KEY = generatePackKeyPair();
const NEW_TITLE = `${topicText('en', 'title')} (updated)`;
const OLDER_TITLE = `${topicText('en', 'title')} (November)`;
let kiosk: RunningPreview;

test.beforeAll(async () => {
  mkdirSync(stick, { recursive: true });
  const itConfig = path.join(folder, 'it-config.json');
  writeFileSync(itConfig, JSON.stringify({ contentPackKeys: [KEY.publicKey] }));
  const dist = path.join(folder, 'dist');
  kiosk = await startPreviewServer({
    port,
    env: { KIOSK_DIST_DIR: dist, KIOSK_IT_CONFIG: itConfig, KIOSK_INITIAL_PIN: PIN, KIOSK_REMOVABLE_DRIVES_DIR: path.join(folder, 'sticks'), KIOSK_CONTENT_PACKS_DIR: path.join(folder, 'packs') },
  });
  // The pack: this build's content, English title changed.
  const source = path.join(folder, 'pack-source');
  for (const part of ['content', 'locales', 'audio']) cpSync(path.join(dist, 'renderer', part), path.join(source, part), { recursive: true });
  const english = path.join(source, 'content', 'muscle-atrophy', 'en.json');
  writeFileSync(english, JSON.stringify({ ...(JSON.parse(readFileSync(english, 'utf8')) as object), title: NEW_TITLE }));
  const packFile = path.join(stick, 'clinic-topics-2026.12.0.kioskpack');
  await writeContentPack({ appFolder: source, name: 'clinic-topics', version: '2026.12.0', minAppVersion: '0.0.1', privateKeyPem: KEY.privateKeyPem, outFile: packFile });
  // A copy damaged on the way: one byte changed in the middle.
  const damaged = readFileSync(packFile);
  const middle = Math.floor(damaged.length / 2);
  damaged.writeUInt8(damaged.readUInt8(middle) ^ 0xff, middle);
  writeFileSync(path.join(stick, 'clinic-topics-2026.12.1.kioskpack'), damaged);
  // Last month's pack, with its own title: older than the one staff install first.
  writeFileSync(english, JSON.stringify({ ...(JSON.parse(readFileSync(english, 'utf8')) as object), title: OLDER_TITLE }));
  await writeContentPack({ appFolder: source, name: 'clinic-topics', version: '2026.11.0', minAppVersion: '0.0.1', privateKeyPem: KEY.privateKeyPem, outFile: path.join(stick, 'clinic-topics-2026.11.0.kioskpack') });
});
test.afterAll(() => kiosk?.stop());

async function openStaffPanel(page: Page) {
  await page.keyboard.press('Control+Alt+KeyS');
  await typePin(page, PIN);
  const section = staffPanel(page).getByRole('region', { name: uiText('en', 'staff.content') });
  await section.getByRole('button', { name: uiText('en', 'staff.contentFromUsb') }).click();
  return section;
}

/** Checking a pack's signature and unpacking it took over 5 s on a busy two-core CI machine. */
const INSTALL_TIME = 30_000;

test('staff install a signed pack from a USB stick; patients see it after the next idle reset, not before', async ({ page, kioskGuard }) => {
  kioskGuard.allowOrigin(kiosk.origin);
  await page.clock.install();
  await page.goto(kiosk.origin);
  const main = page.getByRole('main');
  await expect(main).toContainText(topicText('en', 'title'));
  const section = await openStaffPanel(page);
  await expect(section).toContainText(uiText('en', 'staff.contentBuiltIn'));
  await section.getByRole('button', { name: 'Install \u2068clinic-topics-2026.12.0.kioskpack\u2069 from \u2068USB\u2069' }).click();
  await expect(section.getByRole('status')).toContainText('Installed version 2026.12.0. Patients will see it after the next reset.', { timeout: INSTALL_TIME });
  await expect(section).toContainText('Version 2026.12.0 is installed. Patients will see it after the next reset.');
  await staffPanel(page).getByRole('button', { name: uiText('en', 'staff.done') }).click();
  // Nothing changes under anyone's eyes.
  await expect(main).not.toContainText(NEW_TITLE);

  // Walks away: the idle prompt, the reset, and the page reloads with the pack.
  await page.clock.runFor(90_000 + 20_000 + 1_000);
  await expect(page.getByRole('main')).toContainText(NEW_TITLE, { timeout: 15_000 });
  await expect.poll(() => kiosk.errorOutput()).toContain('content-pack-switched {"version":"2026.12.0"}');
});

test('a damaged pack is refused with a plain reason, and the content stays as it is', async ({ page, kioskGuard }) => {
  kioskGuard.allowOrigin(kiosk.origin);
  await page.goto(kiosk.origin);
  await expect(page.getByRole('main')).toContainText(NEW_TITLE);
  const section = await openStaffPanel(page);
  await expect(section).toContainText('Showing content pack \u2068clinic-topics\u2069, version 2026.12.0');
  await section.getByRole('button', { name: 'Install \u2068clinic-topics-2026.12.1.kioskpack\u2069 from \u2068USB\u2069' }).click();
  await expect(section.getByRole('status')).toContainText(/This pack was not installed: .* Nothing was changed\./);
  await expect.poll(() => kiosk.errorOutput()).toContain('content-pack-refused');
  await staffPanel(page).getByRole('button', { name: uiText('en', 'staff.done') }).click();
  await page.reload();
  await expect(page.getByRole('main')).toContainText(NEW_TITLE);
});

test('an older pack is refused at first; staff can then install it on purpose, and patients see it after the next reset', async ({ page, kioskGuard }) => {
  kioskGuard.allowOrigin(kiosk.origin);
  await page.clock.install();
  await page.goto(kiosk.origin);
  await expect(page.getByRole('main')).toContainText(NEW_TITLE);
  const section = await openStaffPanel(page);
  await section.getByRole('button', { name: 'Install \u2068clinic-topics-2026.11.0.kioskpack\u2069 from \u2068USB\u2069' }).click();
  await expect(section.getByRole('status')).toContainText('This pack was not installed: it is not newer than the content installed. Nothing was changed.');
  // Cancel leaves everything as it was; asking again brings the question back.
  await section.getByRole('button', { name: uiText('en', 'staff.cancel') }).click();
  await expect(section.getByRole('button', { name: uiText('en', 'staff.contentOlderYes') })).toHaveCount(0);
  await section.getByRole('button', { name: 'Install \u2068clinic-topics-2026.11.0.kioskpack\u2069 from \u2068USB\u2069' }).click();
  await section.getByRole('button', { name: uiText('en', 'staff.contentOlderYes') }).click();
  await expect(section.getByRole('status')).toContainText('Installed version 2026.11.0. Patients will see it after the next reset.', { timeout: INSTALL_TIME });
  await staffPanel(page).getByRole('button', { name: uiText('en', 'staff.done') }).click();
  await expect(page.getByRole('main')).toContainText(NEW_TITLE);
  await page.clock.runFor(90_000 + 20_000 + 1_000);
  await expect(page.getByRole('main')).toContainText(OLDER_TITLE, { timeout: 15_000 });
});

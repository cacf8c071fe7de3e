import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { generatePackKeyPair } from '../../main/content-packs/pack-signing';
import { writeContentIndex, writeContentPack } from '../../scripts/content-packs/write-pack';
import { startPreviewServer, type RunningPreview } from '../../scripts/preview/start-preview-server';
import { topicText, uiText } from './content-data';
import { expect, test } from './fixtures';
import { staffPanel, typePin } from './support/staff-controls';

// Content packs pulled from the clinic's server (IT config contentUpdateUrl), end to end: a plain
// HTTP server on 127.0.0.1 stands for it. The kiosk finds a new signed pack, installs it, and shows
// it after the next idle reset; then the server offers a damaged pack, which the kiosk refuses, and
// the text stays; then it offers a well-signed pack the page cannot start with, which the kiosk
// takes back by itself. The preview looks every 2 seconds (KIOSK_CONTENT_CHECK_SECONDS) instead of daily.

test.describe.configure({ mode: 'serial' });

const port = Number(process.env.KIOSK_E2E_PORT || 4321) + 18;
const folder = mkdtempSync(path.join(os.tmpdir(), 'kiosk-content-server-e2e-'));
const serverFolder = path.join(folder, 'server');
const KEY = generatePackKeyPair();
const OLD_TITLE = topicText('en', 'title');
const NEW_TITLE = `${OLD_TITLE} (from the server)`;
let kiosk: RunningPreview;
let contentServer: Server;
let packSource: string;

/** The clinic's content server: files from serverFolder, nothing else. */
function serveFolder(): Promise<string> {
  contentServer = createServer((request, response) => {
    const name = decodeURIComponent((request.url ?? '').replace(/^\/packs\//, ''));
    if (!/^[\w.-]+$/.test(name)) return void response.writeHead(404).end();
    let body: Buffer;
    try {
      body = readFileSync(path.join(serverFolder, name));
    } catch {
      return void response.writeHead(404).end();
    }
    response.writeHead(200).end(body);
  });
  return new Promise((resolve) => contentServer.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(contentServer.address() as AddressInfo).port}/packs/`)));
}

/** Builds a pack of this kiosk's content with the English title changed, and publishes it with its index (optionally damaged on the server). */
async function publish(version: string, damage = false, appFolder = packSource): Promise<void> {
  const staging = path.join(folder, `staging-${version}`);
  mkdirSync(staging, { recursive: true });
  const packFile = path.join(staging, `clinic-topics-${version}.kioskpack`);
  const manifest = await writeContentPack({ appFolder, name: 'clinic-topics', version, minAppVersion: '0.0.1', privateKeyPem: KEY.privateKeyPem, outFile: packFile });
  if (damage) {
    // Damaged before the index was made: the download matches the index, but not the pack's own signed hashes.
    const bytes = readFileSync(packFile);
    const middle = Math.floor(bytes.length / 2);
    bytes.writeUInt8(bytes.readUInt8(middle) ^ 0xff, middle);
    writeFileSync(packFile, bytes);
  }
  const { file: indexFile } = await writeContentIndex(packFile, manifest);
  // As the docs say: the pack first, then the index that names it.
  cpSync(packFile, path.join(serverFolder, path.basename(packFile)));
  cpSync(indexFile, path.join(serverFolder, 'content-latest.json'));
}

test.beforeAll(async () => {
  mkdirSync(serverFolder, { recursive: true });
  const contentUpdateUrl = await serveFolder();
  const itConfig = path.join(folder, 'it-config.json');
  writeFileSync(itConfig, JSON.stringify({ contentPackKeys: [KEY.publicKey], contentUpdateUrl }));
  const dist = path.join(folder, 'dist');
  kiosk = await startPreviewServer({
    port,
    env: { KIOSK_DIST_DIR: dist, KIOSK_IT_CONFIG: itConfig, KIOSK_INITIAL_PIN: '2468', KIOSK_CONTENT_PACKS_DIR: path.join(folder, 'packs'), KIOSK_CONTENT_CHECK_SECONDS: '2' },
  });
  packSource = path.join(folder, 'pack-source');
  for (const part of ['content', 'locales', 'audio']) cpSync(path.join(dist, 'renderer', part), path.join(packSource, part), { recursive: true });
  const english = path.join(packSource, 'content', 'muscle-atrophy', 'en.json');
  writeFileSync(english, JSON.stringify({ ...(JSON.parse(readFileSync(english, 'utf8')) as object), title: NEW_TITLE }));
});
test.afterAll(async () => {
  await kiosk?.stop();
  contentServer?.close();
});

test('the kiosk pulls a new signed pack from the clinic server and shows it after the next idle reset, not before', async ({ page, kioskGuard }) => {
  kioskGuard.allowOrigin(kiosk.origin);
  await page.clock.install();
  await page.goto(kiosk.origin);
  const main = page.getByRole('main');
  await expect(main).toContainText(OLD_TITLE);
  // Nothing on the server yet: the kiosk's looks fail quietly.
  await expect.poll(() => kiosk.errorOutput(), { timeout: 15_000 }).toContain('content-update-check {"result":"failed"');

  await publish('2026.12.0');
  await expect.poll(() => kiosk.errorOutput(), { timeout: 20_000 }).toContain('content-update-check {"result":"installed","version":"2026.12.0"}');
  // Installed, but nobody sees a page change while reading.
  await expect(main).not.toContainText(NEW_TITLE);

  // The patient walks away: the idle prompt, the reset, and the page reloads with the new pack.
  await page.clock.runFor(90_000 + 20_000 + 1_000);
  await expect(page.getByRole('main')).toContainText(NEW_TITLE, { timeout: 15_000 });
  await expect.poll(() => kiosk.errorOutput()).toContain('content-pack-switched {"version":"2026.12.0"}');
});

test('a damaged pack on the server is refused, and the text stays', async ({ page, kioskGuard }) => {
  kioskGuard.allowOrigin(kiosk.origin);
  await publish('2026.12.1', true);
  await expect.poll(() => kiosk.errorOutput(), { timeout: 20_000 }).toContain('content-update-check {"result":"refused","version":"2026.12.1"');
  expect(kiosk.errorOutput()).toContain('content-pack-refused');
  await page.clock.install();
  await page.goto(kiosk.origin);
  await expect(page.getByRole('main')).toContainText(NEW_TITLE);
  // Even after a reset: nothing new waits.
  await page.clock.runFor(90_000 + 20_000 + 1_000);
  await expect(page.getByRole('main')).toContainText(NEW_TITLE);
  expect(kiosk.errorOutput()).not.toContain('content-pack-switched {"version":"2026.12.1"}');
  // Staff see why, in plain words.
  await page.keyboard.press('Control+Alt+KeyS');
  await typePin(page, '2468');
  const section = staffPanel(page).getByRole('region', { name: uiText('en', 'staff.content') });
  await expect(section).toContainText(/Last look: .*, version 2026\.12\.1 was not installed: the file is damaged or incomplete\./);
});

test('a signed pack the page cannot start with is taken back by itself, and not taken again from the server', async ({ page, kioskGuard }) => {
  kioskGuard.allowOrigin(kiosk.origin);
  // Signed and whole, but its English texts are not JSON: the kiosk cannot start with it.
  const broken = path.join(folder, 'broken-source');
  cpSync(packSource, broken, { recursive: true });
  writeFileSync(path.join(broken, 'locales', 'en', 'ui.json'), '{ "home": ');
  await publish('2026.12.2', false, broken);
  await expect.poll(() => kiosk.errorOutput(), { timeout: 20_000 }).toContain('content-update-check {"result":"installed","version":"2026.12.2"}');
  await page.clock.install();
  await page.goto(kiosk.origin);
  await expect(page.getByRole('main')).toContainText(NEW_TITLE);
  // The reset switches to it; the page fails, says so, and loads again with the pack before.
  await page.clock.runFor(90_000 + 20_000 + 1_000);
  await expect.poll(() => kiosk.errorOutput(), { timeout: 15_000 }).toContain(
    'content-pack-failed-to-start {"version":"2026.12.2","reason":"the page could not start with it","nowShowing":"2026.12.0"}',
  );
  await expect(page.getByRole('main')).toContainText(NEW_TITLE, { timeout: 15_000 });
  // The server still offers it; the kiosk leaves it alone.
  await expect.poll(() => kiosk.errorOutput(), { timeout: 20_000 }).toContain('content-update-check {"result":"skipped","version":"2026.12.2","reason":"failed-to-start-before"}');
});

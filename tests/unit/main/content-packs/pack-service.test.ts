import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { createKioskServices } from '../../../../main/kiosk-services';
import { createPackService } from '../../../../main/content-packs/pack-service';
import type { KioskLogEvent } from '../../../../main/log/rotating-log';
import { generatePackKeyPair } from '../../../../main/content-packs/pack-signing';
import { hashPin } from '../../../../main/staff/pin-hash';
import { folderDriveLister } from '../../../../main/usage/removable-drives';
import { writeSignedPack } from './support/signed-pack';

const KEY = generatePackKeyPair();
const PIN = '2468';
const PIN_HASH = hashPin(PIN);

function setUp() {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'kiosk-pack-service-'));
  const stick = path.join(folder, 'sticks', 'USB');
  mkdirSync(stick, { recursive: true });
  const events: KioskLogEvent[] = [];
  const services = createKioskServices({
    settingsFile: null,
    itConfig: { staffPinHash: PIN_HASH, contentPackKeys: [KEY.publicKey] },
    appInfo: { version: '1.4.0', shell: 'preview' },
    log: { write: (event) => events.push(event) },
    exitApp: () => {},
    removableDrives: folderDriveLister(path.join(folder, 'sticks')),
    contentPacksFolder: path.join(folder, 'content-packs'),
  });
  const putPack = (fileName: string, version: string, title: string, key = KEY.privateKeyPem) =>
    writeSignedPack(path.join(stick, fileName), version, { 'content/index.json': '{"topics":[]}', 'content/muscle-atrophy/en.json': `{"title":"${title}"}` }, key);
  return { ...services, stick, events, putPack };
}

test('staff install a pack from a USB stick; it is served only from the next idle reset, when the page reloads', async () => {
  const { handlers, contentPacks, stick, events, putPack } = setUp();
  putPack('clinic-topics-2026.12.0.kioskpack', '2026.12.0', 'New');
  writeFileSync(path.join(stick, 'notes.txt'), 'not a pack');
  assert.deepStrictEqual(await handlers['content/packs-on-drives'](), { ok: false, reason: 'not-allowed' });
  assert.deepStrictEqual(await handlers['content/install-from-drive'](stick, 'clinic-topics-2026.12.0.kioskpack'), { ok: false, reason: 'not-allowed' });
  await handlers['staff/unlock'](PIN);
  assert.deepStrictEqual(await handlers['content/packs-on-drives'](), { ok: true, packs: [{ driveId: stick, driveLabel: 'USB', fileName: 'clinic-topics-2026.12.0.kioskpack' }] });
  assert.deepStrictEqual(await handlers['content/status'](), { ok: true, shown: null, canRollBack: false });

  const installed = await handlers['content/install-from-drive'](stick, 'clinic-topics-2026.12.0.kioskpack');
  assert.ok(installed.ok);
  assert.equal(installed.pack.version, '2026.12.0');
  // A patient reading now keeps the content they started with.
  assert.equal(contentPacks?.servedFolder(), null);
  const waiting = await handlers['content/status']();
  assert.ok(waiting.ok);
  assert.equal(waiting.shown, null);
  assert.equal(waiting.next?.version, '2026.12.0');
  // The idle reset: the page is told to reload, and the pack is served from now on.
  assert.deepStrictEqual(await handlers['content/switch-if-ready'](), { reload: true });
  assert.deepStrictEqual(await handlers['content/switch-if-ready'](), { reload: false });
  assert.equal(readFileSync(path.join(contentPacks!.servedFolder()!, 'content', 'muscle-atrophy', 'en.json'), 'utf8'), '{"title":"New"}');
  assert.deepStrictEqual(events.filter((event) => event.startsWith('content-pack')), ['content-pack-installed', 'content-pack-switched']);

  // Going back, also at the next reset.
  assert.deepStrictEqual(await handlers['content/roll-back'](), { ok: true });
  assert.notEqual(contentPacks?.servedFolder(), null);
  assert.deepStrictEqual(await handlers['content/switch-if-ready'](), { reload: true });
  assert.equal(contentPacks?.servedFolder(), null);
});

test('a pack that is refused, or a name that is not a pack in the top folder, changes nothing and says why', async () => {
  const { handlers, contentPacks, stick, events, putPack } = setUp();
  await handlers['staff/unlock'](PIN);
  putPack('stranger.kioskpack', '2026.12.0', 'Stranger', generatePackKeyPair().privateKeyPem);
  const refused = await handlers['content/install-from-drive'](stick, 'stranger.kioskpack');
  assert.deepStrictEqual(refused.ok ? 'installed' : [refused.reason, refused.problem], ['refused', 'unknown-key']);
  for (const [driveId, fileName] of [
    [stick, '../stranger.kioskpack'],
    [stick, 'missing.kioskpack'],
    [stick, 'notes.txt'],
    ['/etc', 'passwd.kioskpack'],
    [42, 'x.kioskpack'],
  ] as const) {
    const result = await handlers['content/install-from-drive'](driveId, fileName);
    assert.equal(result.ok, false, `${String(driveId)} ${fileName}`);
  }
  assert.deepStrictEqual(await handlers['content/switch-if-ready'](), { reload: false });
  assert.equal(contentPacks?.servedFolder(), null);
  assert.ok(events.includes('content-pack-refused'));
});

/** A pack service over its own folder, with packs written straight to disk (the store's own checks are tested elsewhere). */
function trialSetUp(trialMs = 60_000) {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'kiosk-pack-trial-'));
  const events: [string, Record<string, string>][] = [];
  let reloads = 0;
  const make = () =>
    createPackService({ root: path.join(folder, 'content-packs'), trustedKeys: [KEY.publicKey], appVersion: '1.4.0', log: (event, details) => events.push([event, details]), reloadPage: () => (reloads += 1), trialMs });
  const packFile = (version: string) => {
    const file = path.join(folder, `p-${version}.kioskpack`);
    writeSignedPack(file, version, { 'content/index.json': '{"topics":[]}' }, KEY.privateKeyPem);
    return file;
  };
  return { make, packFile, events, reloads: () => reloads, failedEvents: () => events.filter(([event]) => event === 'content-pack-failed-to-start').map(([, details]) => details) };
}

test('a new pack the page cannot start with is taken back at once: the content before it, a reload, a log line, and it is remembered', async () => {
  const { make, packFile, failedEvents } = trialSetUp();
  const service = make();
  assert.ok((await service.install(packFile('2026.12.0'))).ok);
  service.switchIfReady();
  service.pageRequested();
  assert.deepStrictEqual(service.reportStarted(true), { reload: false });
  const december = service.servedFolder();

  assert.ok((await service.install(packFile('2027.1.0'))).ok);
  service.switchIfReady();
  service.pageRequested();
  assert.deepStrictEqual(service.reportStarted(false), { reload: true });
  assert.equal(service.servedFolder(), december);
  assert.equal(service.installed()?.version, '2026.12.0');
  assert.deepStrictEqual(failedEvents(), [{ version: '2027.1.0', reason: 'the page could not start with it', nowShowing: '2026.12.0' }]);
  // Suspected now (not offered by the server meanwhile), declined for good once December starts.
  assert.deepStrictEqual(service.declined(), [{ name: 'clinic-topics', version: '2027.1.0', reason: 'failed-to-start' }]);
  assert.deepStrictEqual(make().declined(), []);
  assert.deepStrictEqual(service.reportStarted(true), { reload: false });
  // Only a pack on trial can be taken back: a later failure (bundled content, or a confirmed pack) changes nothing.
  assert.deepStrictEqual(service.reportStarted(false), { reload: false });
  assert.equal(service.servedFolder(), december);
  // The list survives a restart.
  assert.deepStrictEqual(make().declined(), [{ name: 'clinic-topics', version: '2027.1.0', reason: 'failed-to-start' }]);
});

test('when the content before a failed pack fails too, the fault is not the content: the kiosk goes back no further and declines nothing', async () => {
  const { make, packFile, failedEvents, events } = trialSetUp();
  const service = make();
  assert.ok((await service.install(packFile('2026.12.0'))).ok);
  service.switchIfReady();
  service.reportStarted(true);
  assert.ok((await service.install(packFile('2027.1.0'))).ok);
  service.switchIfReady();
  assert.deepStrictEqual(service.reportStarted(false), { reload: true });
  const december = service.servedFolder();
  // December fails too (say, an app update broke the start): it stays, and nothing is blamed.
  assert.deepStrictEqual(service.reportStarted(false), { reload: false });
  assert.equal(service.servedFolder(), december);
  assert.equal(failedEvents().length, 1);
  assert.deepStrictEqual(service.declined(), []);
  assert.ok(events.some(([event, details]) => event === 'warning' && /the fault is not in the content/.test(details.message ?? '')));
});

test('two installs before one reset keep the folder the pages are served from; an install that finishes after the kiosk went back is judged again', async () => {
  const { make, packFile } = trialSetUp();
  const service = make();
  assert.ok((await service.install(packFile('2026.12.0'))).ok);
  service.switchIfReady();
  service.reportStarted(true);
  const served = service.servedFolder()!;
  assert.ok((await service.install(packFile('2027.1.0'))).ok);
  assert.ok((await service.install(packFile('2027.2.0'))).ok);
  // Still waiting for the reset: December's files must all still be there.
  assert.equal(service.servedFolder(), served);
  assert.equal(readFileSync(path.join(served, 'content', 'index.json'), 'utf8'), '{"topics":[]}');
  assert.equal(service.describe().next?.version, '2027.2.0');

  // Staff go back (to January) while March is being unpacked: March installs, and "the one before" is January, not February.
  const packsFolder = path.join(served, '..');
  const foldersBefore = readdirSync(packsFolder).length;
  const racing = service.install(packFile('2027.3.0'));
  while (readdirSync(packsFolder).length === foldersBefore) await new Promise((resolve) => setImmediate(resolve));
  assert.ok(service.rollBack());
  const result = await racing;
  assert.ok(result.ok, 'newer than the content gone back to, so it installs');
  assert.equal(service.installed()?.version, '2027.3.0');
  service.switchIfReady();
  assert.equal(service.describe().shown?.version, '2027.3.0');
  assert.ok(service.rollBack());
  service.switchIfReady();
  assert.equal(service.describe().shown?.version, '2027.1.0');
});

test('staff going back, or installing an older pack on purpose, declines the pack they left so the server does not bring it back', async () => {
  const { make, packFile } = trialSetUp();
  const service = make();
  assert.ok((await service.install(packFile('2026.12.0'))).ok);
  assert.ok((await service.install(packFile('2027.1.0'))).ok);
  assert.ok(service.rollBack());
  assert.deepStrictEqual(service.declined(), [{ name: 'clinic-topics', version: '2027.1.0', reason: 'staff-went-back' }]);
  assert.equal((await service.install(packFile('2026.11.0'))).ok, false);
  assert.ok((await service.install(packFile('2026.11.0'), { allowOlder: true })).ok);
  assert.deepStrictEqual(
    service.declined().map((entry) => entry.version),
    ['2027.1.0', '2026.12.0'],
  );
});

test('a page that never says it started (a crash, a hang) has the trial time from its request; then the content goes back and the page is reloaded', async () => {
  const { make, packFile, failedEvents, reloads } = trialSetUp(50);
  const service = make();
  assert.ok((await service.install(packFile('2026.12.0'))).ok);
  service.switchIfReady();
  // The clock starts with the page's request, not before (the preview may run with no browser yet).
  await new Promise((resolve) => setTimeout(resolve, 120));
  assert.equal(service.describe().shown?.version, '2026.12.0');
  service.pageRequested();
  service.pageRequested(); // A reload during the trial does not restart the clock.
  await new Promise((resolve) => setTimeout(resolve, 120));
  assert.equal(service.servedFolder(), null);
  assert.equal(reloads(), 1);
  assert.deepStrictEqual(failedEvents(), [{ version: '2026.12.0', reason: 'the page did not start with it within 0 seconds', nowShowing: 'bundled' }]);
});

test('at every start the pack shown is on trial again, so content that fails after an app update is caught too', async () => {
  const { make, packFile, failedEvents } = trialSetUp();
  const first = make();
  assert.ok((await first.install(packFile('2026.12.0'))).ok);
  first.switchIfReady();
  first.reportStarted(true);
  const restarted = make();
  assert.equal(restarted.describe().shown?.version, '2026.12.0');
  assert.deepStrictEqual(restarted.reportStarted(false), { reload: true });
  assert.equal(restarted.servedFolder(), null);
  assert.equal(failedEvents().length, 1);
});

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { createKioskServices } from '../../../../main/kiosk-services';
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

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { generatePackKeyPair } from '../../../../main/content-packs/pack-signing';
import { createPackStore } from '../../../../main/content-packs/pack-store';
import { writeSignedPack } from './support/signed-pack';

const KEY = generatePackKeyPair();

function setUp() {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'kiosk-pack-store-'));
  const warnings: string[] = [];
  const store = createPackStore({ root: path.join(folder, 'content-packs'), trustedKeys: [KEY.publicKey], appVersion: '1.4.0', warn: (message) => warnings.push(message) });
  const pack = (version: string, title: string) => {
    const file = path.join(folder, `clinic-topics-${version}.kioskpack`);
    writeSignedPack(file, version, { 'content/index.json': `{"v":"${version}"}`, 'content/muscle-atrophy/en.json': `{"title":"${title}"}` }, KEY.privateKeyPem);
    return file;
  };
  return { folder, store, warnings, pack, packsFolder: path.join(folder, 'content-packs', 'packs') };
}

test('installing switches to the new pack and keeps the one before; a third install lets the oldest go', async () => {
  const { store, pack, packsFolder } = setUp();
  assert.deepEqual(store.pointer(), { current: null, previous: null });
  const first = await store.install(pack('2026.11.0', 'One'));
  assert.ok(first.ok);
  assert.equal(readFileSync(path.join(store.folderOf(first.pack), 'content', 'muscle-atrophy', 'en.json'), 'utf8'), '{"title":"One"}');
  const second = await store.install(pack('2026.12.0', 'Two'));
  assert.ok(second.ok);
  assert.deepEqual(store.pointer(), { current: second.pack, previous: first.pack });
  const third = await store.install(pack('2027.1.0', 'Three'));
  assert.ok(third.ok);
  assert.deepEqual(store.pointer(), { current: third.pack, previous: second.pack });
  assert.deepEqual(readdirSync(packsFolder).sort(), [second.pack.folder, third.pack.folder].sort());
});

test('a refused pack leaves the content in use untouched, and nothing of itself behind', async () => {
  const { store, pack, packsFolder } = setUp();
  const first = await store.install(pack('2026.12.0', 'One'));
  assert.ok(first.ok);
  const older = await store.install(pack('2026.11.0', 'Older'));
  assert.deepEqual(older.ok ? 'installed' : older.problem, 'not-newer');
  const stranger = generatePackKeyPair();
  const strangerFile = path.join(path.dirname(packsFolder), 'stranger.kioskpack');
  writeSignedPack(strangerFile, '2027.1.0', { 'content/index.json': '{}' }, stranger.privateKeyPem);
  const unknown = await store.install(strangerFile);
  assert.deepEqual(unknown.ok ? 'installed' : unknown.problem, 'unknown-key');
  assert.deepEqual(store.pointer(), { current: first.pack, previous: null });
  assert.deepEqual(readdirSync(packsFolder), [first.pack.folder]);
});

test('going back: to the previous pack, then to the app\'s own content; staff may reinstall an older pack on purpose', async () => {
  const { store, pack } = setUp();
  const first = await store.install(pack('2026.11.0', 'One'));
  const second = await store.install(pack('2026.12.0', 'Two'));
  assert.ok(first.ok && second.ok);
  assert.equal(store.rollBack(), true);
  assert.deepEqual(store.pointer(), { current: first.pack, previous: null });
  assert.equal(store.rollBack(), true);
  assert.deepEqual(store.pointer(), { current: null, previous: null });
  assert.equal(store.rollBack(), false);
  const again = await store.install(pack('2026.10.0', 'Old'), { allowOlder: true });
  assert.ok(again.ok);
});

test('a damaged pointer or a missing pack folder falls back safely, and says so', async () => {
  const { store, pack, warnings, folder } = setUp();
  const first = await store.install(pack('2026.11.0', 'One'));
  const second = await store.install(pack('2026.12.0', 'Two'));
  assert.ok(first.ok && second.ok);
  rmSync(store.folderOf(second.pack), { recursive: true });
  assert.deepEqual(store.pointer(), { current: first.pack, previous: null });
  assert.match(warnings.at(-1)!, /2026\.12\.0 is missing/);
  writeFileSync(path.join(folder, 'content-packs', 'current.json'), '{"current":');
  assert.deepEqual(store.pointer(), { current: null, previous: null });
  assert.match(warnings.at(-1)!, /pointer .* is damaged/);
});

test('leftovers of an install that never finished are removed', async () => {
  const { store, pack, packsFolder } = setUp();
  const first = await store.install(pack('2026.11.0', 'One'));
  assert.ok(first.ok);
  const half = path.join(packsFolder, 'pack-killed-halfway');
  mkdirSync(path.join(half, 'content'), { recursive: true });
  writeFileSync(path.join(half, 'content', 'index.json'), '{"v":');
  writeFileSync(path.join(packsFolder, 'stray-file'), '');
  store.removeLeftovers();
  assert.deepEqual(readdirSync(packsFolder), [first.pack.folder]);
  assert.equal(existsSync(store.folderOf(first.pack)), true);
});

test('two installs started together run one after the other, and neither loses its folder to the other', async () => {
  const { store, pack } = setUp();
  const [first, second] = await Promise.all([store.install(pack('2026.11.0', 'One')), store.install(pack('2026.12.0', 'Two'))]);
  assert.ok(first.ok && second.ok);
  assert.deepEqual(store.pointer(), { current: second.pack, previous: first.pack });
  assert.equal(readFileSync(path.join(store.folderOf(first.pack), 'content', 'muscle-atrophy', 'en.json'), 'utf8'), '{"title":"One"}');
  assert.equal(readFileSync(path.join(store.folderOf(second.pack), 'content', 'muscle-atrophy', 'en.json'), 'utf8'), '{"title":"Two"}');
});

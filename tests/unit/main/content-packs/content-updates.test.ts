import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { startContentUpdates } from '../../../../main/content-packs/content-updates';
import { CONTENT_INDEX_FILE } from '../../../../main/content-packs/content-update-schedule';
import { downloadPack, fetchContentIndex } from '../../../../main/content-packs/pack-download';
import { createPackService } from '../../../../main/content-packs/pack-service';
import { createKioskServices } from '../../../../main/kiosk-services';
import { generatePackKeyPair } from '../../../../main/content-packs/pack-signing';
import { writeSignedPack } from './support/signed-pack';

const KEY = generatePackKeyPair();
const nodeFetch = (url: string, init: { signal: AbortSignal; redirect: 'error' }) => fetch(url, init);

/** A clinic content server on 127.0.0.1: each path answers with what the test put there. */
type Answer = {
  status?: number;
  body: Buffer | string;
  /** Claims this length, then sends the body and drops the connection (a download cut off). */
  claimLength?: number;
  /** Sends no length at all (chunked), so a short body ends normally: only the index's size can tell. */
  noLength?: boolean;
  /** Sends the first bytes of the body, then nothing more (a download that stalls), until the client goes. */
  stall?: boolean;
};
const answers = new Map<string, Answer>();
const server: Server = createServer((request, response) => {
  const answer = answers.get(request.url ?? '');
  if (answer === undefined) {
    response.writeHead(404).end('not here');
    return;
  }
  const body = Buffer.from(answer.body);
  response.writeHead(answer.status ?? 200, answer.noLength ? {} : { 'Content-Length': String(answer.claimLength ?? body.length) });
  if (answer.stall) response.write(body.subarray(0, 10));
  else if (answer.claimLength !== undefined) {
    response.write(body);
    response.socket?.destroy();
  } else response.end(body);
});
const base = await new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
after(() => server.close());

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const scratch = () => mkdtempSync(path.join(os.tmpdir(), 'kiosk-content-updates-'));

test('the index: read when it is one; a clear reason when it is missing, too big, not JSON, not an index, or the server is down', async () => {
  const good = { name: 'clinic-topics', version: '2026.12.0', minAppVersion: '1.0.0', file: 'clinic-topics-2026.12.0.kioskpack', size: 10, sha256: 'b'.repeat(64) };
  answers.set('/a/content-latest.json', { body: JSON.stringify(good) });
  assert.deepEqual(await fetchContentIndex(`${base}/a/content-latest.json`, nodeFetch), { ok: true, index: good });
  answers.set('/b/content-latest.json', { body: 'x'.repeat(70_000) });
  answers.set('/c/content-latest.json', { body: '{ not json' });
  answers.set('/d/content-latest.json', { body: JSON.stringify({ ...good, file: '../../etc/passwd.kioskpack' }) });
  answers.set('/e/content-latest.json', { status: 500, body: 'oops' });
  const reasons: string[] = [];
  for (const folder of ['b', 'c', 'd', 'e', 'missing']) {
    const result = await fetchContentIndex(`${base}/${folder}/content-latest.json`, nodeFetch);
    assert.equal(result.ok, false, folder);
    if (!result.ok) reasons.push(result.reason);
  }
  assert.match(reasons[0]!, /larger than 65536 bytes/);
  assert.match(reasons[1]!, /not valid JSON/);
  assert.match(reasons[2]!, /not a content index.*file/);
  assert.match(reasons[3]!, /answered 500/);
  assert.match(reasons[4]!, /answered 404/);
  const closed = createServer();
  const closedPort = await new Promise<number>((resolve) => closed.listen(0, '127.0.0.1', () => resolve((closed.address() as AddressInfo).port)));
  await new Promise((resolve) => closed.close(resolve));
  const refused = await fetchContentIndex(`http://127.0.0.1:${closedPort}/content-latest.json`, nodeFetch);
  assert.deepEqual(refused, { ok: false, reason: `http://127.0.0.1:${closedPort}/content-latest.json could not be fetched (ECONNREFUSED)` });
});

test('a download is kept only when it has exactly the size and SHA-256 the index gives; anything else is removed', async () => {
  const folder = scratch();
  const pack = Buffer.from('pretend pack bytes, long enough to be cut short');
  const expected = { size: pack.length, sha256: sha256(pack) };
  answers.set('/dl/good.kioskpack', { body: pack });
  answers.set('/dl/dropped.kioskpack', { body: pack.subarray(0, 10), claimLength: pack.length });
  answers.set('/dl/short.kioskpack', { body: pack.subarray(0, 10), noLength: true });
  answers.set('/dl/long.kioskpack', { body: Buffer.concat([pack, Buffer.from('more')]) });
  answers.set('/dl/changed.kioskpack', { body: Buffer.from(pack).fill(0x41, 0, 4) });

  const good = path.join(folder, 'good.kioskpack');
  assert.deepEqual(await downloadPack(`${base}/dl/good.kioskpack`, expected, good, nodeFetch), { ok: true });
  assert.deepEqual(readFileSync(good), pack);

  const failures: Record<string, RegExp> = { dropped: /could not be downloaded/, short: /was cut short \(10 of \d+ bytes\)/, long: /larger than the \d+ bytes/, changed: /does not match the SHA-256/, missing: /answered 404/ };
  for (const [name, reason] of Object.entries(failures)) {
    const file = path.join(folder, `${name}.kioskpack`);
    const result = await downloadPack(`${base}/dl/${name}.kioskpack`, expected, file, nodeFetch);
    assert.equal(result.ok, false, name);
    if (!result.ok) assert.match(result.reason, reason, name);
    assert.equal(existsSync(file), false, `${name}: nothing is left behind`);
  }
  // A folder that cannot be written (here: one that is not there) fails cleanly.
  const unwritable = await downloadPack(`${base}/dl/good.kioskpack`, expected, path.join(folder, 'no-such-folder', 'x.kioskpack'), nodeFetch);
  assert.deepEqual(unwritable.ok ? 'ok' : unwritable.reason.match(/ENOENT/)?.[0], 'ENOENT');
});

/** A kiosk with a packs folder and a content server at `/server-<n>/`. */
function kioskWithServer(serverFolder: string) {
  const folder = scratch();
  const events: [string, Record<string, string>][] = [];
  const packs = createPackService({ root: path.join(folder, 'content-packs'), trustedKeys: [KEY.publicKey], appVersion: '1.4.0', log: (event, details) => events.push([event, details]) });
  const publish = (version: string, title: string, key = KEY.privateKeyPem, tamper?: (index: Record<string, unknown>) => void) => {
    const packFile = path.join(folder, `clinic-topics-${version}.kioskpack`);
    writeSignedPack(packFile, version, { 'content/index.json': '{"topics":[]}', 'content/muscle-atrophy/en.json': `{"title":"${title}"}` }, key);
    const bytes = readFileSync(packFile);
    const index: Record<string, unknown> = { name: 'clinic-topics', version, minAppVersion: '1.0.0', file: path.basename(packFile), size: bytes.length, sha256: sha256(bytes) };
    tamper?.(index);
    answers.set(`/${serverFolder}/${path.basename(packFile)}`, { body: bytes });
    answers.set(`/${serverFolder}/${CONTENT_INDEX_FILE}`, { body: JSON.stringify(index) });
  };
  const updates = startContentUpdates({
    url: `${base}/${serverFolder}`,
    appVersion: '1.4.0',
    dailyAt: '03:00',
    packs,
    downloadsFolder: path.join(folder, 'content-packs', 'downloads'),
    fetch: nodeFetch,
    log: (event, details) => events.push([event, details]),
    startedAt: Date.now(),
    spreadMs: 0,
  });
  after(() => updates.stop());
  const shownTitle = () => {
    packs.switchIfReady();
    const served = packs.servedFolder();
    return served === null ? 'bundled' : (JSON.parse(readFileSync(path.join(served, 'content', 'muscle-atrophy', 'en.json'), 'utf8')) as { title: string }).title;
  };
  return { folder, events, packs, publish, updates, shownTitle };
}

test('the kiosk takes a newer pack from the server, shows it from the next reset, and then finds nothing new', async () => {
  const { events, publish, updates, shownTitle, folder } = kioskWithServer('server-1');
  assert.equal(await updates.checkNow(), 'failed'); // Nothing published yet: the index is missing.
  publish('2026.12.0', 'December');
  assert.equal(await updates.checkNow(), 'installed');
  assert.equal(shownTitle(), 'December');
  assert.equal(await updates.checkNow(), 'up-to-date');
  assert.deepEqual(updates.lastCheck()?.result, 'up-to-date');
  publish('2027.1.0', 'January');
  assert.equal(await updates.checkNow(), 'installed');
  assert.equal(shownTitle(), 'January');
  // The download is gone once installed.
  assert.deepEqual(readdirSync(path.join(folder, 'content-packs', 'downloads')), []);
  assert.deepEqual(
    events.filter(([event]) => event === 'content-update-check').map(([, details]) => details.result),
    ['failed', 'installed', 'up-to-date', 'installed'],
  );
});

test('a bad pack on the server is refused and the content stays; an older one, or one that failed to start here, is not even downloaded', async () => {
  const { events, publish, updates, shownTitle, packs } = kioskWithServer('server-2');
  publish('2026.12.0', 'December');
  assert.equal(await updates.checkNow(), 'installed');
  assert.equal(shownTitle(), 'December');

  publish('2027.1.0', 'Stranger', generatePackKeyPair().privateKeyPem);
  assert.equal(await updates.checkNow(), 'refused');
  assert.equal(shownTitle(), 'December');
  assert.ok(events.some(([event, details]) => event === 'content-pack-refused' && details.problem === 'unknown-key'));
  // The same file is not downloaded again this run: still refused, for the same reason.
  assert.equal(await updates.checkNow(), 'refused');
  assert.deepEqual(updates.lastCheck(), { at: updates.lastCheck()!.at, result: 'refused', version: '2027.1.0', problem: 'unknown-key' });
  assert.ok(events.some(([event, details]) => event === 'content-update-check' && details.reason === 'refused-before'));

  // The index promises other bytes than the server sends: caught before the pack is opened.
  publish('2027.1.0', 'January', KEY.privateKeyPem, (index) => (index.sha256 = 'c'.repeat(64)));
  assert.equal(await updates.checkNow(), 'failed');
  assert.equal(shownTitle(), 'December');

  publish('2026.11.0', 'November');
  assert.equal(await updates.checkNow(), 'skipped');
  assert.ok(events.some(([event, details]) => event === 'content-update-check' && details.reason === 'older'));

  // January installs, fails to start, and goes back; the server still offers it, and it is left alone.
  publish('2027.1.0', 'January');
  assert.equal(await updates.checkNow(), 'installed');
  assert.equal(shownTitle(), 'January');
  assert.deepEqual(packs.reportStarted(false), { reload: true });
  assert.equal(shownTitle(), 'December');
  assert.equal(await updates.checkNow(), 'skipped');
  assert.ok(events.some(([event, details]) => event === 'content-update-check' && details.reason === 'failed-to-start-before'));
  assert.equal(shownTitle(), 'December');
  assert.equal(packs.reportStarted(true).reload, false);

  // Staff go back from February: the server's February stays away; March comes as usual.
  publish('2027.2.0', 'February');
  assert.equal(await updates.checkNow(), 'installed');
  assert.equal(shownTitle(), 'February');
  assert.ok(packs.rollBack());
  assert.equal(shownTitle(), 'December');
  assert.equal(await updates.checkNow(), 'skipped');
  assert.ok(events.some(([event, details]) => event === 'content-update-check' && details.reason === 'staff-went-back'));
  publish('2027.3.0', 'March');
  assert.equal(await updates.checkNow(), 'installed');
  assert.equal(shownTitle(), 'March');
});

test('stopped while a pack downloads (the kiosk closing): the download ends at once, is logged and removed, and nothing is installed', async () => {
  const { events, publish, updates, shownTitle, folder } = kioskWithServer('server-stop');
  publish('2026.12.0', 'December');
  const packPath = [...answers.keys()].find((key) => key.startsWith('/server-stop/') && key.endsWith('.kioskpack'))!;
  answers.set(packPath, { ...answers.get(packPath)!, stall: true });
  const downloads = path.join(folder, 'content-packs', 'downloads');
  const checking = updates.checkNow();
  // The download has begun: its file is there, and the server has stopped sending.
  for (let wait = 0; wait < 200 && !(existsSync(downloads) && readdirSync(downloads).length > 0); wait++) await new Promise((resolve) => setTimeout(resolve, 10));
  assert.equal(readdirSync(downloads).length, 1, 'the download had begun');
  const stoppedAt = Date.now();
  updates.stop();
  assert.equal(await checking, 'failed');
  assert.ok(Date.now() - stoppedAt < 2000, 'it ended at once, not on the download time limit');
  assert.deepEqual(readdirSync(downloads), [], 'nothing is left behind');
  assert.equal(shownTitle(), 'bundled');
  const check = events.filter(([event]) => event === 'content-update-check').at(-1)![1];
  assert.equal(check.result, 'failed');
  assert.match(check.reason!, /the kiosk is closing/);
});

test('a pack that needs a newer app is not downloaded', async () => {
  const { events, publish, updates, shownTitle } = kioskWithServer('server-3');
  publish('2026.12.0', 'December', KEY.privateKeyPem, (index) => (index.minAppVersion = '9.0.0'));
  assert.equal(await updates.checkNow(), 'skipped');
  assert.equal(shownTitle(), 'bundled');
  assert.ok(events.some(([event, details]) => event === 'content-update-check' && details.reason === 'needs-newer-app'));
  assert.ok(!events.some(([event]) => event === 'content-pack-refused'));
  // Staff are told why.
  assert.deepEqual(updates.lastCheck(), { at: updates.lastCheck()!.at, result: 'skipped', version: '2026.12.0', problem: 'needs-newer-app' });
});

test('a download a killed kiosk left behind is removed at start, never installed, with or without a content server', () => {
  const folder = scratch();
  const downloads = path.join(folder, 'content-packs', 'downloads');
  mkdirSync(downloads, { recursive: true });
  writeFileSync(path.join(downloads, 'download-half.kioskpack'), 'half');
  createKioskServices({ settingsFile: null, appInfo: { version: '1.4.0', shell: 'preview' }, log: { write: () => {} }, exitApp: () => {}, contentPacksFolder: path.join(folder, 'content-packs') });
  assert.deepEqual(readdirSync(downloads), []);
});

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { ELECTRON_UNAVAILABLE_MESSAGE, ensureElectronBinary } from '../../../../scripts/start/electron-binary';

test('an installed Electron is used without downloading', async () => {
  let downloads = 0;
  const found = await ensureElectronBinary({ locate: () => '/opt/electron', download: async () => (downloads++, true) });
  assert.equal(found, '/opt/electron');
  assert.equal(downloads, 0);
});

test('a missing Electron is downloaded once, then found', async () => {
  let installed = false;
  const found = await ensureElectronBinary({
    locate: () => (installed ? '/cache/electron' : null),
    download: async () => ((installed = true), true),
  });
  assert.equal(found, '/cache/electron');
});

test('a failed download means no Electron', async () => {
  assert.equal(await ensureElectronBinary({ locate: () => null, download: async () => false }), null);
});

test('the message is one paragraph that points to npm run serve', () => {
  assert.match(ELECTRON_UNAVAILABLE_MESSAGE, /`npm run serve`/);
  assert.doesNotMatch(ELECTRON_UNAVAILABLE_MESSAGE, /\n\n/);
});

test('npm start without a reachable Electron stops quickly with that message and no stack trace', () => {
  const projectRoot = path.resolve(import.meta.dirname, '../../../..');
  const started = Date.now();
  // A mirror on a closed local port makes the download fail fast on any machine, online or not.
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: projectRoot,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/', ELECTRON_OVERRIDE_DIST_PATH: path.join(projectRoot, 'no-such-electron') },
  });
  const seconds = (Date.now() - started) / 1000;
  assert.equal(result.status, 1, result.stderr);
  assert.ok(seconds < 30, `took ${seconds}s`);
  assert.ok(result.stderr.includes(ELECTRON_UNAVAILABLE_MESSAGE), result.stderr);
  assert.doesNotMatch(result.stderr + result.stdout, /^\s+at /m);
});

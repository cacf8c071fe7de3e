import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { ELECTRON_UNAVAILABLE_MESSAGE, ensureElectronBinary, locateElectron } from '../../../../scripts/start/electron-binary';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'kiosk-electron-package-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A stand-in for node_modules/electron whose index.js, if anything ran it, leaves a mark. */
function fakeElectronPackage(name: string, files: Record<string, string>): { dir: string; ranIndex: () => boolean } {
  const dir = path.join(scratch, name);
  mkdirSync(path.join(dir, 'dist'), { recursive: true });
  const mark = path.join(dir, 'index-ran');
  writeFileSync(path.join(dir, 'index.js'), `require('fs').writeFileSync(${JSON.stringify(mark)}, 'downloading');`);
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  return { dir, ranIndex: () => existsSync(mark) };
}

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

test("Electron is found through the package's path.txt without running the package (which would download)", () => {
  const installed = fakeElectronPackage('installed', { 'path.txt': 'electron', 'dist/electron': '#!/bin/sh\n' });
  assert.equal(locateElectron(installed.dir, {}), path.join(installed.dir, 'dist', 'electron'));
  const neverDownloaded = fakeElectronPackage('never-downloaded', {});
  assert.equal(locateElectron(neverDownloaded.dir, {}), null);
  const binaryGone = fakeElectronPackage('binary-gone', { 'path.txt': 'electron' });
  assert.equal(locateElectron(binaryGone.dir, {}), null);
  assert.equal(locateElectron(null, {}), null, 'no electron package at all');
  for (const fake of [installed, neverDownloaded, binaryGone]) assert.equal(fake.ranIndex(), false);
});

test('ELECTRON_OVERRIDE_DIST_PATH points at a binary installed elsewhere, as in Electron\'s own lookup', () => {
  const elsewhere = path.join(scratch, 'elsewhere');
  mkdirSync(elsewhere, { recursive: true });
  writeFileSync(path.join(elsewhere, 'electron'), '#!/bin/sh\n');
  const fake = fakeElectronPackage('override', {});
  assert.equal(locateElectron(fake.dir, { ELECTRON_OVERRIDE_DIST_PATH: elsewhere }), path.join(elsewhere, 'electron'));
  assert.equal(locateElectron(fake.dir, { ELECTRON_OVERRIDE_DIST_PATH: path.join(scratch, 'nothing-here') }), null);
});

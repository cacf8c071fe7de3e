import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const config = parse(readFileSync(path.join(projectRoot, 'electron-builder.yml'), 'utf8'));

test("electron-builder.yml passes electron-builder's own schema", async () => {
  // The same validation `electron-builder` runs before building, without downloading anything.
  const require = createRequire(import.meta.url);
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config');
  const { DebugLogger } = require('builder-util');
  await assert.doesNotReject(validateConfiguration(structuredClone(config), new DebugLogger(false)));
});

test('the app id and product name', () => {
  assert.equal(config.appId, 'org.clinickiosk.kiosk');
  assert.equal(config.productName, 'Clinic Kiosk');
  assert.equal(config.productName, JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')).productName);
  assert.equal(config.linux.executableName, 'clinic-kiosk');
});

test('every platform takes its icon from the build resources made from one SVG', () => {
  // tests/unit/scripts/packaging/make-icons.test.ts checks the files themselves.
  assert.equal(config.directories.buildResources, 'dist/build-resources');
  assert.equal(config.linux.icon, 'icons');
  assert.equal(config.win.icon, 'icon.ico');
  assert.equal(config.mac.icon, 'icon.png');
});

test('npm run dist checks the publisher, builds, then makes the build resources, then runs electron-builder', () => {
  // The build empties dist/, so the build resources must come after it.
  const scripts = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')).scripts;
  const steps = (scripts.dist as string).split('&&').map((step) => step.trim());
  assert.deepStrictEqual(steps, [
    'tsx scripts/packaging/check-publisher.ts',
    'tsx scripts/build.ts --production',
    'npm run packaging:prepare',
    'electron-builder --config electron-builder.yml',
  ]);
  assert.equal(scripts['packaging:prepare'], 'tsx scripts/packaging/prepare.ts');
});

test('builds AppImage and deb, per-machine NSIS, and dmg, with asar', () => {
  assert.deepStrictEqual(config.linux.target, ['AppImage', 'deb']);
  assert.deepStrictEqual(config.win.target, ['nsis']);
  assert.equal(config.nsis.perMachine, true);
  assert.deepStrictEqual(config.mac.target, ['dmg']);
  assert.equal(config.asar, true);
});

test('the package holds only the built app, and its entry point exists in the build', () => {
  assert.deepStrictEqual(config.files.filter((pattern: string) => !pattern.startsWith('!')), ['package.json', 'dist/main/**/*', 'dist/renderer/**/*']);
  assert.ok(config.files.includes('!**/*.map'), 'source maps are left out');
  const packageJson = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
  assert.equal(config.extraMetadata.main, packageJson.main);
  assert.deepStrictEqual(packageJson.dependencies ?? {}, {}, 'everything is bundled; no runtime node_modules are packed');
});

test('Electron fuses close the doors a kiosk must not leave open', () => {
  assert.deepStrictEqual(config.electronFuses, {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableCookieEncryption: true,
    onlyLoadAppFromAsar: true,
    enableEmbeddedAsarIntegrityValidation: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  });
});

/**
 * Fuses that electron-builder cannot set yet (its FuseOptionsV1 stops at grantFileProtocolExtraPrivileges),
 * each with the reason Electron's default is the right value for the kiosk.
 */
const fusesLeftAtElectronDefault: Record<string, string> = {
  WasmTrapHandlers: 'on by default; V8 guards WebAssembly memory with it, and nothing in the kiosk needs it off',
};

test('every fuse Electron offers is either set in electron-builder.yml or knowingly left at its default', async () => {
  // @electron/fuses (a devDependency kept at its newest) lists the fuses of the newest Electron. A
  // new fuse makes this fail until it is set in the yml or added above with a reason.
  const { FuseV1Options } = await import('@electron/fuses');
  const fuseNames = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)));
  const configured = Object.keys(config.electronFuses).map((key) => key.toLowerCase());
  // electron-builder's keys are the fuse names in camelCase (RunAsNode: runAsNode).
  const unaccounted = fuseNames.filter((name) => !configured.includes(name.toLowerCase()) && !(name in fusesLeftAtElectronDefault));
  assert.deepStrictEqual(unaccounted, []);
  assert.ok(fuseNames.length >= 9, 'Electron 45 has nine fuses');
  for (const name of Object.keys(fusesLeftAtElectronDefault)) assert.ok(fuseNames.includes(name), `${name} is not a fuse any more`);
});

/**
 * Runs electron-builder's real deb target on electron-builder.yml, up to the fpm command it would
 * run, and checks that command. A stand-in unpacked app replaces Electron (nothing is downloaded),
 * and electron-builder's effectiveOptionComputed hook stops it before fpm, which we lack.
 */
import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { Arch, build, type Configuration, Platform } from 'electron-builder';
import { iconFiles, makeIcons, PNG_SIZES } from '../../../../scripts/packaging/make-icons';
import { autostartDesktopEntry, debExecutablePath, linuxSessionFilesDir, writeLinuxSessionFiles } from '../../../../scripts/packaging/linux-session-files';
import { linuxAppFromConfig, projectRoot, readBuilderConfig } from '../../../../scripts/packaging/packaging-config';
import { parseDesktopEntry } from './session-file-readers';

const config = readBuilderConfig();
const app = linuxAppFromConfig(config);
let tempDir: string;
let buildResources: string;
let unpackedApp: string;
let fpmArguments: string[] = [];
let applicationsEntry = '';

before(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-deb-'));
  buildResources = path.join(tempDir, 'build-resources');
  await makeIcons(buildResources);
  await writeLinuxSessionFiles(path.join(buildResources, linuxSessionFilesDir), app);
  unpackedApp = path.join(tempDir, 'linux-unpacked');
  await mkdir(path.join(unpackedApp, 'resources'), { recursive: true });
  await writeFile(path.join(unpackedApp, app.executableName), '#!/bin/sh\n');
  await chmod(path.join(unpackedApp, app.executableName), 0o755);

  await build({
    projectDir: projectRoot,
    targets: Platform.LINUX.createTarget(['deb'], Arch.x64),
    config: { ...config, directories: { output: path.join(tempDir, 'release'), buildResources } } as Configuration,
    prepackaged: unpackedApp,
    publish: 'never',
    effectiveOptionComputed: async (options: unknown) => {
      if (!Array.isArray(options) || !Array.isArray(options[0])) return false;
      fpmArguments = options[0] as string[];
      applicationsEntry = await readFile(options[1] as string, 'utf8');
      return true; // stop before running fpm
    },
  });
});
after(() => rm(tempDir, { recursive: true, force: true }));

test('the app is unpacked to the folder our session files start it from', () => {
  assert.ok(fpmArguments.includes(`${unpackedApp}/=${path.posix.dirname(debExecutablePath(app))}`), fpmArguments.join('\n'));
});

test("the menu entry electron-builder writes runs the same command as our autostart entry", () => {
  const theirs = parseDesktopEntry(applicationsEntry).get('Desktop Entry');
  const ours = parseDesktopEntry(autostartDesktopEntry(app)).get('Desktop Entry');
  assert.equal(theirs?.get('Exec'), `${ours?.get('Exec')} %U`);
  assert.equal(theirs?.get('Icon'), ours?.get('Icon'));
});

test('deb.fpm reaches fpm unchanged, so the deb holds the autostart entry and the user unit', () => {
  for (const mapping of config.deb.fpm) assert.ok(fpmArguments.includes(mapping), mapping);
});

test('the deb installs our icons in every hicolor size, not the default Electron icon', () => {
  for (const size of PNG_SIZES) {
    const mapping = `${path.join(buildResources, iconFiles.png(size))}=/usr/share/icons/hicolor/${size}x${size}/apps/${app.executableName}.png`;
    assert.ok(fpmArguments.includes(mapping), mapping);
  }
  assert.equal(fpmArguments.filter((argument) => argument.includes('/usr/share/icons/')).length, PNG_SIZES.length);
});

test("the deb's homepage, maintainer and vendor come from package.json's publisher fields", async () => {
  const option = (name: string) => fpmArguments[fpmArguments.indexOf(name) + 1];
  const packageJson = JSON.parse(await readFile(path.join(projectRoot, 'package.json'), 'utf8'));
  assert.equal(option('--url'), packageJson.homepage);
  assert.equal(option('--maintainer'), `${packageJson.author.name} <${packageJson.author.email}>`);
  assert.equal(option('--vendor'), `${packageJson.author.name} <${packageJson.author.email}>`);
  assert.equal(option('--name'), app.executableName);
});

test("the menu entry is named after package.json's desktopName, which Electron gives the window as its class", async () => {
  const packageJson = JSON.parse(await readFile(path.join(projectRoot, 'package.json'), 'utf8'));
  assert.equal(packageJson.desktopName, `${app.executableName}.desktop`);
  assert.ok(fpmArguments.some((argument) => argument.endsWith(`=/usr/share/applications/${packageJson.desktopName}`)), fpmArguments.join('\n'));
  assert.equal(parseDesktopEntry(applicationsEntry).get('Desktop Entry')?.get('StartupWMClass'), app.executableName);
});

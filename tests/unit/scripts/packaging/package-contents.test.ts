import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { Minimatch } from 'minimatch';
import { iconFiles, PNG_SIZES } from '../../../../scripts/packaging/make-icons';
import { linuxSessionFilesDir, sessionFileNames } from '../../../../scripts/packaging/linux-session-files';
import { linuxAppFromConfig, projectRoot, readBuilderConfig } from '../../../../scripts/packaging/packaging-config';

const config = readBuilderConfig();
// electron-builder matches `files` with minimatch and { dot: true }.
const patterns = config.files.map((pattern) => new Minimatch(pattern, { dot: true }));

/**
 * electron-builder's rule for an ordered pattern list: a file is packed when, reading the list in
 * order, it was last taken in by an include and not taken out by a later `!` pattern.
 */
function isPacked(file: string): boolean {
  let packed = false;
  for (const pattern of patterns) {
    if (packed === pattern.negate) packed = pattern.match(file);
  }
  return packed;
}

let tempDir: string;
let productionFiles: string[];
let developmentFiles: string[];
let candidates: string[];

/** Builds the kiosk into a temporary dist/ and lists it as the project-relative paths it would have. */
function buildInto(name: string, args: string[]): string[] {
  const distDir = path.join(tempDir, name, 'dist');
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', ...args], { cwd: projectRoot, env: { ...process.env, KIOSK_DIST_DIR: distDir }, stdio: 'pipe' });
  return (readdirSync(distDir, { recursive: true }) as string[])
    .filter((file) => statSync(path.join(distDir, file)).isFile())
    .map((file) => path.posix.join('dist', file.split(path.sep).join('/')));
}

function gitFiles(...args: string[]): string[] {
  return execFileSync('git', ['ls-files', '-z', ...args], { cwd: projectRoot, encoding: 'utf8' }).split('\0').filter(Boolean);
}

before(() => {
  tempDir = mkdtempSync(path.join(os.tmpdir(), 'kiosk-package-contents-'));
  productionFiles = buildInto('production', ['--production']);
  developmentFiles = buildInto('development', []);
  const buildResources = config.directories.buildResources;
  const names = sessionFileNames(linuxAppFromConfig(config));
  candidates = [
    ...gitFiles(), // everything in the repository: sources, tests, content, docs
    ...gitFiles('--others', '--exclude-standard'), // new files not yet committed
    ...productionFiles,
    ...developmentFiles, // the development build's source maps
    ...[...PNG_SIZES.map((size) => iconFiles.png(size)), iconFiles.macPng, iconFiles.windowsIco, path.join(linuxSessionFilesDir, names.desktopEntry), path.join(linuxSessionFilesDir, names.userUnit)].map((file) => path.posix.join(buildResources, file.split(path.sep).join('/'))),
    ...readdirSync(path.join(projectRoot, 'node_modules')).map((name) => `node_modules/${name}/package.json`),
    'dist/screenshots/en/home.png', // what `npm run screenshots` leaves in dist/
    'test-results/.last-run.json',
    'release/linux-unpacked/resources/app.asar',
  ];
});
after(() => rmSync(tempDir, { recursive: true, force: true }));

test('the production build writes no source maps; the development build does (so the exclusion below is tested)', () => {
  assert.deepStrictEqual(productionFiles.filter((file) => file.endsWith('.map')), []);
  assert.ok(developmentFiles.some((file) => file.endsWith('.map')));
});

test('the package holds the app entry points, the preload and the renderer', () => {
  for (const file of ['package.json', 'dist/main/index.cjs', 'dist/main/preload.cjs', 'dist/renderer/index.html', 'dist/renderer/app.js', 'dist/renderer/styles.css']) {
    assert.ok(candidates.includes(file), `${file} is built`);
    assert.ok(isPacked(file), `${file} is packed`);
  }
  assert.deepStrictEqual(productionFiles.filter((file) => !isPacked(file)), [], 'every file of the production build is packed');
});

test('nothing the app does not need at run time is packed', () => {
  const packed = candidates.filter(isPacked);
  const notAtRunTime: [string, (file: string) => boolean][] = [
    ['tests', (file) => file.startsWith('tests/')],
    ['TypeScript sources', (file) => /\.(ts|tsx|mts|cts)$/.test(file)],
    ['source maps', (file) => file.endsWith('.map')],
    ['node_modules', (file) => file.split('/').includes('node_modules')],
    ['screenshots', (file) => file.startsWith('dist/screenshots/')],
    ['build resources', (file) => file.startsWith(`${config.directories.buildResources}/`)],
    ['scripts, docs and sources', (file) => /^(scripts|docs|main|renderer|content|locales|\.ci|test-results|release)\//.test(file)],
  ];
  for (const [what, matches] of notAtRunTime) {
    assert.ok(candidates.some(matches), `the candidate list has ${what} to leave out`);
    assert.deepStrictEqual(packed.filter(matches), [], `no ${what}`);
  }
  assert.deepStrictEqual(
    packed.filter((file) => file !== 'package.json' && !file.startsWith('dist/main/') && !file.startsWith('dist/renderer/')),
    [],
    'only package.json and the built app',
  );
});

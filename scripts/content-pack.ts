/**
 * `npm run content:pack -- --key <private key file> --version <x.y.z> [--name <name>] [--min-app-version <x.y.z>]`:
 * builds the app's content (topics, languages, diagrams, read-aloud audio) and writes it as a
 * signed content pack, release/<name>-<version>.kioskpack, for kiosks to install (docs/deploying.md,
 * "Content packs"). The pack version must go up with every pack: kiosks take only newer ones.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from './build';
import { writeContentPack } from './content-packs/write-pack';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const keyFile = option('key');
const version = option('version');
const appVersion = (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
const name = option('name') ?? 'clinic-topics';
const minAppVersion = option('min-app-version') ?? appVersion;
if (keyFile === undefined || version === undefined || !/^\d+\.\d+\.\d+$/.test(version) || !/^\d+\.\d+\.\d+$/.test(minAppVersion)) {
  console.error('Usage: npm run content:pack -- --key <private key file> --version <x.y.z> [--name <name>] [--min-app-version <x.y.z>]');
  process.exit(2);
}
const privateKeyPem = readFileSync(keyFile, 'utf8');
// The same build as the app's, into a folder of its own, so a half-built pack never mixes with dist/.
const buildFolder = mkdtempSync(path.join(os.tmpdir(), 'kiosk-content-pack-'));
const build = spawnSync(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'scripts', 'build.ts'), '--production'], {
  cwd: projectRoot,
  stdio: 'inherit',
  env: { ...process.env, KIOSK_DIST_DIR: buildFolder },
});
if (build.status !== 0) {
  rmSync(buildFolder, { recursive: true, force: true });
  process.exit(1);
}
const outFolder = path.join(projectRoot, 'release');
mkdirSync(outFolder, { recursive: true });
const outFile = path.join(outFolder, `${name}-${version}.kioskpack`);
const manifest = await writeContentPack({ appFolder: path.join(buildFolder, 'renderer'), name, version, minAppVersion, privateKeyPem, outFile });
rmSync(buildFolder, { recursive: true, force: true });
console.log(`Wrote ${path.relative(projectRoot, outFile)}: ${Object.keys(manifest.files).length} files, version ${version}, for kiosks ${minAppVersion} or later.`);

/**
 * `npm run content:pack -- --key <private key file> --version <x.y.z> [--name <name>] [--min-app-version <x.y.z>]`:
 * builds the app's content (topics, languages, diagrams, read-aloud audio) and writes it as a
 * signed content pack, release/<name>-<version>.kioskpack, for kiosks to install (docs/deploying.md,
 * "Content packs"), and release/content-latest.json, which names it for kiosks that fetch packs
 * from IT's server. The pack version must go up with every pack: kiosks take only newer ones.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from './build';
import { writeContentIndex, writeContentPack } from './content-packs/write-pack';
import { packManifestSchema } from '../main/content-packs/pack-manifest';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const keyFile = option('key');
const version = option('version');
const appVersion = (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
const name = option('name') ?? 'clinic-topics';
const minAppVersion = option('min-app-version') ?? appVersion;
// The same rules the kiosk's manifest check applies (pack-manifest.ts): a pack every kiosk would refuse is not written.
const checked = packManifestSchema.pick({ name: true, version: true, minAppVersion: true }).safeParse({ name, version, minAppVersion: minAppVersion.split('-')[0] });
if (keyFile === undefined || !checked.success) {
  if (!checked.success) console.error(`Not a pack: ${checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')} (name: letters, digits, - and _; versions: x.y.z).`);
  console.error('Usage: npm run content:pack -- --key <private key file> --version <x.y.z> [--name <name>] [--min-app-version <x.y.z>]');
  process.exit(2);
}
const privateKeyPem = readFileSync(path.resolve(process.env.INIT_CWD ?? process.cwd(), keyFile), 'utf8');
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
const outFile = path.join(outFolder, `${checked.data.name}-${checked.data.version}.kioskpack`);
const manifest = await writeContentPack({ appFolder: path.join(buildFolder, 'renderer'), ...checked.data, privateKeyPem, outFile });
rmSync(buildFolder, { recursive: true, force: true });
const { file: indexFile } = await writeContentIndex(outFile, manifest);
console.log(`Wrote ${path.relative(projectRoot, outFile)}: ${Object.keys(manifest.files).length} files, version ${manifest.version}, for kiosks ${manifest.minAppVersion} or later.`);
console.log(`Wrote ${path.relative(projectRoot, indexFile)}: kiosks with a contentUpdateUrl read it first. To publish, copy the pack and then this file to the server folder.`);

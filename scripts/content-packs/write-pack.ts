import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { MANIFEST_FILE, PACK_FOLDERS, packPathProblem, SIGNATURE_FILE, type PackManifest } from '../../main/content-packs/pack-manifest';
import { signManifest } from '../../main/content-packs/pack-signing';
import { CONTENT_INDEX_FILE, contentIndexSchema, type ContentIndex } from '../../main/content-packs/content-update-schedule';

export interface WritePackOptions {
  /** A built renderer folder (dist/renderer): its content/, locales/ and audio/ go into the pack. */
  appFolder: string;
  name: string;
  version: string;
  minAppVersion: string;
  privateKeyPem: string;
  outFile: string;
  now?: Date;
}

/** Every file under the pack's folders, as pack names (forward slashes), sorted. */
export function packFilesOf(appFolder: string): string[] {
  const names: string[] = [];
  for (const folder of PACK_FOLDERS) {
    let entries;
    try {
      entries = readdirSync(path.join(appFolder, folder), { recursive: true, withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      names.push(path.relative(appFolder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
    }
  }
  return names.sort();
}

/**
 * Writes `<name>-<version>.kioskpack`: the manifest (every file's size and SHA-256), its Ed25519
 * signature, then the files. The kiosk checks all of it before it shows a word (main/content-packs/).
 */
export async function writeContentPack(options: WritePackOptions): Promise<PackManifest> {
  const names = packFilesOf(options.appFolder);
  if (names.length === 0) throw new Error(`No content in ${options.appFolder}: build the app first.`);
  const files: PackManifest['files'] = {};
  for (const name of names) {
    const problem = packPathProblem(name);
    if (problem !== null) throw new Error(`${name} cannot go into a pack: ${problem}.`);
    const data = readFileSync(path.join(options.appFolder, ...name.split('/')));
    files[name] = { size: data.length, sha256: createHash('sha256').update(data).digest('hex') };
  }
  const manifest: PackManifest = {
    format: 1,
    name: options.name,
    version: options.version,
    createdAt: (options.now ?? new Date()).toISOString(),
    minAppVersion: options.minAppVersion,
    files,
  };
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
  const zip = new ZipFile();
  zip.addBuffer(manifestBytes, MANIFEST_FILE);
  zip.addBuffer(Buffer.from(JSON.stringify(signManifest(manifestBytes, options.privateKeyPem))), SIGNATURE_FILE);
  // MP3 and fonts do not shrink; the rest is text.
  for (const name of names) zip.addFile(path.join(options.appFolder, ...name.split('/')), name, { compress: !/\.(mp3|woff2)$/.test(name) });
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(options.outFile));
  return manifest;
}

/**
 * Writes content-latest.json beside the pack: what kiosks with a contentUpdateUrl read first
 * (main/content-packs/content-updates.ts) to learn the newest pack, and the size and SHA-256 its
 * download must have. Copy both files to the server folder, the pack first.
 */
export async function writeContentIndex(packFile: string, manifest: PackManifest): Promise<{ file: string; index: ContentIndex }> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(packFile), hash);
  const index = contentIndexSchema.parse({ name: manifest.name, version: manifest.version, minAppVersion: manifest.minAppVersion, file: path.basename(packFile), size: statSync(packFile).size, sha256: hash.digest('hex') });
  const file = path.join(path.dirname(packFile), CONTENT_INDEX_FILE);
  writeFileSync(file, `${JSON.stringify(index, null, 2)}\n`);
  return { file, index };
}

import { createHash } from 'node:crypto';
import { closeSync, createWriteStream, fsyncSync, mkdirSync, openSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import * as yauzl from 'yauzl';
import { comparePackVersions, MANIFEST_FILE, PACK_LIMITS, packManifestSchema, packPathProblem, SIGNATURE_FILE, type PackManifest } from './pack-manifest';
import { checkManifestSignature, type PackSignature } from './pack-signing';

/**
 * Checks a content pack and unpacks it into a new, empty folder: the whole pack or nothing. In
 * order: the pack's size; the zip's list of files (only plain files, only safe names inside the
 * pack's folders, within the size limits, none twice); the signature, by a trusted key, over the
 * manifest's exact bytes; the manifest; the versions; the same files as the manifest lists; then
 * each file, unpacked while its SHA-256 is taken, must match. On any problem the folder is
 * removed and the problem named; the content in use is never touched here.
 */

export type PackProblem =
  | 'too-big'
  | 'not-a-pack'
  | 'unsafe-path'
  | 'not-a-plain-file'
  | 'too-many-files'
  | 'no-signature'
  | 'unknown-key'
  | 'bad-signature'
  | 'bad-manifest'
  | 'needs-newer-app'
  | 'not-newer'
  | 'missing-file'
  | 'extra-file'
  | 'hash-mismatch';

export type UnpackResult = { ok: true; manifest: PackManifest; keyId: string } | { ok: false; problem: PackProblem; detail: string };

export interface UnpackOptions {
  /** Public keys IT trusts (base64 SPKI), from the IT config and the app's own list. */
  trustedKeys: readonly string[];
  /** The running kiosk's version: a pack needing a newer one is refused. */
  appVersion: string;
  /** The installed pack's version, if any: only a newer pack is taken, unless rolling back. */
  installedVersion: string | null;
  /** Staff chose to go back to an older pack. */
  allowOlder?: boolean;
  limits?: Partial<typeof PACK_LIMITS>;
}

class PackRefused extends Error {
  constructor(
    readonly problem: PackProblem,
    readonly detail: string,
  ) {
    super(`${problem}: ${detail}`);
  }
}

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;

export async function unpackVerifiedPack(packFile: string, targetFolder: string, options: UnpackOptions): Promise<UnpackResult> {
  const limits = { ...PACK_LIMITS, ...options.limits };
  let zip: yauzl.ZipFile | null = null;
  // Made here, empty, before anything else: a folder that is already there is never touched, or removed.
  try {
    mkdirSync(targetFolder);
  } catch (error) {
    return { ok: false, problem: 'not-a-pack', detail: `cannot unpack into ${targetFolder} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
  try {
    const size = statSync(packFile).size;
    if (size > limits.packBytes) throw new PackRefused('too-big', `the pack is ${size} bytes; at most ${limits.packBytes}`);
    try {
      zip = await yauzl.openPromise(packFile, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: true });
    } catch (error) {
      throw new PackRefused('not-a-pack', `not a whole zip file, perhaps cut short (${(error as Error).message})`);
    }
    const entries = await listEntries(zip, limits);
    const manifestEntry = entries.get(MANIFEST_FILE);
    const signatureEntry = entries.get(SIGNATURE_FILE);
    if (manifestEntry === undefined || signatureEntry === undefined) throw new PackRefused('no-signature', `the pack has no ${manifestEntry === undefined ? MANIFEST_FILE : SIGNATURE_FILE}`);
    const manifestBytes = await readWhole(zip, manifestEntry, limits.manifestBytes);
    const signature = parseSignature(await readWhole(zip, signatureEntry, 4096));
    const check = checkManifestSignature(manifestBytes, signature, options.trustedKeys);
    if (!check.ok) throw new PackRefused(check.reason, check.reason === 'unknown-key' ? `signed with key ${signature.keyId}, which this kiosk does not trust` : 'the signature does not match the manifest');
    const manifest = parseManifest(manifestBytes);
    checkVersions(manifest, options);
    const files = new Map([...entries].filter(([name]) => name !== MANIFEST_FILE && name !== SIGNATURE_FILE));
    for (const name of Object.keys(manifest.files)) {
      if (!files.has(name)) throw new PackRefused('missing-file', `${name} is listed but not in the pack`);
    }
    for (const name of files.keys()) {
      if (manifest.files[name] === undefined) throw new PackRefused('extra-file', `${name} is in the pack but not listed`);
    }
    const folders = new Set<string>([targetFolder]);
    for (const [name, entry] of files) {
      for (let folder = await unpackFile(zip, entry, name, manifest.files[name]!, targetFolder); folder.length > targetFolder.length; folder = path.dirname(folder)) folders.add(folder);
    }
    // Each file was flushed as it closed; the folders' entries must reach the disk too, before the pack is used.
    for (const folder of folders) syncFolder(folder);
    return { ok: true, manifest, keyId: check.keyId };
  } catch (error) {
    rmSync(targetFolder, { recursive: true, force: true });
    if (error instanceof PackRefused) return { ok: false, problem: error.problem, detail: error.detail };
    return { ok: false, problem: 'not-a-pack', detail: (error as Error).message };
  } finally {
    zip?.close();
  }
}

/** Every file entry by name, refusing anything that is not a plain file with a safe name. */
async function listEntries(zip: yauzl.ZipFile, limits: typeof PACK_LIMITS): Promise<Map<string, yauzl.Entry>> {
  const entries = new Map<string, yauzl.Entry>();
  /** Names as a case-insensitive file system sees them (Windows, macOS): two that meet are refused. */
  const foldedNames = new Set<string>();
  let total = 0;
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      try {
        const name = entry.fileName;
        const type = (entry.externalFileAttributes >>> 16) & S_IFMT;
        if (name.endsWith('/')) {
          // Folders are implied by the files' names; a folder entry only needs a safe name.
          const problem = packPathProblem(`${name}x`);
          if (problem !== null) throw new PackRefused('unsafe-path', `${JSON.stringify(name)}: ${problem}`);
        } else {
          if (type !== 0 && type !== S_IFREG) throw new PackRefused('not-a-plain-file', `${JSON.stringify(name)} is ${type === 0o120000 ? 'a symbolic link' : type === S_IFDIR ? 'a folder' : 'not a plain file'}`);
          if (entry.isEncrypted()) throw new PackRefused('not-a-plain-file', `${JSON.stringify(name)} is encrypted`);
          const problem = name === MANIFEST_FILE || name === SIGNATURE_FILE ? null : packPathProblem(name);
          if (problem !== null) throw new PackRefused('unsafe-path', `${JSON.stringify(name)}: ${problem}`);
          const folded = name.normalize('NFC').toLowerCase();
          if (foldedNames.has(folded)) throw new PackRefused('unsafe-path', `${JSON.stringify(name)} is in the pack twice`);
          foldedNames.add(folded);
          if (entry.uncompressedSize > limits.fileBytes) throw new PackRefused('too-big', `${name} is ${entry.uncompressedSize} bytes; at most ${limits.fileBytes}`);
          total += entry.uncompressedSize;
          if (total > limits.totalBytes) throw new PackRefused('too-big', `the files come to more than ${limits.totalBytes} bytes`);
          if (entries.size >= limits.files + 2) throw new PackRefused('too-many-files', `more than ${limits.files} files`);
          entries.set(name, entry);
        }
        zip.readEntry();
      } catch (error) {
        reject(error);
      }
    });
    zip.once('end', () => resolve());
    zip.once('error', (error: Error) => reject(new PackRefused('not-a-pack', `the zip file is damaged (${error.message})`)));
    zip.readEntry();
  });
  return entries;
}

async function readWhole(zip: yauzl.ZipFile, entry: yauzl.Entry, maxBytes: number): Promise<Buffer> {
  if (entry.uncompressedSize > maxBytes) throw new PackRefused('too-big', `${entry.fileName} is larger than ${maxBytes} bytes`);
  const stream = await openEntry(zip, entry);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  try {
    return await zip.openReadStreamPromise(entry);
  } catch (error) {
    throw new PackRefused('not-a-pack', `${entry.fileName} cannot be read (${(error as Error).message})`);
  }
}

function parseSignature(bytes: Buffer): PackSignature {
  try {
    const value = JSON.parse(bytes.toString('utf8')) as Partial<PackSignature>;
    if (typeof value.keyId === 'string' && typeof value.signature === 'string') return { keyId: value.keyId, signature: value.signature };
  } catch {
    // Reported below.
  }
  throw new PackRefused('no-signature', `${SIGNATURE_FILE} is not a signature`);
}

function parseManifest(bytes: Buffer): PackManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new PackRefused('bad-manifest', `${MANIFEST_FILE} is not valid JSON`);
  }
  const parsed = packManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PackRefused('bad-manifest', `${MANIFEST_FILE}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`);
  }
  for (const name of Object.keys(parsed.data.files)) {
    const problem = packPathProblem(name);
    if (problem !== null) throw new PackRefused('unsafe-path', `${MANIFEST_FILE} lists ${JSON.stringify(name)}: ${problem}`);
  }
  return parsed.data;
}

function checkVersions(manifest: PackManifest, options: UnpackOptions): void {
  if (comparePackVersions(manifest.minAppVersion, options.appVersion) > 0) throw new PackRefused('needs-newer-app', `the pack needs kiosk version ${manifest.minAppVersion} or later; this kiosk is ${options.appVersion}`);
  if (options.installedVersion !== null && !options.allowOlder && comparePackVersions(manifest.version, options.installedVersion) <= 0) {
    throw new PackRefused('not-newer', `the pack is version ${manifest.version}; version ${options.installedVersion} is installed`);
  }
}

/** Unpacks one file while taking its SHA-256; it must match the manifest exactly. Returns its folder. */
async function unpackFile(zip: yauzl.ZipFile, entry: yauzl.Entry, name: string, expected: { size: number; sha256: string }, targetFolder: string): Promise<string> {
  if (entry.uncompressedSize !== expected.size) throw new PackRefused('hash-mismatch', `${name} is ${entry.uncompressedSize} bytes; the manifest says ${expected.size}`);
  const target = path.resolve(targetFolder, ...name.split('/'));
  // packPathProblem already refused every way out; this is the last guard.
  if (!target.startsWith(path.resolve(targetFolder) + path.sep)) throw new PackRefused('unsafe-path', `${JSON.stringify(name)} leads out of the pack's folder`);
  mkdirSync(path.dirname(target), { recursive: true });
  const hash = createHash('sha256');
  const hashing = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  try {
    // 'wx': never through a file or link already there; flush: on the disk before it is closed.
    await pipeline(await openEntry(zip, entry), hashing, createWriteStream(target, { flags: 'wx', flush: true }));
  } catch (error) {
    if (error instanceof PackRefused) throw error;
    throw new PackRefused('not-a-pack', `${name} cannot be unpacked (${(error as Error).message})`);
  }
  const actual = hash.digest('hex');
  if (actual !== expected.sha256) throw new PackRefused('hash-mismatch', `${name} does not match its SHA-256 in the manifest`);
  return path.dirname(target);
}

/** Folders whose entries must survive a power cut; systems that cannot sync a folder (Windows) skip it. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Not possible here (EISDIR, EPERM on Windows): the file data itself was flushed.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { MANIFEST_FILE, PACK_FOLDERS, packPathProblem, SIGNATURE_FILE, type PackManifest } from '../../../../main/content-packs/pack-manifest';
import { generatePackKeyPair, signManifest } from '../../../../main/content-packs/pack-signing';
import { unpackVerifiedPack, type UnpackOptions } from '../../../../main/content-packs/unpack-pack';
import { rawZip, type RawZipEntry } from './support/raw-zip';

const KEY = generatePackKeyPair();
const OTHER_KEY = generatePackKeyPair();
const OPTIONS: UnpackOptions = { trustedKeys: [KEY.publicKey], appVersion: '1.4.0', installedVersion: '2026.11.1' };

const FILES: Record<string, Buffer> = {
  'content/index.json': Buffer.from('{"topics":["muscle-atrophy"]}'),
  'content/muscle-atrophy/en.json': Buffer.from('{"title":"Muscle atrophy"}'),
  'locales/en/ui.json': Buffer.from('{"home":{"title":"Learn"}}'),
};

interface PackChanges {
  manifest?: Partial<PackManifest>;
  /** Entries added to the zip after the listed files. */
  extra?: RawZipEntry[];
  /** Entries added to the zip and listed in the signed manifest too: only their names can be wrong. */
  extraListed?: RawZipEntry[];
  /** Files left out of the zip (still listed). */
  leaveOut?: string[];
  /** File contents swapped after the manifest was made. */
  tamper?: Record<string, Buffer>;
  signWith?: string;
  signature?: Buffer;
  noSignature?: boolean;
}

function packBytes(changes: PackChanges = {}): Buffer {
  const manifest: PackManifest = {
    format: 1,
    name: 'clinic-topics',
    version: '2026.12.0',
    createdAt: '2026-11-30T12:00:00.000Z',
    minAppVersion: '1.4.0',
    files: Object.fromEntries(
      [...Object.entries(FILES), ...(changes.extraListed ?? []).map((entry) => [entry.name, entry.data] as const)].map(([name, data]) => [name, { size: data.length, sha256: createHash('sha256').update(data).digest('hex') }]),
    ),
    ...changes.manifest,
  };
  const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2));
  const signature = changes.signature ?? Buffer.from(JSON.stringify(signManifest(manifestBytes, changes.signWith ?? KEY.privateKeyPem)));
  const entries: RawZipEntry[] = [{ name: MANIFEST_FILE, data: manifestBytes }];
  if (!changes.noSignature) entries.push({ name: SIGNATURE_FILE, data: signature });
  for (const [name, data] of Object.entries(FILES)) {
    if (!changes.leaveOut?.includes(name)) entries.push({ name, data: changes.tamper?.[name] ?? data });
  }
  return rawZip([...entries, ...(changes.extraListed ?? []), ...(changes.extra ?? [])]);
}

async function unpack(bytes: Buffer, options: UnpackOptions = OPTIONS) {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'kiosk-pack-'));
  const packFile = path.join(folder, 'clinic-topics-2026.12.0.kioskpack');
  writeFileSync(packFile, bytes);
  const target = path.join(folder, 'unpacked');
  return { result: await unpackVerifiedPack(packFile, target, options), target, folder };
}

test('a pack signed by a trusted key, whole and newer, is unpacked file by file', async () => {
  const { result, target } = await unpack(packBytes());
  assert.equal(result.ok, true, JSON.stringify(result));
  for (const [name, data] of Object.entries(FILES)) assert.deepEqual(readFileSync(path.join(target, name)), data);
  assert.equal(existsSync(path.join(target, MANIFEST_FILE)), false, 'the manifest stays in the pack');
});

test('the corpus of bad packs: each is refused with its reason, and nothing is left unpacked', async () => {
  const half = packBytes();
  const cases: [string, Buffer, string, UnpackOptions?][] = [
    ['not a zip at all', Buffer.from('hello'), 'not-a-pack'],
    ['a download cut short', half.subarray(0, Math.floor(half.length * 0.7)), 'not-a-pack'],
    ['no signature', packBytes({ noSignature: true }), 'no-signature'],
    ['a signature that is not one', packBytes({ signature: Buffer.from('garbage') }), 'no-signature'],
    ['signed by a key the kiosk does not trust', packBytes({ signWith: OTHER_KEY.privateKeyPem }), 'unknown-key'],
    ['the manifest changed after signing', packBytes({ signature: Buffer.from(JSON.stringify({ ...signManifest(Buffer.from('{}'), KEY.privateKeyPem) })) }), 'bad-signature'],
    ['a file changed after signing', packBytes({ tamper: { 'content/muscle-atrophy/en.json': Buffer.from('{"title":"Muscle atrophX"}') } }), 'hash-mismatch'],
    ['a file of another size', packBytes({ tamper: { 'content/muscle-atrophy/en.json': Buffer.from('{}') } }), 'hash-mismatch'],
    ['a listed file missing', packBytes({ leaveOut: ['locales/en/ui.json'] }), 'missing-file'],
    ['an extra file', packBytes({ extra: [{ name: 'content/extra.json', data: Buffer.from('{}') }] }), 'extra-file'],
    ['a file outside the content folders', packBytes({ extra: [{ name: 'app.js', data: Buffer.from('alert(1)') }] }), 'unsafe-path'],
    ['a path climbing out', packBytes({ extra: [{ name: 'content/../../evil.js', data: Buffer.from('x') }] }), 'not-a-pack|unsafe-path'],
    ['an absolute path', packBytes({ extra: [{ name: '/etc/cron.d/evil', data: Buffer.from('x') }] }), 'not-a-pack|unsafe-path'],
    ['a Windows drive path', packBytes({ extra: [{ name: 'C:/Windows/evil.dll', data: Buffer.from('x') }] }), 'not-a-pack|unsafe-path'],
    ['a backslash path', packBytes({ extra: [{ name: 'content\\..\\evil.js', data: Buffer.from('x') }] }), 'not-a-pack|unsafe-path'],
    ['a Windows device name', packBytes({ extra: [{ name: 'content/CON.json', data: Buffer.from('x') }] }), 'unsafe-path'],
    ['a symbolic link', packBytes({ extra: [{ name: 'content/link.json', data: Buffer.from('/etc/passwd'), mode: 0o120777 }] }), 'not-a-plain-file'],
    ['the same file twice', packBytes({ extra: [{ name: 'content/index.json', data: Buffer.from('{}') }] }), 'unsafe-path'],
    ['the same file twice in other case', packBytes({ extra: [{ name: 'content/INDEX.json', data: Buffer.from('{}') }] }), 'unsafe-path'],
    ['a manifest listing a path out', packBytes({ manifest: { files: { '../evil.js': { size: 1, sha256: '0'.repeat(64) } } } }), 'unsafe-path'],
    ['a manifest that is not one', packBytes({ manifest: { format: 2 as 1 } }), 'bad-manifest'],
    ['a pack that needs a newer kiosk', packBytes({ manifest: { minAppVersion: '2.0.0' } }), 'needs-newer-app'],
    ['an older pack than the one installed', packBytes({ manifest: { version: '2026.10.0' } }), 'not-newer'],
    ['the pack already installed', packBytes({ manifest: { version: '2026.11.1' } }), 'not-newer'],
    ['a pack over the size limit', packBytes(), 'too-big', { ...OPTIONS, limits: { packBytes: 100 } }],
    ['a file over the size limit', packBytes(), 'too-big', { ...OPTIONS, limits: { fileBytes: 20 } }],
    ['too many files', packBytes(), 'too-many-files', { ...OPTIONS, limits: { files: 1 as 20_000 } }],
  ];
  for (const [label, bytes, expected, options] of cases) {
    const { result, target } = await unpack(bytes, options);
    assert.equal(result.ok, false, `${label}: refused`);
    if (!result.ok) assert.match(result.problem, new RegExp(`^(${expected})$`), `${label}: ${result.problem} (${result.detail})`);
    assert.equal(existsSync(target), false, `${label}: nothing left unpacked`);
  }
});

test('a folder already there is never unpacked into, nor removed', async () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'kiosk-pack-'));
  const packFile = path.join(folder, 'pack.kioskpack');
  writeFileSync(packFile, packBytes());
  const existing = path.join(folder, 'in-use');
  mkdirSync(existing);
  writeFileSync(path.join(existing, 'keep.txt'), 'mine');
  const result = await unpackVerifiedPack(packFile, existing, OPTIONS);
  assert.equal(result.ok, false);
  assert.equal(readFileSync(path.join(existing, 'keep.txt'), 'utf8'), 'mine');
});

test('a pilot kiosk (1.5.0-beta.1) still refuses a pack that needs 1.5.3', async () => {
  const { result } = await unpack(packBytes({ manifest: { minAppVersion: '1.5.3' } }), { ...OPTIONS, appVersion: '1.5.0-beta.1' });
  assert.deepEqual(result.ok ? 'accepted' : result.problem, 'needs-newer-app');
});

test('staff may go back to an older pack on purpose', async () => {
  const { result } = await unpack(packBytes({ manifest: { version: '2026.10.0' } }), { ...OPTIONS, allowOlder: true });
  assert.equal(result.ok, true);
});

test('generated entry names, signed and listed in the manifest: a name that leads anywhere but inside the pack folders is refused, and nothing is written outside', async () => {
  const segment = fc.oneof(fc.constantFrom('..', '.', '', 'content', 'locales', 'audio', 'CON', 'aux.txt', 'a ', 'b.', '~', '%2e%2e', 'C:', '\\', 'x'), fc.string({ minLength: 1, maxLength: 6 }));
  const escaped = (file: string) => {
    try {
      return statSync(file).isFile() && readFileSync(file, 'utf8') === 'escaped';
    } catch {
      return false;
    }
  };
  await fc.assert(
    fc.asyncProperty(fc.array(segment, { minLength: 1, maxLength: 5 }), fc.boolean(), async (segments, absolute) => {
      const name = `${absolute ? '/' : ''}${segments.join('/')}`;
      const { result, folder } = await unpack(packBytes({ extraListed: [{ name, data: Buffer.from('escaped') }] }));
      const unpacked = path.join(folder, 'unpacked');
      const where = path.resolve(unpacked, name);
      const inside = (PACK_FOLDERS as readonly string[]).some((top) => where.startsWith(path.join(unpacked, top) + path.sep));
      if (!inside || packPathProblem(name) !== null) assert.equal(result.ok, false, `${JSON.stringify(name)} must be refused`);
      if (result.ok) assert.equal(escaped(where), true);
      else assert.equal(existsSync(unpacked), false);
      assert.equal(escaped(path.resolve(folder, name)) || escaped(path.resolve('/', name)), false, `nothing written outside for ${JSON.stringify(name)}`);
    }),
    { numRuns: 200 },
  );
});

import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { MANIFEST_FILE, SIGNATURE_FILE, type PackManifest } from '../../../../../main/content-packs/pack-manifest';
import { signManifest } from '../../../../../main/content-packs/pack-signing';
import { rawZip } from './raw-zip';

/** Writes a well-made, signed pack of `files` (pack name → text) at `packFile`. */
export function writeSignedPack(packFile: string, version: string, files: Record<string, string>, privateKeyPem: string): void {
  const manifest: PackManifest = {
    format: 1,
    name: 'clinic-topics',
    version,
    createdAt: '2026-11-30T12:00:00.000Z',
    minAppVersion: '1.0.0',
    files: Object.fromEntries(Object.entries(files).map(([name, text]) => [name, { size: Buffer.byteLength(text), sha256: createHash('sha256').update(text).digest('hex') }])),
  };
  const manifestBytes = Buffer.from(JSON.stringify(manifest));
  writeFileSync(
    packFile,
    rawZip([
      { name: MANIFEST_FILE, data: manifestBytes },
      { name: SIGNATURE_FILE, data: Buffer.from(JSON.stringify(signManifest(manifestBytes, privateKeyPem))) },
      ...Object.entries(files).map(([name, text]) => ({ name, data: Buffer.from(text) })),
    ]),
  );
}

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { generatePackKeyPair } from '../../../main/content-packs/pack-signing';
import { unpackVerifiedPack } from '../../../main/content-packs/unpack-pack';
import { packFilesOf, writeContentPack } from '../../../scripts/content-packs/write-pack';

test('content:pack writes a signed pack of the built content that the kiosk unpacks as it was, and only the content', async () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'kiosk-write-pack-'));
  const app = path.join(folder, 'renderer');
  const files: Record<string, string> = {
    'content/index.json': '{"topics":[]}',
    'content/muscle-atrophy/ar.json': '{"title":"ضمور العضلات"}',
    'locales/languages.json': '{"languages":[]}',
    'audio/muscle-atrophy/en/causes.mp3': 'ID3 not really audio',
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(app, name)), { recursive: true });
    writeFileSync(path.join(app, name), text);
  }
  writeFileSync(path.join(app, 'app.js'), 'code stays out of packs');
  assert.deepEqual(packFilesOf(app), Object.keys(files).sort());
  const key = generatePackKeyPair();
  const outFile = path.join(folder, 'clinic-topics-2026.12.0.kioskpack');
  const manifest = await writeContentPack({ appFolder: app, name: 'clinic-topics', version: '2026.12.0', minAppVersion: '1.0.0', privateKeyPem: key.privateKeyPem, outFile });
  assert.deepEqual(Object.keys(manifest.files).sort(), Object.keys(files).sort());
  const target = path.join(folder, 'unpacked');
  const result = await unpackVerifiedPack(outFile, target, { trustedKeys: [key.publicKey], appVersion: '1.0.0', installedVersion: null });
  assert.equal(result.ok, true, JSON.stringify(result));
  for (const [name, text] of Object.entries(files)) assert.equal(readFileSync(path.join(target, name), 'utf8'), text);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { comparePackVersions, packPathProblem } from '../../../../main/content-packs/pack-manifest';
import { checkManifestSignature, generatePackKeyPair, packKeyId, parsePublicKey, signManifest } from '../../../../main/content-packs/pack-signing';

test('Ed25519: a manifest signed with a private key checks against its public key only, byte for byte', () => {
  const key = generatePackKeyPair();
  const other = generatePackKeyPair();
  const manifest = Buffer.from('{"format":1}');
  const signature = signManifest(manifest, key.privateKeyPem);
  assert.equal(signature.keyId, packKeyId(key.publicKey));
  assert.deepEqual(checkManifestSignature(manifest, signature, [other.publicKey, key.publicKey]), { ok: true, keyId: signature.keyId });
  assert.deepEqual(checkManifestSignature(Buffer.from('{"format":1} '), signature, [key.publicKey]), { ok: false, reason: 'bad-signature' });
  assert.deepEqual(checkManifestSignature(manifest, signature, [other.publicKey]), { ok: false, reason: 'unknown-key' });
  assert.deepEqual(checkManifestSignature(manifest, { ...signature, signature: 'AAAA' }, [key.publicKey]), { ok: false, reason: 'bad-signature' });
  // A key id that names a trusted key, over another key's signature, is still refused.
  assert.deepEqual(checkManifestSignature(manifest, { keyId: signature.keyId, signature: signManifest(manifest, other.privateKeyPem).signature }, [key.publicKey]), { ok: false, reason: 'bad-signature' });
});

test('public keys as IT writes them: base64 of an Ed25519 key; anything else is no key', () => {
  assert.notEqual(parsePublicKey(generatePackKeyPair().publicKey), null);
  assert.equal(parsePublicKey('not a key'), null);
  assert.equal(parsePublicKey(''), null);
});

test('names inside a pack: plain relative paths in content/, locales/ or audio/ only', () => {
  for (const good of ['content/index.json', 'locales/zh-Hans/ui.json', 'audio/muscle-atrophy/ar/causes.mp3', 'content/muscle-atrophy/diagrams/nerve.svg']) assert.equal(packPathProblem(good), null, good);
  const bad: [string, RegExp][] = [
    ['', /empty/],
    ['/etc/passwd', /absolute/],
    ['C:/Windows/x', /absolute/],
    ['content\\x.json', /backslash/],
    ['content/../app.js', /"\.\."/],
    ['content/./x', /"\.\."/],
    ['content//x', /empty folder/],
    ['content/x\u0000.json', /control/],
    ['content/a:b', /Windows does not allow/],
    ['content/nul.json', /device/],
    ['content/COM1', /device/],
    ['content/x.', /dot or a space/],
    ['app.js', /outside/],
    ['content', /outside/],
    ['renderer/content/x', /outside/],
    [`content/${'a'.repeat(300)}`, /longer/],
  ];
  for (const [name, reason] of bad) assert.match(packPathProblem(name) ?? 'allowed', reason, JSON.stringify(name));
});

test('pack versions compare by number', () => {
  assert.equal(comparePackVersions('2026.12.0', '2026.11.9'), 1);
  assert.equal(comparePackVersions('1.10.0', '1.9.0'), 1);
  assert.equal(comparePackVersions('1.0.0', '1.0.0'), 0);
});

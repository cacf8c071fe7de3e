import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

/**
 * Ed25519 signatures for content packs, with Node's own crypto. The manifest's exact bytes are
 * signed; `manifest.sig` holds the signing key's id and the signature. Keys travel as text:
 * the public key as base64 of its SPKI DER form (what IT lists in the IT config), the private
 * key as a PKCS#8 PEM file that never leaves the content team's machine.
 */

export interface PackSignature {
  /** The first 16 hex digits of the SHA-256 of the public key's DER form. */
  keyId: string;
  /** Base64. */
  signature: string;
}

export interface KeyPairText {
  publicKey: string;
  privateKeyPem: string;
}

export function generatePackKeyPair(): KeyPairText {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return { publicKey: publicKeyText(publicKey), privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
}

function publicKeyText(key: KeyObject): string {
  return key.export({ type: 'spki', format: 'der' }).toString('base64');
}

export function packKeyId(publicKey: string): string {
  return createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex').slice(0, 16);
}

/** A trusted public key as IT wrote it; null when it is not an Ed25519 public key. */
export function parsePublicKey(text: string): KeyObject | null {
  try {
    const key = createPublicKey({ key: Buffer.from(text.trim(), 'base64'), format: 'der', type: 'spki' });
    return key.asymmetricKeyType === 'ed25519' ? key : null;
  } catch {
    return null;
  }
}

export function signManifest(manifestBytes: Buffer, privateKeyPem: string): PackSignature {
  const privateKey = createPrivateKey(privateKeyPem);
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('The private key is not an Ed25519 key (make one with npm run content:keygen).');
  return { keyId: packKeyId(publicKeyText(createPublicKey(privateKey))), signature: sign(null, manifestBytes, privateKey).toString('base64') };
}

export type SignatureCheck = { ok: true; keyId: string } | { ok: false; reason: 'unknown-key' | 'bad-signature' };

/** Checks the signature against the trusted keys (base64 SPKI); only a key on that list counts. */
export function checkManifestSignature(manifestBytes: Buffer, signature: PackSignature, trustedKeys: readonly string[]): SignatureCheck {
  const key = trustedKeys.find((candidate) => packKeyId(candidate) === signature.keyId);
  const publicKey = key === undefined ? null : parsePublicKey(key);
  if (publicKey === null) return { ok: false, reason: 'unknown-key' };
  let valid = false;
  try {
    valid = verify(null, manifestBytes, publicKey, Buffer.from(signature.signature, 'base64'));
  } catch {
    valid = false;
  }
  return valid ? { ok: true, keyId: signature.keyId } : { ok: false, reason: 'bad-signature' };
}

/**
 * `npm run content:keygen -- [--out <file>]`: makes an Ed25519 key pair for signing content packs.
 * The private key goes into a file only its owner can read (default: content-pack-key.pem in the
 * current folder; it refuses to overwrite one); the public key is printed, ready for the IT config's
 * `contentPackKeys` list. Keep the private key off the kiosks and out of the repository: on the
 * content team's signing machine or a password manager, with a backup.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { generatePackKeyPair, packKeyId } from '../main/content-packs/pack-signing';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outFile = path.resolve(outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1]! : 'content-pack-key.pem');
const { publicKey, privateKeyPem } = generatePackKeyPair();
try {
  // 'wx': never replace a key someone may still need; 0600: readable by its owner only.
  writeFileSync(outFile, privateKeyPem, { flag: 'wx', mode: 0o600 });
} catch (error) {
  console.error(`Could not write the private key to ${outFile}: ${(error as NodeJS.ErrnoException).code === 'EEXIST' ? 'a file is already there (choose another with --out)' : (error as Error).message}.`);
  process.exit(1);
}
console.log(`Private key (key id ${packKeyId(publicKey)}) written to ${outFile}.`);
console.log('Keep it secret and off the kiosks: on the machine that signs packs, with a backup. Whoever has it can sign content.');
console.log('Add this public key to "contentPackKeys" in each kiosk\'s IT config:');
console.log(`  "${publicKey}"`);

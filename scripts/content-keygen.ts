/**
 * `npm run content:keygen -- [--out <file>]`: makes an Ed25519 key pair for signing content packs.
 * The private key goes into a file only its owner can read (default: content-pack-key.pem in the
 * folder the command was typed in; never inside the project, and never over another file); the public key is printed, ready for the IT config's
 * `contentPackKeys` list. Keep the private key off the kiosks and out of the repository: on the
 * content team's signing machine or a password manager, with a backup.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { generatePackKeyPair, packKeyId } from '../main/content-packs/pack-signing';
import { projectRoot } from './build';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
// npm runs scripts from the project folder; a relative --out means the folder the command was typed in.
const typedIn = process.env.INIT_CWD ?? process.cwd();
const outFile = path.resolve(typedIn, outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1]! : 'content-pack-key.pem');
const insideProject = !path.relative(projectRoot, outFile).startsWith('..') && !path.isAbsolute(path.relative(projectRoot, outFile));
if (insideProject) {
  console.error(`Refusing to write the private key inside the project (${outFile}): it could end up in the repository. Choose a folder outside it with --out.`);
  process.exit(1);
}
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

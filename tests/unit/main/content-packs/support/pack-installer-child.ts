/**
 * Child process for pack-crash.test.ts: installs two packs in turn, in a tight loop, until it is
 * killed, so the parent can SIGKILL it in the middle of an install and check what survives.
 *
 * Usage: node --import tsx pack-installer-child.ts <content-packs folder> <pack A> <pack B> <public key>
 * Protocol: prints "ready" once loaded, waits for a line on stdin, prints "installing", and loops,
 * printing "installed" after each install that finished.
 */
import { writeSync } from 'node:fs';
import { createPackStore } from '../../../../../main/content-packs/pack-store';

const [root, packA, packB, publicKey] = process.argv.slice(2);
if (root === undefined || packA === undefined || packB === undefined || publicKey === undefined) {
  console.error('usage: pack-installer-child.ts <root> <pack A> <pack B> <public key>');
  process.exit(2);
}
writeSync(1, 'ready\n');
process.stdin.once('end', () => process.exit(0));
process.stdin.once('data', () => {
  const store = createPackStore({ root, trustedKeys: [publicKey], appVersion: '1.4.0', warn: (message) => writeSync(2, `${message}\n`) });
  writeSync(1, 'installing\n');
  void (async () => {
    for (let round = 0; ; round += 1) {
      const result = await store.install(round % 2 === 0 ? packA : packB, { allowOlder: true });
      if (result.ok) writeSync(1, 'installed\n');
      else writeSync(2, `refused: ${result.problem} ${result.detail}\n`);
    }
  })();
});

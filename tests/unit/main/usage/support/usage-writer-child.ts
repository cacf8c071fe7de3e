/**
 * Child process for usage-store.test.ts: counts patient sessions in a tight loop, writing at every
 * idle reset, until it is killed, so the parent can SIGKILL it in the middle of a write.
 *
 * Usage: node --import tsx usage-writer-child.ts <usage file>
 * Protocol: prints "ready" once loaded, waits for a line on stdin, then opens the store (loading
 * what the previous, killed writer left), prints "writing" and loops.
 */
import { writeSync } from 'node:fs';
import { createUsageStore } from '../../../../../main/usage/usage-store';

const [filePath] = process.argv.slice(2);
if (filePath === undefined) {
  console.error('usage: usage-writer-child.ts <usage file>');
  process.exit(2);
}
writeSync(1, 'ready\n');
process.stdin.once('end', () => process.exit(0));
process.stdin.once('data', () => {
  const store = createUsageStore({ filePath, warn: (message) => writeSync(2, `${message}\n`) });
  writeSync(1, 'writing\n');
  for (;;) {
    store.record({ event: 'session-started' });
    store.record({ event: 'topic-opened', topicId: 'muscle-atrophy' });
    for (let page = 0; page < 5; page += 1) store.record({ event: 'page-reached', topicId: 'muscle-atrophy', page, pageCount: 22 });
    store.record({ event: 'session-ended', language: 'en' });
  }
});

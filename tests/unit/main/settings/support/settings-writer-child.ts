/**
 * Child process for settings-crash.test.ts: saves settings in a tight loop until it is killed, so
 * the parent can SIGKILL it in the middle of a write and check what survives.
 *
 * Usage: node --import tsx settings-writer-child.ts <settings file> '<JSON array of settings>'
 * Protocol: prints "ready" once loaded, waits for a line on stdin, then opens the store, prints
 * "writing" and loops. Loading first lets the parent start the next writer while this one is still
 * being tested (start-up through tsx is what makes the test slow); opening the store only on "go"
 * means it loads what the previous, killed writer left behind.
 */
import { writeSync } from 'node:fs';
import type { KioskSettings } from '../../../../../main/settings/settings-schema';
import { createSettingsStore } from '../../../../../main/settings/settings-store';

const [filePath, valuesJson] = process.argv.slice(2);
if (filePath === undefined || valuesJson === undefined) {
  console.error('usage: settings-writer-child.ts <settings file> <JSON array of settings>');
  process.exit(2);
}
// Each value must set every field, so alternating them never leaves a field from the other behind.
const values = JSON.parse(valuesJson) as KioskSettings[];

// writeSync, not console.log: a pipe may be asynchronous, and the loop below never yields.
writeSync(1, 'ready\n');
// The parent went away without sending "go": nothing to do.
process.stdin.once('end', () => process.exit(0));
process.stdin.once('data', () => {
  const store = createSettingsStore({ filePath, warn: (message) => writeSync(2, `${message}\n`) });
  writeSync(1, 'writing\n');
  for (let round = 0; ; round += 1) store.update(values[round % values.length]!);
});

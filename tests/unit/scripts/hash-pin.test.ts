import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readItConfig } from '../../../main/config/it-config';
import { pinHashSchema } from '../../../main/settings/settings-schema';
import { verifyPin } from '../../../main/staff/pin-hash';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Runs `npm run hash-pin` the way a pipe does: stdin is not a terminal. */
function hashPinWith(stdin: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'scripts', 'hash-pin.ts')], { cwd: projectRoot, input: stdin, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('a valid PIN prints a "staffPinHash" line that pastes into the config and verifies', () => {
  const { status, stdout, stderr } = hashPinWith('482913\n');
  assert.equal(status, 0, stderr);
  assert.match(stdout, /^"staffPinHash": \{/);
  assert.ok(!stdout.includes('482913') && !stderr.includes('482913'), 'the PIN is never printed');
  const record = pinHashSchema.parse((JSON.parse(`{${stdout}}`) as { staffPinHash: unknown }).staffPinHash);
  assert.equal(verifyPin('482913', record), true);
  assert.equal(verifyPin('482914', record), false);

  // Pasted into a config file as is, it is accepted without a warning.
  const configFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'kiosk-hash-pin-')), 'config.json');
  writeFileSync(configFile, `{\n${stdout}}\n`);
  const warnings: string[] = [];
  assert.deepStrictEqual(readItConfig(configFile, { warn: (message) => warnings.push(message) }), { staffPinHash: record });
  assert.deepStrictEqual(warnings, []);
});

test('only the first line is read, and a Windows line ending is fine', () => {
  const { status, stdout } = hashPinWith('2468\r\nsomething else\n');
  assert.equal(status, 0);
  const record = pinHashSchema.parse((JSON.parse(`{${stdout}}`) as { staffPinHash: unknown }).staffPinHash);
  assert.equal(verifyPin('2468', record), true);
});

for (const [name, stdin, message] of [
  ['letters', '12ab\n', /A staff PIN must be 4 to 8 digits \(0-9\) and nothing else; nothing was printed\./],
  ['too short', '123\n', /must be 4 to 8 digits/],
  ['too long', '123456789\n', /must be 4 to 8 digits/],
  ['spaces around it', ' 2468\n', /must be 4 to 8 digits/],
  ['nothing', '', /No PIN was given; nothing was printed\./],
] as const) {
  test(`an invalid PIN (${name}) exits with 1, a clear message and nothing on stdout`, () => {
    const { status, stdout, stderr } = hashPinWith(stdin);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(stderr, message);
    if (stdin.trim() !== '') assert.ok(!stderr.includes(stdin.trim()), 'the message does not repeat the PIN');
  });
}

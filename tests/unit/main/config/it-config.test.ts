import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { readItConfig } from '../../../../main/config/it-config';

function folder(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'kiosk-it-config-'));
}

function read(candidates: string[]) {
  const warnings: string[] = [];
  const config = readItConfig(candidates, (message) => warnings.push(message));
  return { config, warnings };
}

test('no config file is normal: nothing set, no warning', () => {
  assert.deepStrictEqual(read([path.join(folder(), 'kiosk-config.json')]), { config: {}, warnings: [] });
});

test('the first existing candidate wins', () => {
  const dir = folder();
  writeFileSync(path.join(dir, 'second.json'), JSON.stringify({ initialPin: '2468' }));
  writeFileSync(path.join(dir, 'third.json'), JSON.stringify({ initialPin: '1357' }));
  assert.deepStrictEqual(read([path.join(dir, 'first.json'), path.join(dir, 'second.json'), path.join(dir, 'third.json')]).config, { initialPin: '2468' });
});

for (const [name, text, pattern] of [
  ['not JSON', 'pin=1234', /is not valid JSON; ignored/],
  ['a PIN with letters', JSON.stringify({ initialPin: '12ab' }), /initialPin: must be 4 to 8 digits/],
  ['a PIN given as a number', JSON.stringify({ initialPin: 1234 }), /initialPin:/],
  ['an unknown field', JSON.stringify({ initialPin: '1234', adminPassword: 'x' }), /is invalid/],
] as const) {
  test(`a broken config file (${name}) is reported and ignored, never a crash`, () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'kiosk-config.json'), text);
    const { config, warnings } = read([path.join(dir, 'kiosk-config.json')]);
    assert.deepStrictEqual(config, {});
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, pattern);
  });
}

test('a folder where the file should be is reported and ignored', () => {
  const dir = folder();
  mkdirSync(path.join(dir, 'kiosk-config.json'));
  const { config, warnings } = read([path.join(dir, 'kiosk-config.json')]);
  assert.deepStrictEqual(config, {});
  assert.match(warnings[0]!, /could not be read/);
});

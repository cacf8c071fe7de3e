import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { DEFAULT_SETTINGS, type KioskSettings } from '../../../../main/settings/settings-schema';
import { createSettingsStore } from '../../../../main/settings/settings-store';
import { SAMPLE_PIN_HASH } from './support/sample-pin-hash';

/** What a previous, successful save left beside the main file. */
const LAST_GOOD: KioskSettings = {
  defaultLanguage: 'es',
  enabledLanguages: ['es', 'en'],
  idleTimeoutSeconds: 120,
  idleCountdownSeconds: 30,
  defaultTextSize: 'large',
  defaultTheme: 'high-contrast',
  motion: false,
  readAloud: false,
  readAloudVolume: 'loud',
  readAloudSpeed: 'slower',
  printingEnabled: true,
  printerName: 'Front desk',
  paperSize: 'Letter',
  dailyPrintLimit: 20,
  clinicName: 'Hillside Clinic',
  clinicPhone: '555 0100',
  topicLinks: {},
  staffPin: SAMPLE_PIN_HASH,
};
const VALID_TEXT = `${JSON.stringify(LAST_GOOD, null, 2)}\n`;

/** How the main file is broken: its bytes, or a folder standing where the file should be. */
type Broken = string | Buffer | { folder: true };

interface Case {
  name: string;
  contents: Broken;
  /** Part of the one-line warning that names the problem. */
  reason: RegExp;
}

const truncations = [1, 2, 17, Math.floor(VALID_TEXT.length / 3), Math.floor(VALID_TEXT.length / 2), VALID_TEXT.length - 3, VALID_TEXT.length - 2];

const CORPUS: Case[] = [
  { name: 'empty', contents: '', reason: /is empty/ },
  { name: 'whitespace only', contents: ' \n\t\r\n  ', reason: /is empty/ },
  ...truncations.map((at) => ({ name: `truncated at byte ${at}`, contents: VALID_TEXT.slice(0, at), reason: /not valid JSON/ })),
  { name: 'not JSON', contents: 'hello', reason: /not valid JSON/ },
  { name: 'binary garbage', contents: Buffer.from([0x00, 0xff, 0xfe, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x7b, 0x80, 0x1b]), reason: /not valid JSON/ },
  { name: 'JSON null', contents: 'null', reason: /\(root\): .*null/ },
  { name: 'an array', contents: '[1,2]', reason: /\(root\): .*array/ },
  { name: 'wrong type', contents: '{"idleTimeoutSeconds": "ninety"}', reason: /idleTimeoutSeconds: .*number/ },
  { name: 'out of range', contents: '{"idleTimeoutSeconds": 5, "idleCountdownSeconds": 1000}', reason: /idleTimeoutSeconds: .*; idleCountdownSeconds: / },
  { name: 'invalid language code', contents: '{"defaultLanguage": "../../etc"}', reason: /defaultLanguage: must be a language code/ },
  { name: 'empty language list', contents: '{"enabledLanguages": []}', reason: /enabledLanguages: must list at least one language/ },
  { name: 'unknown PIN field', contents: '{"staffPin": {"pin": "1234"}}', reason: /staffPin/ },
  { name: 'folder in place of the file', contents: { folder: true }, reason: /is a folder/ },
];

function setUp(main: Broken | null, lastGood: string | null) {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'kiosk-recovery-'));
  const filePath = path.join(folder, 'settings.json');
  if (main !== null && typeof main === 'object' && 'folder' in main) {
    mkdirSync(filePath);
    writeFileSync(path.join(filePath, 'inside.txt'), 'inside');
  } else if (main !== null) {
    writeFileSync(filePath, main);
  }
  if (lastGood !== null) writeFileSync(path.join(folder, 'settings.last-good.json'), lastGood);
  return { folder, filePath };
}

function load(filePath: string) {
  const warnings: string[] = [];
  const settings = createSettingsStore({ filePath, warn: (message) => warnings.push(message) }).get();
  return { settings, warnings };
}

function brokenFiles(folder: string): string[] {
  return readdirSync(folder).filter((name) => /^settings\.broken-[-0-9TZ]+\.json$/.test(name));
}

/** The broken file must survive byte for byte (or as the same folder) under its new name. */
function assertPreserved(folder: string, contents: Broken): void {
  const moved = brokenFiles(folder);
  assert.equal(moved.length, 1, `one broken file kept aside, found ${moved.join(', ')}`);
  const movedPath = path.join(folder, moved[0]!);
  if (typeof contents === 'object' && 'folder' in contents) {
    assert.ok(statSync(movedPath).isDirectory());
    assert.equal(readFileSync(path.join(movedPath, 'inside.txt'), 'utf8'), 'inside');
  } else {
    assert.deepStrictEqual(readFileSync(movedPath), Buffer.from(contents));
  }
}

function assertOneLineWarning(warnings: string[], filePath: string, ...patterns: RegExp[]): void {
  assert.equal(warnings.length, 1, `exactly one warning, got ${JSON.stringify(warnings)}`);
  const [warning] = warnings as [string];
  assert.ok(warning.includes(filePath), `the warning names the file: ${warning}`);
  assert.doesNotMatch(warning, /[\n\r]/);
  for (const pattern of patterns) assert.match(warning, pattern);
}

describe('a broken settings file with a last good copy beside it', () => {
  for (const { name, contents, reason } of CORPUS) {
    test(`${name}: recovers the last good settings and restores the file`, () => {
      const { folder, filePath } = setUp(contents, VALID_TEXT);
      const { settings, warnings } = load(filePath);
      assert.deepStrictEqual(settings, LAST_GOOD);
      assertOneLineWarning(warnings, filePath, reason, /recovered the last good settings/);
      assertPreserved(folder, contents);
      // The main file is whole again, so the next start needs no recovery.
      assert.equal(readFileSync(filePath, 'utf8'), VALID_TEXT);
      assert.deepStrictEqual(load(filePath), { settings: LAST_GOOD, warnings: [] });
    });
  }
});

describe('a broken settings file without a last good copy', () => {
  for (const { name, contents, reason } of CORPUS) {
    test(`${name}: falls back to the defaults`, () => {
      const { folder, filePath } = setUp(contents, null);
      const { settings, warnings } = load(filePath);
      assert.deepStrictEqual(settings, DEFAULT_SETTINGS);
      assertOneLineWarning(warnings, filePath, reason, /using the default settings/);
      assertPreserved(folder, contents);
    });
  }
});

describe('the last good copy', () => {
  test('a missing main file is recovered from the last good copy, and the file restored', () => {
    const { filePath } = setUp(null, VALID_TEXT);
    const { settings, warnings } = load(filePath);
    assert.deepStrictEqual(settings, LAST_GOOD);
    assertOneLineWarning(warnings, filePath, /is missing/, /recovered/);
    assert.equal(readFileSync(filePath, 'utf8'), VALID_TEXT);
  });

  test('a missing main file and no last good copy is a fresh install: defaults, silently', () => {
    const { folder, filePath } = setUp(null, null);
    assert.deepStrictEqual(load(filePath), { settings: DEFAULT_SETTINGS, warnings: [] });
    assert.deepStrictEqual(readdirSync(folder), []);
  });

  test('a corrupt main file and a corrupt last good copy fall back to the defaults', () => {
    const { folder, filePath } = setUp('{"defaultLanguage": "e', 'null');
    const { settings, warnings } = load(filePath);
    assert.deepStrictEqual(settings, DEFAULT_SETTINGS);
    assertOneLineWarning(warnings, filePath, /not valid JSON/, /last good copy .* is unusable too/, /using the default settings/);
    assertPreserved(folder, '{"defaultLanguage": "e');
    // The broken last good copy stays for inspection too; nothing is deleted.
    assert.equal(readFileSync(path.join(folder, 'settings.last-good.json'), 'utf8'), 'null');
  });

  test('a missing main file and a corrupt last good copy fall back to the defaults with a warning', () => {
    const { filePath } = setUp(null, 'hello');
    const { settings, warnings } = load(filePath);
    assert.deepStrictEqual(settings, DEFAULT_SETTINGS);
    assertOneLineWarning(warnings, filePath, /is missing/, /unusable too/, /using the default settings/);
  });

  test('a valid main file is used as is, whatever the last good copy holds', () => {
    const { filePath } = setUp('{"idleTimeoutSeconds": 45}', 'garbage');
    assert.deepStrictEqual(load(filePath), { settings: { ...DEFAULT_SETTINGS, idleTimeoutSeconds: 45 }, warnings: [] });
  });

  test('a byte order mark from a Windows editor does not make a file broken', () => {
    const { filePath } = setUp(`\uFEFF${VALID_TEXT}`, null);
    assert.deepStrictEqual(load(filePath), { settings: LAST_GOOD, warnings: [] });
  });
});

const canTestPermissions = process.platform !== 'win32' && process.getuid?.() !== 0;

test('a file that cannot be read for lack of permission warns and falls back', { skip: !canTestPermissions && 'root and Windows ignore file modes' }, () => {
  const { folder, filePath } = setUp(VALID_TEXT, null);
  chmodSync(filePath, 0o000);
  try {
    const { settings, warnings } = load(filePath);
    assert.deepStrictEqual(settings, DEFAULT_SETTINGS);
    assertOneLineWarning(warnings, filePath, /permission/);
    assert.equal(brokenFiles(folder).length, 1);
  } finally {
    for (const name of readdirSync(folder)) chmodSync(path.join(folder, name), 0o600);
  }
});

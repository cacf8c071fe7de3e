import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { DEFAULT_SETTINGS, type KioskSettings, type PinHash } from '../../../../main/settings/settings-schema';
import { createSettingsStore, SettingsUpdateError } from '../../../../main/settings/settings-store';
import { SAMPLE_PIN_HASH } from './support/sample-pin-hash';

const PIN: PinHash = SAMPLE_PIN_HASH;

function freshFile(contents: string | null = null) {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'kiosk-settings-'));
  const filePath = path.join(folder, 'settings.json');
  if (contents !== null) writeFileSync(filePath, contents);
  return { folder, filePath };
}

function open(filePath: string | null) {
  const warnings: string[] = [];
  const changes: string[][] = [];
  const store = createSettingsStore({ filePath, warn: (message) => warnings.push(message), onChange: (fields) => changes.push(fields) });
  return { store, warnings, changes };
}

const readJson = (filePath: string): unknown => JSON.parse(readFileSync(filePath, 'utf8'));
const lastGoodPath = (folder: string) => path.join(folder, 'settings.last-good.json');

describe('loading', () => {
  test('a fresh install (no file) uses the defaults without a warning', () => {
    const { filePath } = freshFile();
    const { store, warnings } = open(filePath);
    assert.deepStrictEqual(store.get(), DEFAULT_SETTINGS);
    assert.deepStrictEqual(warnings, []);
    assert.deepStrictEqual(DEFAULT_SETTINGS, { defaultLanguage: 'en', idleTimeoutSeconds: 90, idleCountdownSeconds: 20, defaultTextSize: 'standard', defaultTheme: 'standard', motion: true, readAloud: true, readAloudVolume: 'medium', readAloudSpeed: 'normal', printingEnabled: false, printerName: null, paperSize: 'A4', dailyPrintLimit: 50, clinicName: '', clinicPhone: '', topicLinks: {} });
  });

  test('a valid file is used, missing fields take defaults', () => {
    const { filePath } = freshFile('{"enabledLanguages":["es","en"]}');
    assert.deepStrictEqual(open(filePath).store.get(), { ...DEFAULT_SETTINGS, enabledLanguages: ['es', 'en'] });
  });

  test('the settings handed out cannot be changed behind the store', () => {
    const { store } = open(null);
    assert.throws(() => {
      (store.get() as Record<string, unknown>).idleTimeoutSeconds = 1;
    }, TypeError);
    assert.equal(store.get().idleTimeoutSeconds, 90);
  });
});

describe('update', () => {
  test('returns the new settings and persists the fields set (only those) for the next start, as pretty JSON', () => {
    const { filePath } = freshFile();
    const first = open(filePath);
    const updated = first.store.update({ idleTimeoutSeconds: 120, enabledLanguages: ['ar', 'en'], staffPin: PIN });
    const expected: KioskSettings = { ...DEFAULT_SETTINGS, idleTimeoutSeconds: 120, enabledLanguages: ['ar', 'en'], staffPin: PIN };
    assert.deepStrictEqual(updated, expected);
    assert.deepStrictEqual(first.store.get(), expected);
    assert.equal(readFileSync(filePath, 'utf8'), `${JSON.stringify({ enabledLanguages: ['ar', 'en'], idleTimeoutSeconds: 120, staffPin: PIN }, null, 2)}\n`);
    const second = open(filePath);
    assert.deepStrictEqual(second.store.get(), expected);
    assert.deepStrictEqual(second.warnings, []);
  });

  test('an optional field set to undefined is removed, in memory and on disk alike', () => {
    const { filePath } = freshFile(JSON.stringify({ staffPin: PIN, enabledLanguages: ['en'] }));
    const { store } = open(filePath);
    const updated = store.update({ staffPin: undefined });
    assert.deepStrictEqual(updated, { ...DEFAULT_SETTINGS, enabledLanguages: ['en'] });
    assert.deepStrictEqual(open(filePath).store.get(), updated);
  });

  test('an invalid change throws SettingsUpdateError listing the fields, and changes nothing', () => {
    const { folder, filePath } = freshFile('{"idleTimeoutSeconds": 60}\n');
    const { store, changes } = open(filePath);
    const before = store.get();
    assert.throws(
      () => store.update({ idleTimeoutSeconds: 5, defaultLanguage: '../../etc' }),
      (error: unknown) =>
        error instanceof SettingsUpdateError &&
        error.name === 'SettingsUpdateError' &&
        /defaultLanguage: must be a language code/.test(error.message) &&
        /idleTimeoutSeconds: /.test(error.message),
    );
    assert.equal(store.get(), before);
    assert.equal(readFileSync(filePath, 'utf8'), '{"idleTimeoutSeconds": 60}\n');
    assert.deepStrictEqual(readdirSync(folder), ['settings.json']);
    assert.deepStrictEqual(changes, []);
  });

  test('the last good copy holds the settings from before each update', () => {
    const { folder, filePath } = freshFile();
    const { store } = open(filePath);
    store.update({ idleTimeoutSeconds: 100 });
    // Nothing was saved before the first update, so there is nothing to keep yet.
    assert.equal(existsSync(lastGoodPath(folder)), false);
    store.update({ idleTimeoutSeconds: 200 });
    assert.deepStrictEqual(readJson(lastGoodPath(folder)), { idleTimeoutSeconds: 100 });
    store.update({ defaultTextSize: 'largest' });
    assert.deepStrictEqual(readJson(lastGoodPath(folder)), { idleTimeoutSeconds: 200 });
  });

  test('a main file broken after loading never replaces the last good copy', () => {
    const { folder, filePath } = freshFile('{"idleTimeoutSeconds": 60}\n');
    const { store } = open(filePath);
    store.update({ idleTimeoutSeconds: 70 });
    writeFileSync(filePath, '{"idleTim');
    store.update({ idleTimeoutSeconds: 80 });
    assert.equal(readFileSync(lastGoodPath(folder), 'utf8'), '{"idleTimeoutSeconds": 60}\n');
    assert.deepStrictEqual(readJson(filePath), { idleTimeoutSeconds: 80 });
  });

  test('onChange receives the names of the changed fields only, never values', () => {
    const { filePath } = freshFile();
    const { store, changes } = open(filePath);
    store.update({ staffPin: PIN, idleTimeoutSeconds: 90, defaultLanguage: 'fr' });
    store.update({ defaultLanguage: 'fr' });
    store.update({ enabledLanguages: ['fr', 'en'] });
    assert.deepStrictEqual(changes, [['defaultLanguage', 'staffPin'], ['enabledLanguages']]);
    assert.ok(!JSON.stringify(changes).includes(PIN.hash));
  });

  test('a change that changes nothing does not write or notify', () => {
    const { folder, filePath } = freshFile();
    const { store, changes } = open(filePath);
    assert.deepStrictEqual(store.update({ idleTimeoutSeconds: 90 }), DEFAULT_SETTINGS);
    assert.deepStrictEqual(readdirSync(folder), []);
    assert.deepStrictEqual(changes, []);
  });

  test('a failing onChange listener is reported but does not undo the saved change', () => {
    const { filePath } = freshFile();
    const warnings: string[] = [];
    const store = createSettingsStore({
      filePath,
      warn: (message) => warnings.push(message),
      onChange: () => {
        throw new Error('listener bug');
      },
    });
    assert.equal(store.update({ idleCountdownSeconds: 10 }).idleCountdownSeconds, 10);
    assert.equal(open(filePath).store.get().idleCountdownSeconds, 10);
    assert.match(warnings.join('\n'), /listener bug/);
  });

  test('leaves no temporary files behind', () => {
    const { folder, filePath } = freshFile();
    const { store } = open(filePath);
    for (let seconds = 30; seconds < 60; seconds += 1) store.update({ idleTimeoutSeconds: seconds });
    assert.deepStrictEqual(readdirSync(folder).sort(), ['settings.json', 'settings.last-good.json']);
  });

  test('without a file, changes are kept in memory only', () => {
    const { store, changes, warnings } = open(null);
    assert.deepStrictEqual(store.update({ defaultTextSize: 'large' }), { ...DEFAULT_SETTINGS, defaultTextSize: 'large' });
    assert.equal(store.get().defaultTextSize, 'large');
    assert.deepStrictEqual(changes, [['defaultTextSize']]);
    assert.deepStrictEqual(warnings, []);
    assert.throws(() => store.update({ idleCountdownSeconds: 0 }), SettingsUpdateError);
  });
});

describe('layers: built-in defaults < machine defaults (IT config) < saved on the kiosk', () => {
  const MACHINE: Partial<KioskSettings> = { defaultLanguage: 'es', enabledLanguages: ['es', 'en'], idleTimeoutSeconds: 200, staffPin: PIN };

  function openWith(filePath: string | null, machineDefaults: Partial<KioskSettings>) {
    const warnings: string[] = [];
    const store = createSettingsStore({ filePath, warn: (message) => warnings.push(message), machineDefaults });
    return { store, warnings };
  }

  test('machine defaults replace the built-in ones; fields they leave out keep the built-in value', () => {
    const { store, warnings } = openWith(freshFile().filePath, MACHINE);
    assert.deepStrictEqual(store.get(), { ...DEFAULT_SETTINGS, ...MACHINE });
    assert.deepStrictEqual(warnings, []);
  });

  test('a saved field wins over the machine default, field by field', () => {
    const { filePath } = freshFile(JSON.stringify({ idleTimeoutSeconds: 45, motion: false }));
    assert.deepStrictEqual(openWith(filePath, MACHINE).store.get(), { ...DEFAULT_SETTINGS, ...MACHINE, idleTimeoutSeconds: 45, motion: false });
  });

  test('the machine PIN counts until one is saved on the kiosk; removing the saved one brings it back', () => {
    const own: PinHash = { ...PIN, salt: 'b3duc2FsdG93bnNhbHRvd24=' };
    const { filePath } = freshFile();
    const { store } = openWith(filePath, MACHINE);
    assert.deepStrictEqual(store.get().staffPin, PIN);
    store.update({ staffPin: own });
    assert.deepStrictEqual(openWith(filePath, MACHINE).store.get().staffPin, own);
    store.update({ staffPin: undefined });
    assert.deepStrictEqual(openWith(filePath, MACHINE).store.get().staffPin, PIN);
  });

  test('saving never copies a machine default into the file, so a later IT change still arrives', () => {
    const { filePath } = freshFile();
    openWith(filePath, MACHINE).store.update({ defaultTextSize: 'large' });
    assert.deepStrictEqual(readJson(filePath), { defaultTextSize: 'large' });
    const later = openWith(filePath, { ...MACHINE, idleTimeoutSeconds: 300 }).store.get();
    assert.deepStrictEqual({ idle: later.idleTimeoutSeconds, size: later.defaultTextSize }, { idle: 300, size: 'large' });
  });

  test('a staff value equal to the machine default changes nothing and writes nothing', () => {
    const { folder, filePath } = freshFile();
    openWith(filePath, MACHINE).store.update({ idleTimeoutSeconds: 200 });
    assert.deepStrictEqual(readdirSync(folder), []);
  });

  test('a machine default the schema refuses is reported and the built-in value used; the rest still apply', () => {
    const { store, warnings } = openWith(null, { idleTimeoutSeconds: 5, defaultLanguage: 'fr' });
    assert.deepStrictEqual(store.get(), { ...DEFAULT_SETTINGS, defaultLanguage: 'fr' });
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /^Machine default idleTimeoutSeconds refused \(idleTimeoutSeconds: .*\); using the built-in default\.$/);
  });
});

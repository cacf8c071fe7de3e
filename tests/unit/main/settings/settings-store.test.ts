import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { DEFAULT_SETTINGS } from '../../../../main/settings/settings-schema';
import { createSettingsStore } from '../../../../main/settings/settings-store';

const folder = mkdtempSync(path.join(os.tmpdir(), 'kiosk-settings-'));

function load(contents: string | null) {
  const filePath = path.join(folder, `settings-${Math.random().toString(36).slice(2)}.json`);
  if (contents !== null) writeFileSync(filePath, contents);
  const warnings: string[] = [];
  const settings = createSettingsStore({ filePath, warn: (message) => warnings.push(message) }).get();
  return { settings, warnings };
}

test('a fresh install (no file) uses the defaults without a warning', () => {
  assert.deepStrictEqual(load(null), { settings: DEFAULT_SETTINGS, warnings: [] });
  assert.deepStrictEqual(DEFAULT_SETTINGS, { defaultLanguage: 'en' });
});

test('a valid file is used, missing fields take defaults', () => {
  assert.deepStrictEqual(load('{"enabledLanguages":["es","en"]}').settings, { defaultLanguage: 'en', enabledLanguages: ['es', 'en'] });
});

for (const [name, contents, expected] of [
  ['empty', '', /not valid JSON/],
  ['truncated', '{"defaultLanguage": "e', /not valid JSON/],
  ['not an object', '[1,2]', /invalid/],
  ['wrong type', '{"defaultLanguage": 7}', /defaultLanguage/],
  ['empty language list', '{"enabledLanguages": []}', /enabledLanguages: must list at least one language/],
  ['bad language code', '{"defaultLanguage": "../../etc"}', /defaultLanguage: must be a language code/],
] as const) {
  test(`a ${name} file falls back to defaults with a warning`, () => {
    const { settings, warnings } = load(contents);
    assert.deepStrictEqual(settings, DEFAULT_SETTINGS);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, expected);
  });
}

import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { generatePackKeyPair } from '../../../../main/content-packs/pack-signing';
import { itConfigAsSettings, itConfigPath, parseItConfig, readItConfig, type ItConfig } from '../../../../main/config/it-config';
import { readLanguageCodes } from '../../../../main/config/language-codes';
import { hashPin } from '../../../../main/staff/pin-hash';

const LANGUAGES = ['en', 'es', 'fr', 'ar', 'zh-Hans', 'vi'];
// scrypt is slow on purpose: one real record for every test.
const HASH = hashPin('2468');
const GOOD: ItConfig = { staffPinHash: HASH, defaultLanguage: 'es', enabledLanguages: ['es', 'en'], idleTimeoutSeconds: 120 };

function configFile(contents: string | null): string {
  const filePath = path.join(mkdtempSync(path.join(os.tmpdir(), 'kiosk-it-config-')), 'config.json');
  if (contents !== null) writeFileSync(filePath, contents);
  return filePath;
}

function read(contents: string | null, knownLanguages: readonly string[] | null = LANGUAGES) {
  const filePath = configFile(contents);
  const warnings: string[] = [];
  const config = readItConfig(filePath, { warn: (message) => warnings.push(message), knownLanguages: knownLanguages ?? undefined });
  return { config, warnings, filePath };
}

describe('where the file lives', () => {
  test('Linux and other Unix: /etc/clinic-kiosk/config.json', () => {
    assert.equal(itConfigPath('linux', {}), '/etc/clinic-kiosk/config.json');
    assert.equal(itConfigPath('freebsd', {}), '/etc/clinic-kiosk/config.json');
  });

  test('macOS: /Library/Application Support', () => {
    assert.equal(itConfigPath('darwin', { PROGRAMDATA: 'D:\\Data' }), '/Library/Application Support/Clinic Kiosk/config.json');
  });

  test('Windows: %ProgramData%, then %ALLUSERSPROFILE%, then C:\\ProgramData', () => {
    assert.equal(itConfigPath('win32', { PROGRAMDATA: 'D:\\Data' }), 'D:\\Data\\Clinic Kiosk\\config.json');
    assert.equal(itConfigPath('win32', { ALLUSERSPROFILE: 'E:\\All' }), 'E:\\All\\Clinic Kiosk\\config.json');
    assert.equal(itConfigPath('win32', {}), 'C:\\ProgramData\\Clinic Kiosk\\config.json');
    // A relative value would put the file wherever the kiosk happens to start.
    assert.equal(itConfigPath('win32', { PROGRAMDATA: 'ProgramData' }), 'C:\\ProgramData\\Clinic Kiosk\\config.json');
  });
});

describe('reading the file', () => {
  test('a missing file is normal: nothing set, nothing logged', () => {
    const { config, warnings } = read(null);
    assert.deepStrictEqual({ config, warnings }, { config: {}, warnings: [] });
  });

  test('every field, all good, with a byte order mark: all apply, nothing logged', () => {
    const { config, warnings } = read(`\uFEFF${JSON.stringify(GOOD)}`);
    assert.deepStrictEqual(config, GOOD);
    assert.deepStrictEqual(warnings, []);
  });

  for (const [name, contents, problem] of [
    ['not JSON', '{ "defaultLanguage": "es", }', /: is not valid JSON .*; the whole file is ignored\.$/],
    ['a list, not an object', '["es"]', /: must be one JSON object .*; the whole file is ignored\.$/],
    ['JSON null', 'null', /: must be one JSON object/],
  ] as const) {
    test(`a broken file (${name}) is reported once and ignored as a whole`, () => {
      const { config, warnings, filePath } = read(contents);
      assert.deepStrictEqual(config, {});
      assert.equal(warnings.length, 1);
      assert.ok(warnings[0]!.startsWith(`IT config ${filePath}: `), warnings[0]);
      assert.match(warnings[0]!, problem);
    });
  }

  test('a folder where the file should be is reported and ignored', () => {
    const filePath = configFile(null);
    mkdirSync(filePath);
    const warnings: string[] = [];
    assert.deepStrictEqual(readItConfig(filePath, { warn: (message) => warnings.push(message) }), {});
    assert.match(warnings.join('\n'), /could not be read \(EISDIR\); the whole file is ignored/);
  });
});

describe('field by field: each bad field is reported and ignored, the good ones still apply', () => {
  const cases: { field: string; value: unknown; problem: RegExp }[] = [
    { field: 'idleTimeoutSeconds', value: 5, problem: /^idleTimeoutSeconds must be a whole number of seconds from 30 to 600 \(got 5\); ignored\.$/ },
    { field: 'idleTimeoutSeconds', value: '120', problem: /^idleTimeoutSeconds must be a whole number .*\(got "120"\)/ },
    { field: 'idleTimeoutSeconds', value: 90.5, problem: /^idleTimeoutSeconds must be a whole number/ },
    { field: 'defaultLanguage', value: 'pt', problem: /^defaultLanguage is not a language this kiosk has \(en, es, fr, ar, zh-Hans, vi\) \(got "pt"\); ignored\.$/ },
    { field: 'defaultLanguage', value: '../../etc', problem: /^defaultLanguage must be a language code such as "en"/ },
    { field: 'enabledLanguages', value: [], problem: /^enabledLanguages must be a list of one or more language codes/ },
    { field: 'enabledLanguages', value: 'en', problem: /^enabledLanguages must be a list/ },
    { field: 'enabledLanguages', value: ['en', 'xx'], problem: /^enabledLanguages has an entry that is not a language this kiosk has/ },
    { field: 'enabledLanguages', value: ['en', 'en'], problem: /^enabledLanguages lists a language twice/ },
    { field: 'staffPinHash', value: '2468', problem: /^staffPinHash must be the whole \{ "algorithm": "scrypt", ... \} record printed by `npm run hash-pin`; ignored\.$/ },
    { field: 'staffPinHash', value: { ...HASH, hash: HASH.hash.slice(0, 24) }, problem: /^staffPinHash cannot be used: its hash is 18 bytes long where keyLength says 32/ },
    { field: 'staffPinHash', value: { ...HASH, cost: 30000 }, problem: /^staffPinHash cannot be used: its cost must be a power of two; ignored\.$/ },
    { field: 'staffPinHash', value: { ...HASH, cost: 2 ** 20 }, problem: /^staffPinHash cannot be used: .*more memory/ },
  ];
  for (const { field, value, problem } of cases) {
    test(`${field}: ${JSON.stringify(value).slice(0, 60)}`, () => {
      const { config, warnings, filePath } = read(JSON.stringify({ ...GOOD, [field]: value }));
      const expected: Record<string, unknown> = { ...GOOD };
      delete expected[field];
      assert.deepStrictEqual(config, expected);
      assert.equal(warnings.length, 1);
      const prefix = `IT config ${filePath}: `;
      assert.ok(warnings[0]!.startsWith(prefix), warnings[0]);
      assert.match(warnings[0]!.slice(prefix.length), problem);
    });
  }

  test('several bad fields give one line each', () => {
    const { config, warnings } = read(JSON.stringify({ defaultLanguage: 7, idleTimeoutSeconds: 9999, enabledLanguages: ['es', 'fr'] }));
    assert.deepStrictEqual(config, {});
    assert.equal(warnings.length, 3);
    assert.match(warnings[0]!, /defaultLanguage must be a language code/);
    assert.match(warnings[1]!, /idleTimeoutSeconds must be/);
    // With the default left at "en" (built in), a list without it cannot be used either.
    assert.match(warnings[2]!, /enabledLanguages must include the default language "en"; ignored\.$/);
  });

  test('the enabled languages must include the default language; the list is the field dropped', () => {
    const { config, warnings } = read(JSON.stringify({ defaultLanguage: 'fr', enabledLanguages: ['es', 'en'] }));
    assert.deepStrictEqual(config, { defaultLanguage: 'fr' });
    assert.match(warnings.join('\n'), /enabledLanguages must include the default language "fr"; ignored\./);
  });

  test('unknown fields are reported by name and ignored', () => {
    const { config, warnings } = read(JSON.stringify({ idleTimeoutSeconds: 120, adminPassword: 'x' }));
    assert.deepStrictEqual(config, { idleTimeoutSeconds: 120 });
    assert.match(warnings[0]!, /unknown field "adminPassword" \(known: staffPinHash, defaultLanguage, enabledLanguages, idleTimeoutSeconds, printingEnabled, printerName, paperSize, dailyPrintLimit, clinicName, clinicPhone, topicLinks, kioskId, usageExportFolder, statusFolder, updateUrl, updateChannel, quietHours, contentPackKeys, contentUpdateUrl, contentUpdateTime\); ignored\.$/);
  });

  test('the old plain-text initialPin is refused with a pointer to hash-pin, and its value is never logged', () => {
    const { config, warnings } = read(JSON.stringify({ initialPin: '97531' }));
    assert.deepStrictEqual(config, {});
    assert.match(warnings[0]!, /initialPin is no longer read; put the output of `npm run hash-pin` in "staffPinHash" instead; ignored\./);
    assert.ok(!warnings[0]!.includes('97531'));
  });

  test('the PIN hash never appears in a log line', () => {
    const { warnings } = read(JSON.stringify({ staffPinHash: { ...HASH, cost: 3 } }));
    assert.equal(warnings.length, 1);
    assert.ok(!warnings[0]!.includes(HASH.hash) && !warnings[0]!.includes(HASH.salt));
  });

  test('without the language list, only the format of a code is checked', () => {
    const { config, warnings } = read(JSON.stringify({ defaultLanguage: 'pt', enabledLanguages: ['pt', 'en'] }), null);
    assert.deepStrictEqual(config, { defaultLanguage: 'pt', enabledLanguages: ['pt', 'en'] });
    assert.deepStrictEqual(warnings, []);
  });
});

test('as settings, the PIN hash becomes the staff PIN and nothing else is renamed', () => {
  assert.deepStrictEqual(itConfigAsSettings(GOOD), { staffPin: HASH, defaultLanguage: 'es', enabledLanguages: ['es', 'en'], idleTimeoutSeconds: 120 });
  assert.deepStrictEqual(itConfigAsSettings({}), {});
});

describe('the language codes the main process knows', () => {
  test('come from the built registry', () => {
    const registry = configFile(JSON.stringify({ sourceLanguage: 'en', languages: [{ code: 'en' }, { code: 'zh-Hans' }] }));
    assert.deepStrictEqual(readLanguageCodes(registry), ['en', 'zh-Hans']);
  });

  test('are unknown (undefined) when the registry is missing or not as expected', () => {
    assert.equal(readLanguageCodes(configFile(null)), undefined);
    assert.equal(readLanguageCodes(configFile('{"languages": [{"name": "English"}]}')), undefined);
    assert.equal(readLanguageCodes(configFile('not json')), undefined);
  });
});

describe('IT config: handout fields', () => {
  test('printing, printer, paper, limit and the clinic line are taken when right and reported when wrong', () => {
    const good = { printingEnabled: true, printerName: 'Front desk laser', paperSize: 'Letter', dailyPrintLimit: 40, clinicName: 'Hillside Clinic', clinicPhone: '555 0100' };
    const warnings: string[] = [];
    assert.deepStrictEqual(parseItConfig(good, undefined, (problem) => warnings.push(problem)), good);
    assert.deepStrictEqual(warnings, []);
    const bad = { printingEnabled: 'yes', printerName: '', paperSize: 'A3', dailyPrintLimit: 0, clinicName: 'two\nlines', clinicPhone: 5550100 };
    const problems: string[] = [];
    assert.deepStrictEqual(parseItConfig(bad, undefined, (problem) => problems.push(problem)), {});
    assert.equal(problems.length, 6);
    assert.match(problems.join('\n'), /paperSize must be one of "A4", "Letter"/);
  });
});

describe('IT config: QR-code addresses per topic and language', () => {
  test('good addresses are taken; each bad entry is reported on its own line and left out', () => {
    const problems: string[] = [];
    const config = parseItConfig(
      {
        topicLinks: {
          'muscle-atrophy': { en: 'https://clinic.example.org/muscle-atrophy', '*': 'https://clinic.example.org/topics', es: 'http://clinic.example.org/es', de: 'https://clinic.example.org/de' },
          'Bad Topic': { en: 'https://clinic.example.org/x' },
          'back-pain': 'https://clinic.example.org/back-pain',
        },
      },
      LANGUAGES,
      (problem) => problems.push(problem),
    );
    assert.deepStrictEqual(config, { topicLinks: { 'muscle-atrophy': { en: 'https://clinic.example.org/muscle-atrophy', '*': 'https://clinic.example.org/topics' } } });
    assert.equal(problems.length, 4, problems.join('\n'));
    assert.match(problems[0]!, /^topicLinks\.muscle-atrophy\.es must start with https:\/\/ .*ignored\.$/);
    assert.match(problems[1]!, /^topicLinks\.muscle-atrophy: the key "de" is not a language this kiosk has/);
    assert.match(problems[2]!, /^topicLinks: "Bad Topic" is not a topic id/);
    assert.match(problems[3]!, /^topicLinks\.back-pain must be an object of language codes and addresses/);
  });

  test('not an object at all: reported, and nothing set', () => {
    const problems: string[] = [];
    assert.deepStrictEqual(parseItConfig({ topicLinks: ['https://example.org'] }, LANGUAGES, (problem) => problems.push(problem)), {});
    assert.match(problems.join('\n'), /topicLinks must be an object of topics/);
  });

  test('they reach the settings unchanged', () => {
    const topicLinks = { 'muscle-atrophy': { '*': 'https://clinic.example.org/topics' } };
    assert.deepStrictEqual(itConfigAsSettings({ topicLinks }), { topicLinks });
  });
});

describe('IT config: the kiosk name, the usage folder and the status folder', () => {
  test('taken when right; a folder without a kiosk name is refused; none becomes a setting', () => {
    const problems: string[] = [];
    const config = parseItConfig({ kioskId: 'lobby-1', usageExportFolder: '\\\\server\\share\\kiosk-usage', statusFolder: '/mnt/share/kiosk-status' }, LANGUAGES, (problem) => problems.push(problem));
    assert.deepStrictEqual(config, { kioskId: 'lobby-1', usageExportFolder: '\\\\server\\share\\kiosk-usage', statusFolder: '/mnt/share/kiosk-status' });
    assert.equal(problems.length, 0);
    assert.deepStrictEqual(itConfigAsSettings(config), {});
    assert.deepStrictEqual(parseItConfig({ usageExportFolder: '/mnt/share', statusFolder: '/mnt/status' }, LANGUAGES, (problem) => problems.push(problem)), {});
    assert.match(problems.join('\n'), /usageExportFolder needs a kioskId too/);
    assert.match(problems.join('\n'), /statusFolder needs a kioskId too/);
    assert.deepStrictEqual(parseItConfig({ kioskId: 'lobby-1', statusFolder: 'status' }, LANGUAGES, (problem) => problems.push(problem)), { kioskId: 'lobby-1' });
    assert.match(problems.at(-1)!, /^statusFolder must be a whole folder path/);
  });

  test('a kiosk name that could not be part of a file name, and a relative folder, are refused', () => {
    const problems: string[] = [];
    assert.deepStrictEqual(parseItConfig({ kioskId: '../lobby', usageExportFolder: 'usage' }, LANGUAGES, (problem) => problems.push(problem)), {});
    assert.match(problems[0]!, /^kioskId must be 1 to 40 letters/);
    assert.match(problems[1]!, /^usageExportFolder must be a whole folder path/);
  });
});

describe('IT config: app updates', () => {
  test('the update address, channel and quiet hours are taken when right, reported when wrong, and never become settings', () => {
    const problems: string[] = [];
    const good = { updateUrl: 'https://10.0.0.5/kiosk-updates', updateChannel: 'beta', quietHours: { start: '22:30', end: '05:00' } };
    const config = parseItConfig(good, LANGUAGES, (problem) => problems.push(problem));
    assert.deepStrictEqual(config, good);
    assert.equal(problems.length, 0);
    assert.deepStrictEqual(itConfigAsSettings(config), {});
    const bad = parseItConfig(
      { updateUrl: 'ftp://server/kiosk', updateChannel: 'Beta Channel', quietHours: { start: '2:00', end: '05:00' } },
      LANGUAGES,
      (problem) => problems.push(problem),
    );
    assert.deepStrictEqual(bad, {});
    assert.match(problems[0]!, /^updateUrl must be the https:\/\/ address/);
    assert.match(problems[1]!, /^updateChannel must be a channel name/);
    assert.match(problems[2]!, /^quietHours must be \{ "start": "HH:MM", "end": "HH:MM" \}/);
    for (const value of ['http://updates.clinic.example/kiosk', 'https://user:secret@server/kiosk', 'not a url']) {
      assert.deepStrictEqual(parseItConfig({ updateUrl: value }, LANGUAGES, (problem) => problems.push(problem)), {});
    }
    for (const quietHours of [{ start: '03:00', end: '03:00' }, { start: '02:00', end: '05:00', days: 'weekends' }, '02:00-05:00']) {
      assert.deepStrictEqual(parseItConfig({ quietHours }, LANGUAGES, (problem) => problems.push(problem)), {});
    }
  });
});

describe('IT config: content pack keys', () => {
  test('public keys from content:keygen are taken; anything else is refused, and they never become settings', () => {
    const problems: string[] = [];
    const key = generatePackKeyPair().publicKey;
    const config = parseItConfig({ contentPackKeys: [key] }, LANGUAGES, (problem) => problems.push(problem));
    assert.deepStrictEqual(config, { contentPackKeys: [key] });
    assert.deepStrictEqual(itConfigAsSettings(config), {});
    for (const contentPackKeys of [[], ['not a key'], key, [key, 42]]) {
      assert.deepStrictEqual(parseItConfig({ contentPackKeys }, LANGUAGES, (problem) => problems.push(problem)), {});
    }
    assert.equal(problems.length, 4);
    assert.match(problems[0]!, /^contentPackKeys must be a list of public keys/);
  });
});

describe('IT config: content updates from a server', () => {
  test('an http or https folder and a daily time are taken with trusted keys; without keys, or wrong, they are reported and left out', () => {
    const problems: string[] = [];
    const key = generatePackKeyPair().publicKey;
    const good = { contentPackKeys: [key], contentUpdateUrl: 'http://content.clinic.lan/kiosk-packs/', contentUpdateTime: '01:30' };
    const config = parseItConfig(good, LANGUAGES, (problem) => problems.push(problem));
    assert.deepStrictEqual(config, good);
    assert.deepStrictEqual(itConfigAsSettings(config), {});
    assert.equal(problems.length, 0);
    assert.deepStrictEqual(parseItConfig({ contentUpdateUrl: 'https://content.clinic.lan/packs' }, LANGUAGES, (problem) => problems.push(problem)), {});
    assert.match(problems[0]!, /^contentUpdateUrl needs contentPackKeys too/);
    for (const contentUpdateUrl of ['ftp://server/packs', 'file:///srv/packs', 'https://user:pw@server/packs', 'https://server/packs?latest=1', 'https://server/packs#x', 'packs', 42]) {
      assert.deepStrictEqual(parseItConfig({ contentPackKeys: [key], contentUpdateUrl }, LANGUAGES, (problem) => problems.push(problem)), { contentPackKeys: [key] }, String(contentUpdateUrl));
    }
    assert.match(problems[1]!, /^contentUpdateUrl must be the http:\/\/ or https:\/\/ address of the folder/);
    for (const contentUpdateTime of ['3:00', '24:00', 'nightly', 300]) {
      assert.deepStrictEqual(parseItConfig({ contentUpdateTime }, LANGUAGES, (problem) => problems.push(problem)), {}, String(contentUpdateTime));
    }
    assert.match(problems.at(-1)!, /^contentUpdateTime must be a time of day "HH:MM"/);
  });
});

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { KioskSettingsView } from '../../../../main/ipc/contract';
import { readAppFile } from '../../../../main/protocol/app-files';
import { parseStartSettings, withStartSettings } from '../../../../renderer/start/embedded-settings';

const PAGE = '<!doctype html><script type="application/json" id="kx-start-settings"></script><script type="module" src="app.js"></script>';
const SETTINGS: KioskSettingsView = {
  defaultLanguage: 'ar',
  enabledLanguages: ['ar', 'en'],
  idleTimeoutSeconds: 120,
  idleCountdownSeconds: 20,
  defaultTextSize: 'large',
  defaultTheme: 'standard',
  motion: true,
  readAloud: true,
  readAloudVolume: 'medium',
  readAloudSpeed: 'normal',
  printingEnabled: true,
  printerName: null,
  paperSize: 'A4',
  dailyPrintLimit: 50,
  // Staff type this one: it must not be able to end the block and start a script.
  clinicName: 'North </script><script>alert(1)</script> clinic',
  clinicPhone: '',
  topicLinks: {},
};

/** The text between the settings block's tags, as the renderer reads it. */
const blockText = (html: string) => /id="kx-start-settings">([\s\S]*?)<\/script>/.exec(html)?.[1];

test('the settings are written into the empty block and read back whole; text staff typed cannot end the block', () => {
  const page = withStartSettings(PAGE, SETTINGS);
  assert.equal(page.match(/<\/script>/g)?.length, 2, 'still two script elements, each ended where it was');
  assert.ok(page.endsWith('<script type="module" src="app.js"></script>'));
  assert.deepEqual(parseStartSettings(blockText(page)), SETTINGS);
});

test('a page without the block is served as it is, and an empty or damaged block reads as no settings (the page then asks for them)', () => {
  const withoutBlock = '<!doctype html><p>no block</p>';
  assert.equal(withStartSettings(withoutBlock, SETTINGS), withoutBlock);
  assert.equal(parseStartSettings(blockText(PAGE)), null);
  assert.equal(parseStartSettings('{"defaultLanguage": "en",'), null);
  assert.equal(parseStartSettings('{"registry": {}}'), null);
  assert.equal(parseStartSettings('null'), null);
  assert.equal(parseStartSettings('{"defaultLanguage": "en", "enabledLanguages": "en", "idleTimeoutSeconds": 90}'), null);
});

test('only the kiosk page is served with the settings: not the handout page, not a file', async () => {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'kiosk-start-settings-')));
  mkdirSync(root, { recursive: true });
  for (const name of ['index.html', 'handout.html']) writeFileSync(path.join(root, name), PAGE);
  for (const request of ['/', '/index.html']) assert.deepEqual(parseStartSettings(blockText((await readAppFile(root, request, null, SETTINGS)).body.toString())), SETTINGS, request);
  assert.equal(parseStartSettings(blockText((await readAppFile(root, '/handout.html', null, SETTINGS)).body.toString())), null);
  assert.equal(parseStartSettings(blockText((await readAppFile(root, '/')).body.toString())), null, 'no settings given: the block stays empty');
});

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { readAppFile } from '../../../../main/protocol/app-files';
import { carriesStartData, packServes, replaceStartData } from '../../../../main/protocol/pack-overlay';
import { parseStartData } from '../../../../renderer/start/embedded-start-data';

const BLOCK = (data: string) => `<!doctype html><script type="application/json" id="kx-start-data">${data}</script><script type="module" src="app.js"></script>`;
const APP_DATA = { registry: { sourceLanguage: 'en', languages: [{ code: 'en' }] }, content: { topics: [{ id: 'muscle-atrophy' }] } };
const PACK_DATA = { registry: { sourceLanguage: 'en', languages: [{ code: 'en' }, { code: 'pt-BR' }] }, content: { topics: [{ id: 'muscle-atrophy' }, { id: 'back-pain </script><script>alert(1)</script>' }] } };

function sandbox() {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'kiosk-pack-overlay-')));
  const app = path.join(root, 'app');
  const pack = path.join(root, 'pack');
  for (const [folder, files] of [
    [app, { 'index.html': BLOCK(JSON.stringify(APP_DATA)), 'app.js': 'export {}', 'content/index.json': JSON.stringify(APP_DATA.content), 'content/muscle-atrophy/en.json': '{"title":"old"}', 'audio/muscle-atrophy/en/p.mp3': 'old audio' }],
    [pack, { 'content/index.json': JSON.stringify(PACK_DATA.content), 'locales/languages.json': JSON.stringify(PACK_DATA.registry), 'content/muscle-atrophy/en.json': '{"title":"new"}', 'app.js': 'a pack never serves code' }],
  ] as const) {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
      writeFileSync(path.join(folder, name), text);
    }
  }
  return { app, pack };
}

test('which requests a pack answers: its three folders only, and the pages that carry the start-up data', () => {
  assert.deepEqual(['/content/index.json', '/locales/ar/ui.json', '/audio/t/en/p.mp3', '/app.js', '/content', '/fonts/x.woff2', '/content/../app.js'].map(packServes), [true, true, true, false, false, false, false]);
  assert.deepEqual(['/', '/index.html', '/handout.html', '/recovering.html', '/content/index.html'].map(carriesStartData), [true, true, true, false, false]);
});

test("the start-up data block is replaced whole, and text in the pack's data cannot end it early", () => {
  const page = replaceStartData(BLOCK(JSON.stringify(APP_DATA)), PACK_DATA);
  const block = /<script type="application\/json" id="kx-start-data">([\s\S]*?)<\/script>/.exec(page)?.[1];
  assert.deepEqual(parseStartData(block), PACK_DATA);
  assert.match(page, /<script type="module" src="app.js"><\/script>$/);
  assert.throws(() => replaceStartData('<!doctype html>', PACK_DATA), /no kx-start-data block/);
});

test("with a pack: content from the pack, code from the app, the page with the pack's index; a file the pack lacks is missing, not the app's old one", async () => {
  const { app, pack } = sandbox();
  assert.equal((await readAppFile(app, '/content/muscle-atrophy/en.json', pack)).body.toString(), '{"title":"new"}');
  assert.equal((await readAppFile(app, '/app.js', pack)).body.toString(), 'export {}');
  assert.equal((await readAppFile(app, '/audio/muscle-atrophy/en/p.mp3', pack)).status, 404);
  const page = await readAppFile(app, '/', pack);
  assert.equal(page.status, 200);
  assert.ok(page.headers['Content-Security-Policy']);
  assert.deepEqual(parseStartData(/id="kx-start-data">([\s\S]*?)<\/script>/.exec(page.body.toString())?.[1]), PACK_DATA);
  // Without a pack nothing changes.
  assert.equal((await readAppFile(app, '/content/muscle-atrophy/en.json')).body.toString(), '{"title":"old"}');
  assert.deepEqual(parseStartData(/id="kx-start-data">([\s\S]*?)<\/script>/.exec((await readAppFile(app, '/')).body.toString())?.[1]), APP_DATA);
});

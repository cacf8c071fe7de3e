import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { withStartData } from '../../../scripts/bundle/index-html';
import { parseStartData, type EmbeddedStartData } from '../../../renderer/start/embedded-start-data';

const projectRoot = path.resolve(import.meta.dirname, '../../..');

const sample: EmbeddedStartData = {
  registry: {
    sourceLanguage: 'en',
    languages: [{ code: 'en', nativeName: 'English', englishName: 'English', dir: 'ltr', font: 'sans-serif', numberingSystem: 'latn' }],
  },
  content: { topics: [] },
};

/** The text of the data block in a page, as the renderer reads it. */
function blockText(html: string): string | undefined {
  return /<script type="application\/json" id="kx-start-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
}

const page = '<head>\n  <script type="module" src="app.js"></script>\n  <script type="application/json" id="kx-start-data"></script>\n</head>';

test('the build fills the empty data block, and the renderer reads the same data back', () => {
  const html = withStartData(page, sample);
  assert.deepEqual(parseStartData(blockText(html)), sample);
  assert.ok(html.startsWith('<head>\n  <script type="module" src="app.js"></script>\n  <script type="application/json" id="kx-start-data">{'));
});

test('text in the data cannot close the block early', () => {
  const hostile: EmbeddedStartData = structuredClone(sample);
  hostile.registry.languages[0]!.nativeName = '</script><script>alert(1)</script><!--';
  const html = withStartData(page, hostile);
  assert.equal(html.match(/<\/script>/g)?.length, 2, 'only the two real closing tags');
  assert.equal(parseStartData(blockText(html)).registry.languages[0]!.nativeName, hostile.registry.languages[0]!.nativeName);
});

test('a page without the empty block is refused with a message naming the block', () => {
  assert.throws(() => withStartData('<head></head>', sample), /has no empty <script type="application\/json" id="kx-start-data">/);
});

test('missing, damaged or wrongly shaped start-up data is reported clearly', () => {
  for (const text of [null, undefined, '']) assert.throws(() => parseStartData(text), /no valid start-up data.*npm run build/);
  assert.throws(() => parseStartData('{"registry":'), /no valid start-up data.*JSON/);
  assert.throws(() => parseStartData('{"registry":{"languages":[]},"content":{"topics":[]}}'), /source language/);
  assert.throws(() => parseStartData('{"registry":{"sourceLanguage":"en","languages":[]}}'), /topic list/);
  assert.throws(() => parseStartData('null'), /no valid start-up data/);
});

/** A real production build: one script file, and index.html carries the same data as the built JSON files. */
let appFolder: string;
let tempDir: string;
before(() => {
  tempDir = mkdtempSync(path.join(os.tmpdir(), 'kiosk-index-html-'));
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--production'], { cwd: projectRoot, env: { ...process.env, KIOSK_DIST_DIR: path.join(tempDir, 'dist') }, stdio: 'pipe' });
  appFolder = path.join(tempDir, 'dist', 'renderer');
});
after(() => rmSync(tempDir, { recursive: true, force: true }));

const read = (file: string) => readFileSync(path.join(appFolder, file), 'utf8');

test('the built index.html carries the built language registry and content index', () => {
  const embedded = parseStartData(blockText(read('index.html')));
  assert.deepEqual(embedded.registry, JSON.parse(read('locales/languages.json')));
  assert.deepEqual(embedded.content, JSON.parse(read('content/index.json')));
  assert.ok(embedded.content.topics.some((topic) => topic.id === 'muscle-atrophy'), 'the bundled topic is listed');
});

test('the built renderer is one script file that the page loads', () => {
  assert.deepEqual([...read('index.html').matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]), ['app.js']);
  assert.ok(!existsSync(path.join(appFolder, 'chunks')), 'no chunk folder');
  assert.doesNotMatch(read('app.js'), /\bimport\s*\(\s*["']\.\//, 'no import() of another file');
});

test('the topic screens are a script of their own, using the Listen button the app defines', () => {
  // In the minified code an element's definition is its decorator, `[x("kx-...")]`.
  const defines = (file: string, tag: string) => new RegExp(`\\[[\\w$]+\\("${tag}"\\)\\]`).test(read(file));
  assert.equal(defines('app.js', 'kx-home-screen'), true, 'the check finds a definition');
  assert.equal(defines('app.js', 'kx-topic-screen'), false, 'app.js does not carry the topic screen');
  assert.equal(defines('topic-screens.js', 'kx-topic-screen'), true);
  assert.equal(defines('app.js', 'kx-listen-button'), true, 'the home screen defines the Listen button');
  assert.equal(defines('topic-screens.js', 'kx-listen-button'), false, 'topic-screens.js does not define it a second time');
  assert.match(read('app.js'), /topic-screens\.js/, 'app.js loads it by name');
});

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { topicPages } from '../../../../renderer/content/topic-pages';
import { labelIds, reviewSheetHtml } from '../../../../scripts/content/review-sheet/sheet-html';
import { languageRegistrySchema, topicSchema } from '../../../../scripts/content/schema';
import { writeReviewSheets } from '../../../../scripts/review-sheet';

const projectRoot = path.resolve(import.meta.dirname, '../../../..');
const readJson = (...parts: string[]) => JSON.parse(readFileSync(path.join(projectRoot, ...parts), 'utf8'));
const topic = topicSchema.parse(readJson('content/muscle-atrophy/topic.json'));
const registry = languageRegistrySchema.parse(readJson('locales/languages.json'));
const language = (code: string) => registry.languages.find((entry) => entry.code === code)!;
const diagramFiles = new Map(
  topic.screens.flatMap((screen) => (screen.diagram ? [[screen.diagram.id, readFileSync(path.join(projectRoot, 'content/muscle-atrophy/diagrams', `${screen.diagram.id}.svg`), 'utf8')] as const] : [])),
);
const texts = (code: string) => readJson('content/muscle-atrophy', `${code}.json`);

function sheet(code: string, override: { texts?: unknown } = {}): string {
  return reviewSheetHtml({
    topic,
    language: language(code),
    sourceLanguage: language('en'),
    texts: override.texts ?? texts(code),
    sourceTexts: texts('en'),
    diagramFiles,
    generatedOn: '2026-11-30',
    assets: { css: 'assets/sheet.css', script: 'assets/sheet.js' },
  });
}
const count = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].length;

describe('the review sheet page', () => {
  test('every screen in order, under its chapter, each with its source passages and a sign-off box', () => {
    const html = sheet('ar');
    const order = [...html.matchAll(/data-screen="([a-z0-9-]+)"/g)].map((match) => match[1]);
    assert.deepStrictEqual(order, topic.screens.map((screen) => screen.id));
    assert.equal(count(html, /class="sign-off"/g), topic.screens.length + 3, 'one per screen, sources page, glossary and the whole topic');
    for (const screen of topic.screens) {
      for (const passage of screen.sourcePassages) assert.ok(html.includes(`“${passage.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')}”`), `${screen.id}: ${passage}`);
    }
    const { chapters } = topicPages(topic);
    assert.ok(chapters.length >= 2, 'the topic has chapters');
    const arabicChapter = texts('ar').chapters[chapters[1]!.id].title;
    assert.ok(html.includes(`<span lang="ar" dir="rtl">${arabicChapter}</span>`), 'chapter titles in both languages');
    assert.match(html, new RegExp(`Screen 1 of ${topic.screens.length}`));
    assert.match(html, /Medical translator:/);
  });

  test('the English beside the translation, each in its own language and direction, with glossary words underlined', () => {
    const html = sheet('ar');
    const firstTitle = texts('ar').screens[topic.screens[0]!.id].title;
    assert.ok(html.includes(`<td lang="ar" dir="rtl" class="translation">${firstTitle}</td>`));
    assert.ok(html.includes(`<td lang="en" dir="ltr">${texts('en').screens[topic.screens[0]!.id].title}</td>`));
    assert.match(html, /<u class="term" title="glossary: [a-z-]+">/);
    assert.doesNotMatch(html, /\[\[/, 'no raw glossary markup');
  });

  test('every diagram is there with its labels in the language, and the drawing data for the page script', () => {
    const html = sheet('zh-Hans');
    for (const [id, svg] of diagramFiles) {
      assert.ok(html.includes(`<figure data-diagram="${id}">`), id);
      for (const label of labelIds(svg)) assert.ok(html.includes(texts('zh-Hans').diagrams[id].labels[label]), `${id}/${label}`);
    }
    const data = JSON.parse(/<script type="application\/json" id="diagram-data">(.*?)<\/script>/s.exec(html)![1]!);
    assert.equal(data.direction, 'ltr');
    assert.deepStrictEqual(Object.keys(data.diagrams).sort(), [...diagramFiles.keys()].sort());
  });

  test('the English sheet has one text column and no translator sign-off', () => {
    const html = sheet('en');
    assert.doesNotMatch(html, /class="translation"/);
    assert.doesNotMatch(html, /Medical translator:/);
  });

  test('a text missing from the translation shows as missing, not as an empty cell', () => {
    const broken = texts('fr');
    delete broken.screens[topic.screens[0]!.id].title;
    assert.match(sheet('fr', { texts: broken }), /<td lang="fr" dir="ltr" class="translation"><span class="missing">\(missing\)<\/span><\/td>/);
  });
});

describe('npm run content:review-sheet', () => {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'kiosk-review-sheet-'));
  after(() => rmSync(outDir, { recursive: true, force: true }));
  const pdfText = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  // pdftotext puts spaces between Arabic glyph runs and may add direction marks: compare letters only.
  const lettersOnly = (text: string) => text.normalize('NFKC').replace(/[\s\u200e\u200f\u202a-\u202e]/g, '');

  test('prints a PDF per language with every screen, and the first and last screens in their own script', async () => {
    const written = await writeReviewSheets({ topicId: 'muscle-atrophy', languages: ['ar', 'zh-Hans'], paper: 'A4', outDir });
    assert.deepStrictEqual(written.map((sheet) => sheet.language), ['ar', 'zh-Hans']);
    const first = topic.screens[0]!.id;
    const last = topic.screens.at(-1)!.id;
    for (const { language: code, pdf, html } of written) {
      assert.ok(existsSync(pdf) && existsSync(html), pdf);
      const text = pdfText(pdf);
      const screensShown = new Set([...text.matchAll(/Screen (\d+) of (\d+)/g)].map((match) => `${match[1]}/${match[2]}`));
      assert.equal(screensShown.size, topic.screens.length, `${code}: every screen is printed once`);
      assert.ok(screensShown.has(`${topic.screens.length}/${topic.screens.length}`));
      for (const id of [first, last]) {
        const title = texts(code).screens[id].title as string;
        assert.ok(lettersOnly(text).includes(lettersOnly(title)), `${code}: the PDF holds "${title}"`);
      }
    }
    // The Arabic sheet really is in Arabic letters, and the Chinese one in Han characters.
    assert.match(pdfText(written[0]!.pdf), /\p{Script=Arabic}{3}/u);
    assert.match(pdfText(written[1]!.pdf), /\p{Script=Han}{3}/u);
  });

  test('an unknown topic or language is refused with the names that exist', async () => {
    await assert.rejects(writeReviewSheets({ topicId: 'knee-pain', languages: [], paper: 'A4', outDir }), /There is no topic "knee-pain" \(topics: muscle-atrophy\)/);
    await assert.rejects(writeReviewSheets({ topicId: 'muscle-atrophy', languages: ['de'], paper: 'A4', outDir }), /Unknown language "de" \(languages: en, es, fr, ar, zh-Hans, vi\)/);
  });
});

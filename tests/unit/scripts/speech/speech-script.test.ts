import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { topicPages } from '../../../../renderer/content/topic-pages';
import { topicSchema } from '../../../../scripts/content/schema';
import { applyPronunciations, homeSpeechPage, shownText, splitSentences, spokenNumbers, spokenSentences, topicSpeechPages, uiText } from '../../../../scripts/speech/speech-script';

const projectRoot = path.resolve(import.meta.dirname, '../../../..');
const readJson = (...parts: string[]) => JSON.parse(readFileSync(path.join(projectRoot, ...parts), 'utf8'));
const topic = topicSchema.parse(readJson('content/muscle-atrophy/topic.json'));
const texts = (language: string) => readJson('content/muscle-atrophy', `${language}.json`);
const ui = (language: string) => readJson('locales', language, 'ui.json');

describe('what read-aloud says', () => {
  test('glossary markup is removed: the shown words are spoken', () => {
    const glossary = { glossary: { sma: { term: 'SMA' } } };
    assert.equal(shownText(glossary, 'Ask about [[physical-therapy|physical therapy]] and [[sma]].'), 'Ask about physical therapy and SMA.');
  });

  test('interface texts are filled in as the app fills them', () => {
    const strings = { nav: { next: 'Next' }, contents: { lead: 'Tap a part, or tap $t(nav.next).' }, sources: { lastEdited: 'Changed on {{date}}.' } };
    assert.equal(uiText(strings, 'contents.lead'), 'Tap a part, or tap Next.');
    assert.equal(uiText(strings, 'sources.lastEdited', { date: 'May 1, 2026' }), 'Changed on May 1, 2026.');
  });

  test('one spoken page per page the patient can turn to, in the same order', () => {
    const pages = topicSpeechPages(topic, 'en', true, texts('en'), ui('en'));
    const expected = topicPages(topic).pages.map((page) => (page.kind === 'screen' ? page.screen.id : page.kind));
    assert.deepStrictEqual(pages.map((page) => page.id), expected);
  });

  test("a page's texts in the order they are shown, the callout's label included", () => {
    const pages = topicSpeechPages(topic, 'en', true, texts('en'), ui('en'));
    const signs = pages.find((page) => page.id === 'signs')!;
    const structure = topic.screens.find((screen) => screen.id === 'signs')!;
    assert.ok(structure.kind === 'list');
    assert.deepStrictEqual(signs.blocks.map((block) => block.key), ['screens.signs.title', 'screens.signs.lead', ...structure.items.map((item) => `screens.signs.items.${item}`)]);
    const callout = topic.screens.find((screen) => screen.kind === 'callout')!;
    const calloutPage = pages.find((page) => page.id === callout.id)!;
    assert.equal(calloutPage.blocks[1]?.text, ui('en').callout.caution);
    assert.doesNotMatch(JSON.stringify(pages), /\[\[/);
  });

  test('the contents page reads the chapters; the sources page says whether the translation was checked', () => {
    const english = topicSpeechPages(topic, 'en', true, texts('en'), ui('en'));
    assert.deepStrictEqual(english[0]!.blocks.slice(2, -1).map((block) => block.text), topic.chapters!.map((chapter) => texts('en').chapters[chapter.id].title));
    const arabicSources = topicSpeechPages(topic, 'ar', false, texts('ar'), ui('ar')).at(-1)!;
    assert.ok(arabicSources.blocks.some((block) => block.text === ui('ar').sources.translationDraft));
    assert.ok(!english.at(-1)!.blocks.some((block) => block.key === 'ui:sources.translationHeading'));
  });

  test('the home page says what the kiosk is', () => {
    assert.deepStrictEqual(homeSpeechPage(ui('es')).blocks.map((block) => block.text), [ui('es').home.title, ui('es').home.lead]);
  });
});

describe('sentences, pronunciations and speech-only variants', () => {
  test('sentences are split the way each language writes them', () => {
    assert.deepStrictEqual(splitSentences('One thing. Two things? Yes.', 'en'), ['One thing.', 'Two things?', 'Yes.']);
    assert.deepStrictEqual(splitSentences('肌肉萎缩是指肌肉减少。它可以恢复。', 'zh-Hans'), ['肌肉萎缩是指肌肉减少。', '它可以恢复。']);
    assert.deepStrictEqual(splitSentences('جملة أولى. جملة ثانية؟', 'ar'), ['جملة أولى.', 'جملة ثانية؟']);
  });

  test('a pronunciation replaces whole words only, longest first', () => {
    const pronounce = { MS: 'M S', 'MS-2': 'M S two', ALS: 'A L S' };
    assert.equal(applyPronunciations('ALS and MS, not MSK or AMS; MS-2.', pronounce), 'A L S and M S, not MSK or AMS; M S two.');
    assert.equal(applyPronunciations('Nothing to change.', {}), 'Nothing to change.');
  });

  test('a variant with the same number of sentences is spoken; the shown text is kept for the highlight', () => {
    const page = { id: 'p', blocks: [{ key: 'screens.p.body', text: 'ضمور العضلات. فقدان.' }] };
    const { sentences, problems } = spokenSentences(page, 'ar', { sentences: { 'screens.p.body': 'ضُمُورُ العَضَلَاتِ. فُقْدَانٌ.' } });
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(sentences.map((sentence) => sentence.spoken), ['ضُمُورُ العَضَلَاتِ.', 'فُقْدَانٌ.']);
    assert.deepStrictEqual(sentences.map((sentence) => sentence.shown), ['ضمور العضلات.', 'فقدان.']);
  });

  test('a variant with another number of sentences is not used, and says why', () => {
    const page = { id: 'p', blocks: [{ key: 'screens.p.body', text: 'One. Two.' }] };
    const { sentences, problems } = spokenSentences(page, 'en', { sentences: { 'screens.p.body': 'Just one.' }, pronounce: { Two: 'Too' } });
    assert.deepStrictEqual(sentences.map((sentence) => sentence.spoken), ['One.', 'Too.']);
    assert.match(problems[0] ?? '', /sentences\.screens\.p\.body: has 1 sentence\(s\) but the text on screen has 2/);
  });
});

test('a Chinese year is said digit by digit, as people say it; other numbers and languages are left alone', () => {
  assert.equal(spokenNumbers('文本最后修改于2026年11月30日。', 'zh-Hans'), '文本最后修改于二〇二六年11月30日。');
  assert.equal(spokenNumbers('60岁以上的人', 'zh-Hans'), '60岁以上的人');
  assert.equal(spokenNumbers('2026年', 'en'), '2026年');
});

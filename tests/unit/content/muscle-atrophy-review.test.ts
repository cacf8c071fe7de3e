/**
 * What the clinical and translation review of the muscle-atrophy topic (issue 19) decided, as
 * checks, so a later edit cannot quietly bring back a word the review took out. Each rule says
 * why; change a rule only with the reviewers.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { topicPages } from '../../../renderer/content/topic-pages';
import type { TopicStructure } from '../../../scripts/content/schema';
import { flattenText } from '../../../scripts/content/text-rules';

const projectRoot = path.resolve(import.meta.dirname, '../../..');
const readJson = (...parts: string[]) => JSON.parse(readFileSync(path.join(projectRoot, ...parts), 'utf8'));
const topic = readJson('content/muscle-atrophy/topic.json') as TopicStructure;
/** Every text of a language file (topic or interface), with its key. */
const texts = (file: string) => flattenText(readJson(file)).map(({ key, value }) => ({ key, value: String(value) }));
const topicTexts = (language: string) => texts(`content/muscle-atrophy/${language}.json`);

interface WordRule {
  language: string;
  /** Text patients must not see. */
  avoid: RegExp;
  why: string;
}

const avoided: WordRule[] = [
  { language: 'en', avoid: /\bkeep moving\b/i, why: 'exercise advice needs its safety condition: move in the ways the care team says are safe' },
  { language: 'en', avoid: /\btighten/i, why: '"contract" is the one word for normal muscle action; "stiff" is for spasticity' },
  { language: 'en', avoid: /third-party|kiosk team/i, why: 'the Sources line is written for patients' },
  { language: 'es', avoid: /equipo de salud/i, why: 'one term for the care team: "equipo de atención médica"' },
  { language: 'es', avoid: /\brayos\b/i, why: '"rayos" suggests radiation: "haces"' },
  { language: 'es', avoid: /descompone/i, why: 'unnatural: "lo va deshaciendo"' },
  { language: 'fr', avoid: /défaire/i, why: '"le dégrader"' },
  { language: 'fr', avoid: /rayons/i, why: '"faisceaux d\'ultrasons"' },
  { language: 'ar', avoid: /[يت]عكس/, why: '"reflect", not "may come back"' },
  { language: 'ar', avoid: /التشن[ّ]?ج/, why: 'reads as a cramp, not spasticity' },
  { language: 'zh-Hans', avoid: /收紧/, why: 'unnatural for contraction: "收缩"' },
  { language: 'vi', avoid: /phân hủy/i, why: 'means rot/decompose: "phân giải"' },
  { language: 'vi', avoid: /đạm nạc/i, why: 'uncommon: "chất đạm ít béo"' },
];

describe('words the review took out stay out', () => {
  for (const rule of avoided) {
    test(`${rule.language}: no ${rule.avoid} (${rule.why})`, () => {
      const found = topicTexts(rule.language).filter(({ value }) => rule.avoid.test(value));
      assert.deepStrictEqual(found.map(({ key }) => key), []);
    });
  }
  test('fr: the text-size button says "Texte agrandi", not "Grand texte"', () => {
    assert.deepStrictEqual(texts('locales/fr/ui.json').filter(({ value }) => /grand texte/i.test(value)).map(({ key }) => key), []);
  });
});

describe('what the review asked to be there', () => {
  test('zh-Hans: the common names of ALS and polio', () => {
    const all = topicTexts('zh-Hans').map(({ value }) => value).join('\n');
    assert.match(all, /渐冻症/);
    assert.match(all, /小儿麻痹症/);
  });
  test('ar and fr: the FDA is named as the American agency', () => {
    const fda = (language: string) => topicTexts(language).filter(({ value }) => /FDA/.test(value));
    assert.ok(fda('ar').length > 0 && fda('ar').every(({ value }) => /الأمريكية/.test(value)));
    assert.ok(fda('fr').length > 0 && fda('fr').every(({ value }) => /américaine/.test(value)));
  });
  test('genetic detail and the foundation are in the glossary, not in the screens or pictures', () => {
    for (const language of ['en', 'es', 'fr', 'vi']) {
      const shown = topicTexts(language).filter(({ key }) => key.startsWith('screens.') || key.startsWith('diagrams.'));
      assert.deepStrictEqual(shown.filter(({ value }) => /SMN1|survival motor neuron|Osteoporosis Foundation/i.test(value)).map(({ key }) => key), [], language);
    }
  });
});

describe('a patient-first order', () => {
  const { pages, chapters } = topicPages(topic);
  const pageOf = (screenId: string) => pages.findIndex((page) => page.kind === 'screen' && page.screen.id === screenId);

  test('what it is, the signs, when to tell the care team and what you can do come within the first five pages', () => {
    for (const id of ['what-it-is', 'signs', 'when-to-tell', 'what-you-can-do']) {
      assert.ok(pageOf(id) > 0 && pageOf(id) <= 5, `${id} is page ${pageOf(id) + 1}`);
    }
    assert.ok(pageOf('when-to-tell') < pageOf('causes-overview'));
    assert.ok(pageOf('what-you-can-do') < pageOf('treatments-overview'));
  });
  test('the chapters, in order', () => {
    assert.deepStrictEqual(chapters.map((chapter) => chapter.id), ['about', 'signs', 'what-you-can-do', 'causes', 'treatments', 'questions']);
  });
  test('the treatments chapter opens with what treatment depends on', () => {
    const lead = readJson('content/muscle-atrophy/en.json').screens['treatments-overview'].lead as string;
    assert.match(lead, /depends on how much muscle is lost/);
    assert.match(lead, /may help slow/);
  });
});

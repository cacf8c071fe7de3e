import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { compileContent } from '../../../../scripts/content/compile-content';
import { formatProblem } from '../../../../scripts/content/problems';

const fixture = path.resolve(import.meta.dirname, '../../../fixtures/content-project');

/** Copies the valid fixture project, lets the test break it, and returns the formatted problems. */
function problemsAfter(breakIt: (root: string) => void): string[] {
  const root = mkdtempSync(path.join(os.tmpdir(), 'kiosk-content-'));
  cpSync(fixture, root, { recursive: true });
  breakIt(root);
  return compileContent(root).problems.map(formatProblem);
}

const write = (root: string, file: string, text: string) => writeFileSync(path.join(root, file), text);
// Fixture JSON is edited freely by each test, so it is typed loosely on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type LooseJson = Record<string, any>;
const edit = (root: string, file: string, change: (json: LooseJson) => void) => {
  const json = JSON.parse(readFileSync(path.join(root, file), 'utf8'));
  change(json);
  write(root, file, JSON.stringify(json, null, 2));
};

test('the valid fixture compiles to the files the renderer loads', () => {
  const result = compileContent(fixture);
  assert.deepStrictEqual(result.problems, []);
  assert.deepStrictEqual(result.files.map((file) => file.path).sort(), [
    'content/index.json',
    'content/sample-topic/en.json',
    'content/sample-topic/es.json',
    'content/sample-topic/icon.svg',
    'locales/en/ui.json',
    'locales/es/ui.json',
    'locales/languages.json',
  ]);
  const index = result.files.find((file) => file.path === 'content/index.json')!;
  const topics = JSON.parse('text' in index.contents ? index.contents.text : '').topics;
  assert.equal(topics[0].iconUrl, 'content/sample-topic/icon.svg');
  assert.deepStrictEqual(topics[0].languages, ['en', 'es']);
});

test('the real content of the kiosk passes', () => {
  assert.deepStrictEqual(compileContent(path.resolve(import.meta.dirname, '../../../..')).problems.map(formatProblem), []);
});

describe('topic text files', () => {
  test('a missing screen title names file, field and line', () => {
    const problems = problemsAfter((root) => edit(root, 'content/sample-topic/es.json', (json) => delete json.screens.causes.title));
    assert.deepStrictEqual(problems, ['content/sample-topic/es.json: screens.causes.title: missing (line 18)']);
  });
  test('an empty text', () => {
    const problems = problemsAfter((root) => edit(root, 'content/sample-topic/en.json', (json) => (json.screens.causes.lead = '  ')));
    assert.deepStrictEqual(problems, ['content/sample-topic/en.json: screens.causes.lead: is empty (line 20)']);
  });
  test('a text that is not a string', () => {
    const problems = problemsAfter((root) => edit(root, 'content/sample-topic/en.json', (json) => (json.screens.intro.body = ['a'])));
    assert.match(problems.join('\n'), /en\.json: screens\.intro\.body: must be text, not a list/);
  });
  test('a key no screen uses', () => {
    const problems = problemsAfter((root) => edit(root, 'content/sample-topic/es.json', (json) => (json.screens.causes.items.third = 'Tres')));
    assert.deepStrictEqual(problems, ['content/sample-topic/es.json: screens.causes.items.third: is not used by any screen in topic.json (remove it, or fix its name) (line 24)']);
  });
  test('an optional key the source language has is required in translations', () => {
    const problems = problemsAfter((root) => edit(root, 'content/sample-topic/es.json', (json) => delete json.screens.causes.lead));
    assert.match(problems.join('\n'), /es\.json: screens\.causes\.lead: missing \(content\/sample-topic\/en\.json has it\)/);
  });
  test('a missing translation file', () => {
    const problems = problemsAfter((root) => rmSync(path.join(root, 'content/sample-topic/es.json')));
    assert.deepStrictEqual(problems, ['content/sample-topic/es.json: (file): is missing']);
  });
  test('a text file for a language that is not registered', () => {
    const problems = problemsAfter((root) => cpSync(path.join(root, 'content/sample-topic/es.json'), path.join(root, 'content/sample-topic/de.json')));
    assert.match(problems.join('\n'), /content\/sample-topic\/de\.json: \(file\): is not a language in locales\/languages\.json/);
  });
  test('broken JSON gives the line of the error', () => {
    const problems = problemsAfter((root) => write(root, 'content/sample-topic/en.json', '{\n  "title": "x",\n  "summary": "y",\n}'));
    assert.deepStrictEqual(problems, ['content/sample-topic/en.json: (file): is not valid JSON (property name expected) (line 4)']);
  });
  test('an empty file', () => {
    const problems = problemsAfter((root) => write(root, 'content/sample-topic/en.json', ''));
    assert.match(problems.join('\n'), /en\.json: \(file\): is not valid JSON/);
  });
  test('placeholders must match the source language', () => {
    const problems = problemsAfter((root) => edit(root, 'content/sample-topic/es.json', (json) => (json.title = 'Tema {{nombre}}')));
    assert.match(problems.join('\n'), /es\.json: title: has placeholders \{nombre\} but content\/sample-topic\/en\.json has \{none\}/);
  });
});

describe('topic structure (topic.json)', () => {
  test('a missing field', () => {
    const problems = problemsAfter((root) => edit(root, 'content/sample-topic/topic.json', (json) => delete json.order));
    assert.deepStrictEqual(problems, ['content/sample-topic/topic.json: order: missing (line 1)']);
  });
  test('an unknown screen kind', () => {
    const problems = problemsAfter((root) => edit(root, 'content/sample-topic/topic.json', (json) => (json.screens[0].kind = 'video')));
    assert.match(problems.join('\n'), /topic\.json: screens\[0\]\.kind: is not one of the allowed choices|topic\.json: screens\[0\]\.kind: must be one of/);
  });
  test('a misspelt field', () => {
    const problems = problemsAfter((root) => edit(root, 'content/sample-topic/topic.json', (json) => (json.icno = 'x.svg')));
    assert.match(problems.join('\n'), /topic\.json: icno: is not a known field \(check its spelling\)/);
  });
  test('a wrong type', () => {
    const problems = problemsAfter((root) => edit(root, 'content/sample-topic/topic.json', (json) => (json.order = 'first')));
    assert.match(problems.join('\n'), /topic\.json: order: must be a number, not string "first" \(line \d+\)/);
  });
  test('too many bullets for one screen', () => {
    const problems = problemsAfter((root) => edit(root, 'content/sample-topic/topic.json', (json) => (json.screens[1].items = ['a', 'b', 'c', 'd', 'e', 'f'])));
    assert.match(problems.join('\n'), /topic\.json: screens\[1\]\.items: must have at most 5 items/);
  });
  test('an id that does not match its folder', () => {
    const problems = problemsAfter((root) => edit(root, 'content/sample-topic/topic.json', (json) => (json.id = 'other-topic')));
    assert.match(problems.join('\n'), /topic\.json: id: is "other-topic" but the folder is "sample-topic"/);
  });
  test('duplicate screen ids', () => {
    const problems = problemsAfter((root) => edit(root, 'content/sample-topic/topic.json', (json) => json.screens.push({ id: 'intro', kind: 'intro', sourcePassages: ['A widget is a small thing.'] })));
    assert.match(problems.join('\n'), /topic\.json: screens\[2\]\.id: "intro" is used by an earlier screen/);
  });
  test('a missing icon file', () => {
    const problems = problemsAfter((root) => rmSync(path.join(root, 'content/sample-topic/icon.svg')));
    assert.deepStrictEqual(problems, ['content/sample-topic/topic.json: icon: names content/sample-topic/icon.svg, which does not exist (line 4)']);
  });
});

describe('chapters (topic.json)', () => {
  /** The fixture's two screens in two chapters, with their titles in both languages. */
  const withChapters = (root: string, chapters: unknown = [
    { id: 'start', screens: ['intro'] },
    { id: 'details', screens: ['causes'] },
  ]) => {
    edit(root, 'content/sample-topic/topic.json', (json) => (json.chapters = chapters));
    for (const language of ['en', 'es']) {
      edit(root, `content/sample-topic/${language}.json`, (json) => (json.chapters = { start: { title: `Start ${language}` }, details: { title: `Details ${language}` } }));
    }
  };
  const screenIds = () => JSON.parse(readFileSync(path.join(fixture, 'content/sample-topic/topic.json'), 'utf8')).screens.map((screen: { id: string }) => screen.id);

  test('the fixture has the two screens these tests group', () => {
    assert.deepStrictEqual(screenIds(), ['intro', 'causes']);
  });
  test('valid chapters compile into the index, and a topic without chapters still does', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'kiosk-content-'));
    cpSync(fixture, root, { recursive: true });
    withChapters(root);
    const result = compileContent(root);
    assert.deepStrictEqual(result.problems, []);
    const index = result.files.find((file) => file.path === 'content/index.json')!;
    const topic = JSON.parse('text' in index.contents ? index.contents.text : '').topics[0];
    assert.deepStrictEqual(topic.chapters, [{ id: 'start', screens: ['intro'] }, { id: 'details', screens: ['causes'] }]);
    const plain = compileContent(fixture);
    const plainIndex = plain.files.find((file) => file.path === 'content/index.json')!;
    assert.equal(JSON.parse('text' in plainIndex.contents ? plainIndex.contents.text : '').topics[0].chapters, undefined);
  });
  test("every language must give every chapter's title", () => {
    const problems = problemsAfter((root) => {
      withChapters(root);
      edit(root, 'content/sample-topic/es.json', (json) => delete json.chapters.details);
    });
    assert.deepStrictEqual(problems, [`content/sample-topic/es.json: chapters.details.title: missing (line ${problems[0]?.match(/line (\d+)/)?.[1]})`]);
    assert.match(problems[0] ?? '', /\(line \d+\)$/);
  });
  test('a screen left out of every chapter', () => {
    const problems = problemsAfter((root) => withChapters(root, [{ id: 'start', screens: ['intro'] }, { id: 'empty', screens: [] }]));
    assert.match(problems.join('\n'), /topic\.json: chapters\[1\]\.screens: must list at least one screen \(line \d+\)/);
    const left = problemsAfter((root) => {
      withChapters(root, [{ id: 'start', screens: ['intro'] }, { id: 'details', screens: ['intro'] }]);
    });
    assert.match(left.join('\n'), /topic\.json: chapters\[1\]\.screens\[0\]: "intro" is already in chapter "start"; each screen belongs to one chapter \(line \d+\)/);
    assert.match(left.join('\n'), /topic\.json: chapters: do not list "causes"; every screen must be in one chapter \(line \d+\)/);
  });
  test('a screen that does not exist, and chapters out of order', () => {
    const unknown = problemsAfter((root) => withChapters(root, [{ id: 'start', screens: ['intro'] }, { id: 'details', screens: ['causes', 'cuases'] }]));
    assert.match(unknown.join('\n'), /topic\.json: chapters\[1\]\.screens\[1\]: "cuases" is not a screen in "screens" \(line \d+\)/);
    const swapped = problemsAfter((root) => withChapters(root, [{ id: 'details', screens: ['causes'] }, { id: 'start', screens: ['intro'] }]));
    assert.match(swapped.join('\n'), /topic\.json: chapters\[0\]\.screens\[0\]: is "causes", but screen 1 in "screens" is "intro"; chapters must list the screens in the order of "screens"/);
  });
  test('duplicate chapter ids, a single chapter, and a misspelt field', () => {
    const duplicate = problemsAfter((root) => withChapters(root, [{ id: 'start', screens: ['intro'] }, { id: 'start', screens: ['causes'] }]));
    assert.match(duplicate.join('\n'), /topic\.json: chapters\[1\]\.id: "start" is used by an earlier chapter/);
    const single = problemsAfter((root) => withChapters(root, [{ id: 'start', screens: ['intro', 'causes'] }]));
    assert.match(single.join('\n'), /topic\.json: chapters: must have at least 2 chapters, or leave "chapters" out/);
    const misspelt = problemsAfter((root) => withChapters(root, [{ id: 'start', screen: ['intro'] }, { id: 'details', screens: ['causes'] }]));
    assert.match(misspelt.join('\n'), /topic\.json: chapters\[0\]\.screen: is not a known field/);
  });
  test('a chapter title in a language file when topic.json has no chapters', () => {
    const problems = problemsAfter((root) => edit(root, 'content/sample-topic/en.json', (json) => (json.chapters = { start: { title: 'Start' } })));
    assert.match(problems.join('\n'), /en\.json: chapters\.start\.title: is not used by any screen in topic\.json/);
  });
});

describe('glossary, sources and review', () => {
  test('a link to a term the glossary does not list', () => {
    const problems = problemsAfter((root) => edit(root, 'content/sample-topic/es.json', (json) => (json.screens.causes.items.first = 'Un [[gadget]]')));
    assert.match(problems.join('\n'), /es\.json: screens\.causes\.items\.first: links the glossary term "gadget", which topic\.json's glossary does not list/);
  });
  test('a glossary term never linked in a language', () => {
    const problems = problemsAfter((root) => edit(root, 'content/sample-topic/es.json', (json) => (json.screens.intro.body = 'Es pequeño.')));
    assert.deepStrictEqual(problems, ['content/sample-topic/es.json: glossary.widget: is never linked in the text (mark a word with [[widget]] or remove the term) (line 8)']);
  });
  test('a badly written link', () => {
    const problems = problemsAfter((root) => edit(root, 'content/sample-topic/en.json', (json) => (json.screens.causes.lead = 'See [[widget')));
    assert.match(problems.join('\n'), /en\.json: screens\.causes\.lead: has a glossary link that is not written \[\[term\]\]/);
  });
  test('a glossary term without its definition', () => {
    const problems = problemsAfter((root) => edit(root, 'content/sample-topic/en.json', (json) => delete json.glossary.widget.definition));
    assert.match(problems.join('\n'), /en\.json: glossary\.widget\.definition: missing/);
  });
  test('a source passage that the source does not contain', () => {
    const problems = problemsAfter((root) => edit(root, 'content/sample-topic/topic.json', (json) => (json.screens[1].sourcePassages = ['Widgets cure everything'])));
    assert.deepStrictEqual(problems, ["content/sample-topic/topic.json: screens[1].sourcePassages[0]: is not found word for word in the topic's sources (quote the source exactly) (line 34)"]);
  });
  test('a screen with no source passage', () => {
    const problems = problemsAfter((root) => edit(root, 'content/sample-topic/topic.json', (json) => delete json.screens[0].sourcePassages));
    assert.match(problems.join('\n'), /topic\.json: screens\[0\]\.sourcePassages: missing/);
  });
  test('a review recorded without a reviewer', () => {
    const problems = problemsAfter((root) => edit(root, 'content/sample-topic/topic.json', (json) => (json.review = { status: 'reviewed', date: '2026-02-01' })));
    assert.match(problems.join('\n'), /topic\.json: review\.reviewer: missing/);
  });
  test('a translation review for a language the build does not have', () => {
    const problems = problemsAfter((root) => edit(root, 'content/sample-topic/topic.json', (json) => (json.translationReviews = { de: { status: 'not-reviewed' } })));
    assert.match(problems.join('\n'), /topic\.json: translationReviews\.de: "de" is not a translated language in locales\/languages\.json \(known: es\) \(line \d+\)/);
  });
  test('a translation review for the source language', () => {
    const problems = problemsAfter((root) => edit(root, 'content/sample-topic/topic.json', (json) => (json.translationReviews = { en: { status: 'not-reviewed' } })));
    assert.match(problems.join('\n'), /translationReviews\.en: "en" is the source language/);
  });
  test('a translation review recorded without its date', () => {
    const problems = problemsAfter((root) =>
      edit(root, 'content/sample-topic/topic.json', (json) => (json.translationReviews = { es: { status: 'reviewed', reviewer: 'A. Translator' } })),
    );
    assert.match(problems.join('\n'), /topic\.json: translationReviews\.es\.date: missing/);
  });
  test('a recorded translation review reaches the renderer', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'kiosk-content-'));
    cpSync(fixture, root, { recursive: true });
    const review = { status: 'reviewed', reviewer: 'A. Translator', date: '2026-03-04' };
    edit(root, 'content/sample-topic/topic.json', (json) => (json.translationReviews = { es: review }));
    const index = compileContent(root).files.find((file) => file.path === 'content/index.json')!;
    const topic = JSON.parse('text' in index.contents ? index.contents.text : '').topics[0];
    assert.deepStrictEqual(topic.translationReviews, { es: review });
    rmSync(root, { recursive: true, force: true });
  });
  test('a QR-code address that is not https', () => {
    const problems = problemsAfter((root) => edit(root, 'content/sample-topic/topic.json', (json) => (json.takeHomeLinks = { en: 'http://example.org/sample' })));
    assert.match(problems.join('\n'), /topic\.json: takeHomeLinks\.en: must start with https:\/\/ \(a "http:" address is not accepted\) \(line \d+\)/);
  });
  test('a QR-code address for a language the build does not have', () => {
    const problems = problemsAfter((root) => edit(root, 'content/sample-topic/topic.json', (json) => (json.takeHomeLinks = { de: 'https://example.org/de' })));
    assert.match(problems.join('\n'), /topic\.json: takeHomeLinks\.de: "de" is not a language in locales\/languages\.json \(known: en, es; or "\*"/);
  });
  test('QR-code addresses reach the renderer', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'kiosk-content-'));
    cpSync(fixture, root, { recursive: true });
    const links = { es: 'https://example.org/es/sample', '*': 'https://example.org/sample' };
    edit(root, 'content/sample-topic/topic.json', (json) => (json.takeHomeLinks = links));
    const index = compileContent(root).files.find((file) => file.path === 'content/index.json')!;
    assert.deepStrictEqual(JSON.parse('text' in index.contents ? index.contents.text : '').topics[0].takeHomeLinks, links);
    rmSync(root, { recursive: true, force: true });
  });
  test('a date that is not YYYY-MM-DD', () => {
    const problems = problemsAfter((root) => edit(root, 'content/sample-topic/topic.json', (json) => (json.lastEdited = '31/01/2026')));
    assert.match(problems.join('\n'), /topic\.json: lastEdited: must be a date written YYYY-MM-DD/);
  });
  test('a source text for every source', () => {
    const problems = problemsAfter((root) => edit(root, 'content/sample-topic/es.json', (json) => delete json.sources));
    assert.match(problems.join('\n'), /es\.json: sources\.sample-source: missing/);
  });
});

describe('interface strings (locales/)', () => {
  test('a key missing from a translation', () => {
    const problems = problemsAfter((root) => edit(root, 'locales/es/ui.json', (json) => delete json.greeting));
    assert.deepStrictEqual(problems, ['locales/es/ui.json: greeting: missing (locales/en/ui.json has it) (line 1)']);
  });
  test('a key the source language does not have', () => {
    const problems = problemsAfter((root) => edit(root, 'locales/es/ui.json', (json) => (json.farewell = 'Adiós')));
    assert.match(problems.join('\n'), /locales\/es\/ui\.json: farewell: is not in locales\/en\/ui\.json/);
  });
  test('a plural form the language needs is missing', () => {
    const problems = problemsAfter((root) => edit(root, 'locales/es/ui.json', (json) => delete json.pages_many));
    assert.deepStrictEqual(problems, ['locales/es/ui.json: pages_many: missing (locales/en/ui.json has it) (line 1)']);
  });
  test('a plural form the language does not use', () => {
    const problems = problemsAfter((root) => edit(root, 'locales/es/ui.json', (json) => (json.pages_two = '{{count}} páginas')));
    assert.match(problems.join('\n'), /locales\/es\/ui\.json: pages_two: is a plural form "two" that es does not use \(it uses: .*many.*\)/);
  });
  test('a form for one exact number may leave out {{count}}; the others may not', () => {
    const exact = problemsAfter((root) => edit(root, 'locales/es/ui.json', (json) => (json.pages_one = 'una página')));
    assert.deepStrictEqual(exact, []);
    const general = problemsAfter((root) => edit(root, 'locales/es/ui.json', (json) => (json.pages_other = 'varias páginas')));
    assert.match(general.join('\n'), /locales\/es\/ui\.json: pages_other: has placeholders \{none\} but locales\/en\/ui\.json has \{count\}/);
  });
  test('a changed placeholder', () => {
    const problems = problemsAfter((root) => edit(root, 'locales/es/ui.json', (json) => (json.greeting = 'Hola {{nombre}}')));
    assert.deepStrictEqual(problems, ['locales/es/ui.json: greeting: has placeholders {nombre} but locales/en/ui.json has {name} (line 2)']);
  });
  test('a registry entry with a bad direction', () => {
    const problems = problemsAfter((root) => edit(root, 'locales/languages.json', (json) => (json.languages[1].dir = 'up')));
    assert.match(problems.join('\n'), /locales\/languages\.json: languages\[1\]\.dir: must be one of "ltr", "rtl", not "up"/);
  });
  test('a registered language without its folder', () => {
    const problems = problemsAfter((root) => rmSync(path.join(root, 'locales/es'), { recursive: true }));
    assert.deepStrictEqual(problems, ['locales/es/ui.json: (file): is missing']);
  });
  test('a language listed twice', () => {
    const problems = problemsAfter((root) => edit(root, 'locales/languages.json', (json) => json.languages.push(json.languages[1])));
    assert.match(problems.join('\n'), /locales\/languages\.json: languages\[2\]\.code: "es" is listed twice/);
  });
});

describe('diagrams', () => {
  const svg = [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 200">',
    '  <rect class="panel" x="0" y="0" width="400" height="200"/>',
    '  <foreignObject class="label" data-label="small" x="10" y="10" width="180" height="80"/>',
    '  <foreignObject class="label" data-label="big" x="210" y="10" width="180" height="80"/>',
    '</svg>',
  ].join('\n');
  const texts = (language: 'en' | 'es') => ({
    name: language === 'en' ? 'Two widgets' : 'Dos artilugios',
    description: language === 'en' ? 'A small widget beside a big one.' : 'Un artilugio pequeño junto a uno grande.',
    labels: language === 'en' ? { small: 'Small', big: 'Big' } : { small: 'Pequeño', big: 'Grande' },
  });
  /** The fixture with a diagram on its first screen, then whatever `breakIt` does. */
  const withDiagram = (breakIt: (root: string) => void = () => {}) => (root: string) => {
    mkdirSync(path.join(root, 'content/sample-topic/diagrams'));
    write(root, 'content/sample-topic/diagrams/widget-sizes.svg', svg);
    edit(root, 'content/sample-topic/topic.json', (json) => (json.screens[0].diagram = { id: 'widget-sizes', sourcePassages: ['A widget is a small thing.'] }));
    for (const language of ['en', 'es'] as const) edit(root, `content/sample-topic/${language}.json`, (json) => (json.diagrams = { 'widget-sizes': texts(language) }));
    breakIt(root);
  };

  test('a diagram is copied to the app, and its screen tells the renderer where it is and its labels', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'kiosk-content-'));
    cpSync(fixture, root, { recursive: true });
    withDiagram()(root);
    const result = compileContent(root);
    assert.deepStrictEqual(result.problems, []);
    const copied = result.files.find((file) => file.path === 'content/sample-topic/diagrams/widget-sizes.svg');
    assert.deepStrictEqual(copied?.contents, { copyFrom: path.join(root, 'content/sample-topic/diagrams/widget-sizes.svg') });
    const index = result.files.find((file) => file.path === 'content/index.json')!;
    const screen = JSON.parse('text' in index.contents ? index.contents.text : '').topics[0].screens[0];
    assert.deepStrictEqual(screen.diagram, { id: 'widget-sizes', url: 'content/sample-topic/diagrams/widget-sizes.svg', labels: ['small', 'big'] });
    assert.equal(screen.sourcePassages, undefined);
  });
  test('a screen naming a diagram file that does not exist', () => {
    const problems = problemsAfter(withDiagram((root) => rmSync(path.join(root, 'content/sample-topic/diagrams/widget-sizes.svg'))));
    assert.deepStrictEqual(problems, ['content/sample-topic/topic.json: screens[0].diagram.id: names content/sample-topic/diagrams/widget-sizes.svg, which does not exist (line 26)']);
  });
  test('a diagram file no screen uses', () => {
    const problems = problemsAfter(withDiagram((root) => write(root, 'content/sample-topic/diagrams/old.svg', svg)));
    assert.deepStrictEqual(problems, ['content/sample-topic/diagrams/old.svg: (file): is not used by any screen in topic.json (add "diagram": { "id": "old", ... } to a screen, or remove the file)']);
  });
  test('a label with no words in a language', () => {
    const problems = problemsAfter(withDiagram((root) => edit(root, 'content/sample-topic/es.json', (json) => delete json.diagrams['widget-sizes'].labels.big)));
    assert.deepStrictEqual(problems, ['content/sample-topic/es.json: diagrams.widget-sizes.labels.big: missing (line 31)']);
  });
  test('words for a label the drawing does not have', () => {
    const problems = problemsAfter(withDiagram((root) => edit(root, 'content/sample-topic/en.json', (json) => (json.diagrams['widget-sizes'].labels.huge = 'Huge'))));
    assert.match(problems.join('\n'), /en\.json: diagrams\.widget-sizes\.labels\.huge: is not used by any screen in topic\.json/);
  });
  test('a diagram without its accessible description', () => {
    const problems = problemsAfter(withDiagram((root) => edit(root, 'content/sample-topic/es.json', (json) => delete json.diagrams['widget-sizes'].description)));
    assert.match(problems.join('\n'), /es\.json: diagrams\.widget-sizes\.description: missing/);
  });
  test('a glossary link inside a diagram label', () => {
    const problems = problemsAfter(withDiagram((root) => edit(root, 'content/sample-topic/en.json', (json) => (json.diagrams['widget-sizes'].labels.big = 'Big [[widget]]'))));
    assert.match(problems.join('\n'), /en\.json: diagrams\.widget-sizes\.labels\.big: diagram words cannot link to the glossary; write the plain word/);
  });
  test("a diagram's source passage that the source does not contain", () => {
    const problems = problemsAfter(withDiagram((root) => edit(root, 'content/sample-topic/topic.json', (json) => (json.screens[0].diagram.sourcePassages = ['Widgets are purple']))));
    assert.match(problems.join('\n'), /topic\.json: screens\[0\]\.diagram\.sourcePassages\[0\]: is not found word for word in the topic's sources/);
  });
  test('a broken drawing is reported with its own file and line', () => {
    const problems = problemsAfter(withDiagram((root) => write(root, 'content/sample-topic/diagrams/widget-sizes.svg', svg.replace('class="panel"', 'class="panel" fill="red"'))));
    assert.deepStrictEqual(problems, ['content/sample-topic/diagrams/widget-sizes.svg: rect.fill: is not an allowed attribute (colours and lines come from the class; see content/README.md) (line 2)']);
  });
});

describe('font files a language brings', () => {
  const realFont = path.resolve(import.meta.dirname, '../../../../node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2');
  const withFont = (root: string, fontFiles: unknown[], font = '"Sample Script Sans", sans-serif') => {
    mkdirSync(path.join(root, 'locales', 'fonts'), { recursive: true });
    cpSync(realFont, path.join(root, 'locales', 'fonts', 'sample-script-400.woff2'));
    edit(root, 'locales/languages.json', (json) => Object.assign(json.languages[1], { font, fontFiles }));
  };

  test('a WOFF2 file in locales/fonts under a family the language uses is copied into the app', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'kiosk-content-'));
    cpSync(fixture, root, { recursive: true });
    withFont(root, [{ family: 'Sample Script Sans', weight: 400, file: 'sample-script-400.woff2' }]);
    const result = compileContent(root);
    assert.deepStrictEqual(result.problems, []);
    const copied = result.files.find((file) => file.path === 'locales/fonts/sample-script-400.woff2');
    assert.deepStrictEqual(copied?.contents, { copyFrom: path.join(root, 'locales', 'fonts', 'sample-script-400.woff2') });
  });

  test('a missing file, a file that is not WOFF2, a family the language does not use, and a bad name or weight are each reported', () => {
    const problems = problemsAfter((root) => {
      withFont(root, [
        { family: 'Sample Script Sans', weight: 400, file: 'missing-400.woff2' },
        { family: 'Sample Script Sans', weight: 700, file: 'not-a-font.woff2' },
        { family: 'Other Sans', weight: 400, file: 'sample-script-400.woff2' },
      ]);
      writeFileSync(path.join(root, 'locales', 'fonts', 'not-a-font.woff2'), 'just text');
    });
    assert.equal(problems.length, 3, problems.join('\n'));
    assert.match(problems[0]!, /^locales\/languages\.json: languages\[1\]\.fontFiles\[0\]: locales\/fonts\/missing-400\.woff2 is missing \(font files go in locales\/fonts\/\) \(line \d+\)$/);
    assert.match(problems[1]!, /fontFiles\[1\]: locales\/fonts\/not-a-font\.woff2 is not a WOFF2 font file/);
    assert.match(problems[2]!, /fontFiles\[2\]: family "Other Sans" is not in this language's "font"/);
    const badShape = problemsAfter((root) => withFont(root, [{ family: 'Sample Script Sans', weight: 500, file: '../escape.woff2' }]));
    assert.equal(badShape.length, 2, badShape.join('\n'));
    assert.match(badShape.join('\n'), /fontFiles\[0\]\.weight: is not one of the allowed choices \(500\)/);
    assert.match(badShape.join('\n'), /file: must be the name of a \.woff2 file in locales\/fonts\//);
  });
});

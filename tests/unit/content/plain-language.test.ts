import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { normaliseForQuote } from '../../../scripts/content/check-source-passages';
import { plainText, readabilityOf, scoreScreens, screenPieces } from '../../../scripts/content/readability';
import type { TopicStructure } from '../../../scripts/content/schema';
import { textAt } from '../../../scripts/content/text-rules';

const GRADE_LIMIT = 8;
const WORD_LIMIT = 70; // "about 60 words" per screen, with a little room for long medical names
/** Runs of this many words shared with the source mean a sentence was copied, not rewritten. */
const COPIED_RUN = 8;

const projectRoot = path.resolve(import.meta.dirname, '../../..');
const contentDir = path.join(projectRoot, 'content');
const topicIds = readdirSync(contentDir).filter((name) => existsSync(path.join(contentDir, name, 'topic.json')));

for (const topicId of topicIds) {
  const structure = JSON.parse(readFileSync(path.join(contentDir, topicId, 'topic.json'), 'utf8')) as TopicStructure;
  const english: unknown = JSON.parse(readFileSync(path.join(contentDir, topicId, 'en.json'), 'utf8'));
  const lookup = (key: string) => textAt(english, key);
  const plain = (text: string) => plainText(text, (term) => lookup(`glossary.${term}.term`) ?? term);

  describe(`${topicId}: plain English on every screen`, () => {
    for (const { screen, score } of scoreScreens(structure, english)) {
      test(`${screen.id}: Flesch-Kincaid grade ≤ ${GRADE_LIMIT}, ≤ ${WORD_LIMIT} words`, (t) => {
        t.diagnostic(`${screen.id}: grade ${score.grade}, ${score.words} words, ${score.sentences} sentences`);
        assert.ok(score.words > 0, 'the screen has body text');
        assert.ok(score.grade <= GRADE_LIMIT, `grade ${score.grade} is above ${GRADE_LIMIT}`);
        assert.ok(score.words <= WORD_LIMIT, `${score.words} words is more than ${WORD_LIMIT}`);
      });
    }
  });

  const diagrams = structure.screens.flatMap((screen) => (screen.diagram ? [screen.diagram.id] : []));
  const diagramTexts = (id: string) => {
    const labels = english !== null && typeof english === 'object' ? (english as { diagrams?: Record<string, { labels?: Record<string, string> }> }).diagrams?.[id]?.labels : undefined;
    return [lookup(`diagrams.${id}.name`) ?? '', lookup(`diagrams.${id}.description`) ?? '', ...Object.values(labels ?? {})];
  };

  describe(`${topicId}: plain English in every diagram`, () => {
    for (const id of diagrams) {
      test(`${id}: description at Flesch-Kincaid grade ≤ ${GRADE_LIMIT}, short labels`, (t) => {
        const score = readabilityOf([lookup(`diagrams.${id}.description`) ?? '']);
        t.diagnostic(`${id}: description grade ${score.grade}, ${score.words} words`);
        assert.ok(score.words > 0, 'the diagram has a description');
        assert.ok(score.grade <= GRADE_LIMIT, `grade ${score.grade} is above ${GRADE_LIMIT}`);
        const long = diagramTexts(id).slice(2).filter((label) => label.split(/\s+/).length > 8);
        assert.deepStrictEqual(long, [], 'labels of more than 8 words belong in the text, not the picture');
      });
    }
  });

  const sourceFiles = structure.sources.flatMap((source) => (source.localCopy ? [path.resolve(projectRoot, source.localCopy)] : []));
  test(`${topicId}: no sentence is copied from the source`, () => {
    const available = sourceFiles.filter((file) => existsSync(file));
    assert.ok(available.length > 0, `the source text is needed for this check: ${sourceFiles.join(', ')}`);
    const sourceWords = normaliseForQuote(available.map((file) => readFileSync(file, 'utf8')).join(' ')).match(/[\p{L}\p{N}']+/gu) ?? [];
    const sourceRuns = new Set<string>();
    for (let i = 0; i + COPIED_RUN <= sourceWords.length; i++) sourceRuns.add(sourceWords.slice(i, i + COPIED_RUN).join(' '));
    const copied: string[] = [];
    const pieces = [
      ...structure.screens.flatMap((screen) => screenPieces(screen, lookup).map((piece) => ({ where: screen.id, piece }))),
      ...diagrams.flatMap((id) => diagramTexts(id).map((piece) => ({ where: `diagram ${id}`, piece }))),
    ];
    for (const { where, piece } of pieces) {
      const words = normaliseForQuote(plain(piece)).match(/[\p{L}\p{N}']+/gu) ?? [];
      for (let i = 0; i + COPIED_RUN <= words.length; i++) {
        const run = words.slice(i, i + COPIED_RUN).join(' ');
        if (sourceRuns.has(run)) copied.push(`${where}: "${run}"`);
      }
    }
    assert.deepStrictEqual(copied, []);
  });
}

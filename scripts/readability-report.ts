/**
 * `npm run content:readability [-- topic-id]`: prints the Flesch-Kincaid grade and word count of
 * every English screen, for authors tuning their text (the unit tests enforce grade ≤ 8).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './build';
import { plainText, readabilityOf, screenPieces } from './content/readability';
import type { TopicStructure } from './content/schema';

const only = process.argv[2];
const contentDir = path.join(projectRoot, 'content');
for (const topicId of readdirSync(contentDir).filter((name) => !name.includes('.') && (!only || name === only))) {
  const structure = JSON.parse(readFileSync(path.join(contentDir, topicId, 'topic.json'), 'utf8')) as TopicStructure;
  const english = JSON.parse(readFileSync(path.join(contentDir, topicId, 'en.json'), 'utf8')) as Record<string, unknown>;
  const lookup = (key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], english) as string | undefined;
  console.log(`${topicId}:`);
  for (const screen of structure.screens) {
    const pieces = screenPieces(screen, lookup).map((piece) => plainText(piece, (term) => lookup(`glossary.${term}.term`) ?? term));
    const score = readabilityOf(pieces);
    console.log(`  ${screen.id.padEnd(28)} grade ${score.grade.toFixed(1).padStart(4)}  ${String(score.words).padStart(3)} words`);
  }
}

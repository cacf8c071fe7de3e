/**
 * `npm run content:readability [-- topic-id]`: prints the Flesch-Kincaid grade and word count of
 * every English screen, for authors tuning their text (the unit tests enforce grade ≤ 8).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './build';
import { scoreScreens } from './content/readability';
import type { TopicStructure } from './content/schema';

const only = process.argv[2];
const contentDir = path.join(projectRoot, 'content');
for (const topicId of readdirSync(contentDir).filter((name) => !name.includes('.') && (!only || name === only))) {
  const structure = JSON.parse(readFileSync(path.join(contentDir, topicId, 'topic.json'), 'utf8')) as TopicStructure;
  const english: unknown = JSON.parse(readFileSync(path.join(contentDir, topicId, 'en.json'), 'utf8'));
  console.log(`${topicId}:`);
  for (const { screen, score } of scoreScreens(structure, english)) {
    console.log(`  ${screen.id.padEnd(28)} grade ${score.grade.toFixed(1).padStart(4)}  ${String(score.words).padStart(3)} words`);
  }
}

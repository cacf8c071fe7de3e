import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from './second-kiosk';

const FIXTURE = path.join(projectRoot, 'tests/fixtures/drop-in-topic/fixture-topic');

/** Words of different lengths, so the generated titles wrap differently, as real topics' would. */
const TITLE_WORDS = ['Sleep', 'Healthy eating after surgery', 'Blood pressure', 'Looking after your knees and hips', 'Diabetes', 'Breathing exercises'];

/**
 * A content folder holding `count` copies of the drop-in fixture topic, each with its own id,
 * order and title (in every language the fixture has), for testing the home screen with many
 * topics. With count 1 it holds the fixture alone.
 */
export function generatedTopicsFolder(count: number): string {
  const contentDir = path.join(mkdtempSync(path.join(os.tmpdir(), `kiosk-topics-${count}-`)), 'content');
  for (let index = 1; index <= count; index += 1) {
    const id = count === 1 ? 'fixture-topic' : `generated-topic-${String(index).padStart(2, '0')}`;
    const folder = path.join(contentDir, id);
    cpSync(FIXTURE, folder, { recursive: true });
    const structurePath = path.join(folder, 'topic.json');
    const structure = JSON.parse(readFileSync(structurePath, 'utf8'));
    writeFileSync(structurePath, JSON.stringify({ ...structure, id, order: index }, null, 2));
    if (count === 1) continue;
    for (const file of readdirSync(folder).filter((name) => /^[a-zA-Z-]+\.json$/.test(name) && name !== 'topic.json')) {
      const textPath = path.join(folder, file);
      const texts = JSON.parse(readFileSync(textPath, 'utf8'));
      texts.title = `${index}. ${TITLE_WORDS[index % TITLE_WORDS.length]}`;
      writeFileSync(textPath, JSON.stringify(texts, null, 2));
    }
  }
  return contentDir;
}

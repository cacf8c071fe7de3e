import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TopicStructure } from '../../scripts/content/schema';
import { textAt } from '../../scripts/content/text-rules';

/**
 * Expected texts for the e2e tests, read from the same files authors edit, so the tests check
 * that the kiosk shows the content faithfully without repeating it.
 */
const projectRoot = path.resolve(import.meta.dirname, '../..');
const readJson = (...parts: string[]) => JSON.parse(readFileSync(path.join(projectRoot, ...parts), 'utf8'));

export const TOPIC_ID = 'muscle-atrophy';
export const topicStructure: TopicStructure = readJson('content', TOPIC_ID, 'topic.json');
/** The topic's own screens plus its "Sources and review" page. */
export const pageTotal = topicStructure.screens.length + 1;

function lookup(tree: unknown, key: string): string {
  const value = textAt(tree, key);
  if (value === undefined) throw new Error(`No text at ${key}`);
  return value;
}

/** Topic text as patients see it: glossary links reduced to their shown words. */
export function topicText(language: string, key: string): string {
  const texts = readJson('content', TOPIC_ID, `${language}.json`);
  return lookup(texts, key).replace(/\[\[([a-z0-9-]+)(?:\|([^\]]+))?\]\]/g, (_m, term: string, shown?: string) => shown ?? lookup(texts, `glossary.${term}.term`));
}

export function screenTitle(language: string, index: number): string {
  const screen = topicStructure.screens[index];
  return screen ? topicText(language, `screens.${screen.id}.title`) : uiText(language, 'sources.title');
}

export function uiText(language: string, key: string): string {
  return lookup(readJson('locales', language, 'ui.json'), key);
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LanguageRegistry, TopicStructure } from '../../scripts/content/schema';
import { flattenText, splitPluralKey, textAt } from '../../scripts/content/text-rules';

/**
 * Expected texts for the e2e tests, read from the same files authors edit, so the tests check
 * that the kiosk shows the content faithfully without repeating it.
 */
const projectRoot = path.resolve(import.meta.dirname, '../..');
const readJson = (...parts: string[]) => JSON.parse(readFileSync(path.join(projectRoot, ...parts), 'utf8'));

export const TOPIC_ID = 'muscle-atrophy';
export const registry: LanguageRegistry = readJson('locales', 'languages.json');
export const topicStructure: TopicStructure = readJson('content', TOPIC_ID, 'topic.json');
/** The topic's own screens plus its "Sources and review" page. */
export const pageTotal = topicStructure.screens.length + 1;

function lookup(tree: unknown, key: string): string {
  const value = textAt(tree, key);
  if (value === undefined) throw new Error(`No text at ${key}`);
  return value;
}

/** Text as patients see it: glossary links reduced to their shown words. */
function asShown(texts: unknown, text: string): string {
  return text.replace(/\[\[([a-z0-9-]+)(?:\|([^\]]+))?\]\]/g, (_m, term: string, shown?: string) => shown ?? lookup(texts, `glossary.${term}.term`));
}

/** Topic text as patients see it. */
export function topicText(language: string, key: string): string {
  const texts = readJson('content', TOPIC_ID, `${language}.json`);
  return asShown(texts, lookup(texts, key));
}

export interface ShownText {
  /** Key as i18next knows it: `nav.next`, or `home.screenCount` for every plural form. */
  key: string;
  /** The text as shown, still with any {{placeholders}}. */
  text: string;
}

/** Every interface string and every text of the topic in one language, as patients see them. */
export function allTexts(language: string): ShownText[] {
  const ui = flattenText(readJson('locales', language, 'ui.json')).map(({ key, value }) => ({ key: splitPluralKey(key)?.base ?? key, text: String(value) }));
  const topic = readJson('content', TOPIC_ID, `${language}.json`);
  return [...ui, ...flattenText(topic).map(({ key, value }) => ({ key, text: asShown(topic, String(value)) }))];
}

/** The words of a language's in-sentence glossary links, which show as texts of their own. */
export function glossaryLinkWords(language: string): string[] {
  const topic = readJson('content', TOPIC_ID, `${language}.json`);
  return flattenText(topic).flatMap(({ value }) =>
    [...String(value).matchAll(/\[\[([a-z0-9-]+)(?:\|([^\]]+))?\]\]/g)].map(([, term, shown]) => shown ?? lookup(topic, `glossary.${term}.term`)),
  );
}

export function screenTitle(language: string, index: number): string {
  const screen = topicStructure.screens[index];
  return screen ? topicText(language, `screens.${screen.id}.title`) : uiText(language, 'sources.title');
}

export function uiText(language: string, key: string): string {
  return lookup(readJson('locales', language, 'ui.json'), key);
}

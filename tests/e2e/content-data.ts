import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LanguageRegistry, ScreenStructure, TopicStructure } from '../../scripts/content/schema';
import { topicPages } from '../../renderer/content/topic-pages';
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
/** The pages Back and Next walk: the contents page (with chapters), the screens, "Sources and review". */
export const topicPagesList = topicPages(topicStructure).pages;
export const pageTotal = topicPagesList.length;
/** 0-based page index of each chapter's first page, in order (empty without chapters). */
export const chapterEntries = topicPages(topicStructure).chapters;

/** The screen shown on a page (0-based), if that page shows a screen. */
export function pageScreen(index: number): ScreenStructure | undefined {
  const shown = topicPagesList[index];
  return shown?.kind === 'screen' ? shown.screen : undefined;
}

/** 0-based page index of a screen. */
/** 0-based page index of a screen. */
export function pageOfScreen(screenId: string): number {
  const index = topicPagesList.findIndex((shown) => shown.kind === 'screen' && shown.screen.id === screenId);
  if (index < 0) throw new Error(`No screen ${screenId}`);
  return index;
}

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

/** The heading of a page (0-based): the topic's title on the contents page. */
export function screenTitle(language: string, index: number): string {
  const shown = topicPagesList[index];
  if (shown?.kind === 'contents') return topicText(language, 'title');
  if (shown?.kind === 'screen') return topicText(language, `screens.${shown.screen.id}.title`);
  return uiText(language, 'sources.title');
}

/** The position the navigation bar shows on a page (0-based), as patients read it. */
export function positionText(language: string, index: number): string {
  const shown = topicPagesList[index];
  const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{\{(\w+)(?:, number)?\}\}/g, (_m, name: string) => String(values[name]));
  if (chapterEntries.length === 0 || shown === undefined) return fill(uiText(language, 'nav.position'), { current: index + 1, total: pageTotal });
  if (shown.kind === 'contents') return uiText(language, 'nav.contents');
  if (shown.kind === 'sources') return uiText(language, 'sources.title');
  const chapter = shown.chapter!;
  return fill(uiText(language, 'nav.chapterPosition'), { chapter: topicText(language, `chapters.${chapter.id}.title`), current: chapter.pageInChapter, total: chapter.pagesInChapter });
}

export function uiText(language: string, key: string): string {
  return lookup(readJson('locales', language, 'ui.json'), key);
}

/** The page of the topic's first screen: 1 behind the contents page of a topic with chapters, else 0. */
export const FIRST_SCREEN_PAGE = pageOfScreen(topicStructure.screens[0]!.id);

/** Whether a page (0-based) shows a tappable medical word in `language`. */
export function pageHasGlossaryWord(language: string, index: number): boolean {
  const shown = topicPagesList[index];
  if (shown?.kind !== 'screen') return false;
  const texts = readJson('content', TOPIC_ID, `${language}.json`);
  return JSON.stringify(texts.screens?.[shown.screen.id] ?? '').includes('[[');
}

/** The first page at or after `from` whose text in `language` has a tappable medical word. */
export function firstPageWithGlossaryWord(language: string, from = 0): number {
  const index = topicPagesList.findIndex((_shown, at) => at >= from && pageHasGlossaryWord(language, at));
  if (index < 0) throw new Error(`No page from ${from} with a glossary word in ${language}`);
  return index;
}

/**
 * What read-aloud says on each page, sentence by sentence: the words exactly as the page shows
 * them (glossary markup removed), in the page's order, each sentence tied to the text it belongs
 * to (its key) so the kiosk can highlight it while it is read. The spoken form may differ from
 * the shown one: a language's speech file (content/<topic>/speech/<lng>.json) gives
 * pronunciations for words the voice gets wrong ("ALS" → "A L S") and speech-only variants of
 * whole texts (Arabic with vowel marks).
 *
 * Pure and free of Node APIs: the build, the content check and the tests share it.
 */
import { formatIsoDate } from '../../renderer/text/format';
import { topicPages } from '../../renderer/content/topic-pages';
import { GLOSSARY_LINK_PATTERN } from '../content/glossary-links';
import type { ScreenStructure, TopicStructure } from '../content/schema';
import { textAt } from '../content/text-rules';

/** One text on a page: its key (`screens.signs.lead`, or `ui:sources.title` for an interface text) and its shown words. */
export interface SpeechBlock {
  key: string;
  text: string;
}

export interface SpeechPage {
  /** `contents`, a screen id, `sources`, or `home`. */
  id: string;
  blocks: SpeechBlock[];
}

export interface SpokenSentence {
  key: string;
  /** The sentence as shown on screen, for finding it to highlight. */
  shown: string;
  /** What the voice is given. */
  spoken: string;
}

/** A language's speech file for a topic. */
export interface SpeechFile {
  /** Word (or abbreviation) as written → how to say it. Whole words only, case as written. */
  pronounce?: Record<string, string>;
  /** Text key → a spoken variant of the whole text, with the same number of sentences. */
  sentences?: Record<string, string>;
}

/** Interface texts of one language, as in locales/<lng>/ui.json. */
export type UiTexts = unknown;

/** What read-aloud needs of a screen: its id, kind and parts (topic.json's and the compiled index's screens both fit). */
type SpeechScreen = ScreenStructure extends infer Screen ? (Screen extends ScreenStructure ? Omit<Screen, 'sourcePassages' | 'diagram'> : never) : never;

/** What read-aloud needs of a topic: topic.json's structure and the compiled index both have it. */
export type SpeechTopic = Pick<TopicStructure, 'sources' | 'review' | 'translationReviews' | 'lastEdited' | 'chapters'> & { screens: SpeechScreen[] };

/** A topic text as patients see it: `[[term|words]]` → words, `[[term]]` → the glossary's term. */
export function shownText(texts: unknown, raw: string): string {
  return raw.replace(GLOSSARY_LINK_PATTERN, (_match, term: string, words?: string) => words ?? textAt(texts, `glossary.${term}.term`) ?? term);
}

/** An interface text with its {{values}} filled in and $t(key) references resolved, as i18next would. */
export function uiText(ui: UiTexts, key: string, values: Record<string, string> = {}): string {
  const raw = textAt(ui, key) ?? '';
  return raw
    .replace(/\$t\(([a-zA-Z0-9_.-]+)\)/g, (_match, nested: string) => uiText(ui, nested))
    .replace(/\{\{\s*(\w+)(?:,[^}]*)?\}\}/g, (_match, name: string) => values[name] ?? '');
}

function screenBlocks(screen: SpeechScreen, texts: unknown, ui: UiTexts): SpeechBlock[] {
  const prefix = `screens.${screen.id}`;
  const topicBlock = (key: string): SpeechBlock[] => {
    const raw = textAt(texts, key);
    return raw === undefined ? [] : [{ key, text: shownText(texts, raw) }];
  };
  const blocks = topicBlock(`${prefix}.title`);
  switch (screen.kind) {
    case 'intro':
      blocks.push(...topicBlock(`${prefix}.body`));
      break;
    case 'callout':
      // The box's label ("Not a treatment you can get yet") is part of what it says.
      blocks.push({ key: `ui:callout.${screen.tone}`, text: uiText(ui, `callout.${screen.tone}`) }, ...topicBlock(`${prefix}.body`));
      break;
    case 'list':
      blocks.push(...topicBlock(`${prefix}.lead`));
      for (const item of screen.items) blocks.push(...topicBlock(`${prefix}.items.${item}`));
      break;
    case 'cards':
      blocks.push(...topicBlock(`${prefix}.lead`));
      for (const card of screen.cards) blocks.push(...topicBlock(`${prefix}.cards.${card}.title`), ...topicBlock(`${prefix}.cards.${card}.body`));
      break;
  }
  return blocks;
}

/** Every page of a topic that read-aloud can speak, in one language, in the order Back and Next walk them. */
export function topicSpeechPages(topic: SpeechTopic, language: string, isSourceLanguage: boolean, texts: unknown, ui: UiTexts): SpeechPage[] {
  const title = (key: string): SpeechBlock => ({ key, text: shownText(texts, textAt(texts, key) ?? '') });
  const reviewLine = (review: TopicStructure['review'], reviewedKey: string, notReviewedKey: string): SpeechBlock =>
    review.status === 'reviewed'
      ? { key: `ui:${reviewedKey}`, text: uiText(ui, reviewedKey, { reviewer: review.reviewer, date: formatIsoDate(review.date, language) }) }
      : { key: `ui:${notReviewedKey}`, text: uiText(ui, notReviewedKey) };
  return topicPages(topic).pages.map((page): SpeechPage => {
    switch (page.kind) {
      case 'contents':
        return {
          id: 'contents',
          blocks: [
            title('title'),
            { key: 'ui:contents.lead', text: uiText(ui, 'contents.lead') },
            ...(topic.chapters ?? []).map((chapter) => title(`chapters.${chapter.id}.title`)),
            { key: 'ui:sources.title', text: uiText(ui, 'sources.title') },
          ],
        };
      case 'screen':
        return { id: page.screen.id, blocks: screenBlocks(page.screen, texts, ui) };
      case 'sources':
        return {
          id: 'sources',
          blocks: [
            { key: 'ui:sources.title', text: uiText(ui, 'sources.title') },
            { key: 'ui:sources.sourcesHeading', text: uiText(ui, 'sources.sourcesHeading') },
            ...topic.sources.map((source) => title(`sources.${source.id}`)),
            { key: 'ui:sources.reviewHeading', text: uiText(ui, 'sources.reviewHeading') },
            reviewLine(topic.review, 'sources.reviewed', 'sources.notReviewed'),
            { key: 'ui:sources.lastEdited', text: uiText(ui, 'sources.lastEdited', { date: formatIsoDate(topic.lastEdited, language) }) },
            ...(isSourceLanguage
              ? []
              : [
                  { key: 'ui:sources.translationHeading', text: uiText(ui, 'sources.translationHeading') },
                  reviewLine(topic.translationReviews[language] ?? { status: 'not-reviewed' }, 'sources.translationReviewed', 'sources.translationDraft'),
                ]),
          ],
        };
    }
  });
}

/** The home screen's heading and lead: what the kiosk is and how to start. */
export function homeSpeechPage(ui: UiTexts): SpeechPage {
  return {
    id: 'home',
    blocks: [
      { key: 'ui:home.title', text: uiText(ui, 'home.title') },
      { key: 'ui:home.lead', text: uiText(ui, 'home.lead') },
    ],
  };
}

/** A text's sentences, as the language splits them, without surrounding spaces. */
export function splitSentences(text: string, language: string): string[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  return [...segmenter.segment(text)].map((part) => part.segment.trim()).filter((sentence) => sentence.length > 0);
}

/** Replaces each listed word, whole words only, longest first (so "MS" does not break "MSK"). */
export function applyPronunciations(text: string, pronounce: Record<string, string> = {}): string {
  const words = Object.keys(pronounce).sort((a, b) => b.length - a.length);
  if (words.length === 0) return text;
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return text.replace(pattern, (word) => pronounce[word] ?? word);
}

/**
 * Numbers a voice reads the wrong way, said the way people say them. Chinese years are read
 * digit by digit (2026年 is 二〇二六年, not 两千零二十六年), which eSpeak NG does not know; the
 * dates come from Intl at build time, so no speech file could fix them.
 */
export function spokenNumbers(text: string, language: string): string {
  if (!language.startsWith('zh')) return text;
  const digits = '〇一二三四五六七八九';
  return text.replace(/(\d{4})年/g, (_match, year: string) => `${[...year].map((digit) => digits[Number(digit)]).join('')}年`);
}

/**
 * The page's sentences, each with what is shown and what is spoken. A speech-only variant must
 * split into as many sentences as the shown text (so each spoken sentence still has its shown
 * one to highlight); otherwise it is not used and a problem says why.
 */
export function spokenSentences(page: SpeechPage, language: string, speech: SpeechFile = {}): { sentences: SpokenSentence[]; problems: string[] } {
  const sentences: SpokenSentence[] = [];
  const problems: string[] = [];
  for (const block of page.blocks) {
    const shown = splitSentences(block.text, language);
    let spoken = shown;
    const variant = speech.sentences?.[block.key];
    if (variant !== undefined) {
      const variantSentences = splitSentences(variant, language);
      if (variantSentences.length === shown.length) spoken = variantSentences;
      else problems.push(`sentences.${block.key}: has ${variantSentences.length} sentence(s) but the text on screen has ${shown.length}; it must have the same number`);
    }
    shown.forEach((sentence, index) => sentences.push({ key: block.key, shown: sentence, spoken: spokenNumbers(applyPronunciations(spoken[index] ?? sentence, speech.pronounce), language) }));
  }
  return { sentences, problems };
}

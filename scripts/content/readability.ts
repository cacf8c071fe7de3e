import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { GLOSSARY_LINK_PATTERN } from './glossary-links';
import type { ScreenStructure, TopicStructure } from './schema';
import { textAt } from './text-rules';

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch-Kincaid US school grade. */
  grade: number;
}

/** Replaces glossary links by the words a patient sees. */
export function plainText(text: string, glossaryTerm: (term: string) => string): string {
  return text.replace(GLOSSARY_LINK_PATTERN, (_link, term: string, shown?: string) => shown ?? glossaryTerm(term));
}

/**
 * Scores a screen's body text. Each piece (paragraph, bullet, card) ends at least one sentence,
 * because a bullet is read as a sentence even without a full stop.
 */
export function readabilityOf(pieces: string[]): Readability {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const piece of pieces) {
    const pieceWords = piece.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
    words += pieceWords.length;
    syllables += pieceWords.reduce((sum, word) => sum + syllable(word), 0);
    sentences += Math.max(1, (piece.match(/[.!?]+(\s|$)/g) ?? []).length);
  }
  const grade = words === 0 ? 0 : fleschKincaid({ sentence: sentences, word: words, syllable: syllables });
  return { words, sentences, syllables, grade: Math.round(grade * 10) / 10 };
}

/** The body-text pieces of one screen (the heading is not body text), in the given language's text. */
export function screenPieces(screen: ScreenStructure, text: (key: string) => string | undefined): string[] {
  const key = (suffix: string) => text(`screens.${screen.id}.${suffix}`);
  const pieces: (string | undefined)[] = [];
  switch (screen.kind) {
    case 'intro':
    case 'callout':
      pieces.push(key('body'));
      break;
    case 'list':
      pieces.push(key('lead'), ...screen.items.map((item) => key(`items.${item}`)));
      break;
    case 'cards':
      pieces.push(key('lead'), ...screen.cards.flatMap((card) => [key(`cards.${card}.title`), key(`cards.${card}.body`)]));
      break;
  }
  return pieces.filter((piece): piece is string => piece !== undefined);
}

/** Scores every screen of a topic in one language's text, glossary links read as shown. */
export function scoreScreens(structure: TopicStructure, texts: unknown): { screen: ScreenStructure; score: Readability }[] {
  const lookup = (key: string) => textAt(texts, key);
  return structure.screens.map((screen) => ({
    screen,
    score: readabilityOf(screenPieces(screen, lookup).map((piece) => plainText(piece, (term) => lookup(`glossary.${term}.term`) ?? term))),
  }));
}

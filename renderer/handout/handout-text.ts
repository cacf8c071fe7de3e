import { GLOSSARY_LINK_PATTERN } from '../../scripts/content/glossary-links';

/**
 * Topic text as paper shows it: a glossary link (`[[term]]` or `[[term|shown words]]`) becomes
 * its words, since nobody can tap a printed word. `termText(id)` gives a term's own name.
 */
export function plainText(text: string, termText: (termId: string) => string): string {
  return text.replace(GLOSSARY_LINK_PATTERN, (_match, term: string, shown: string | undefined) => shown ?? termText(term));
}

/** What a handout page prints, read from its address (main/printing/handout-printer.ts writes it). */
export interface HandoutRequestOnPage {
  topicId: string;
  language: string;
  /** Chapters the patient ticked to print in full. */
  chapters: string[];
  clinicName: string;
  clinicPhone: string;
}

export function readHandoutAddress(search: URLSearchParams): HandoutRequestOnPage | null {
  const topicId = search.get('topic');
  const language = search.get('lang');
  if (topicId === null || language === null) return null;
  const chapters = (search.get('chapters') ?? '').split(',').filter((chapter) => chapter !== '');
  return { topicId, language, chapters, clinicName: search.get('clinic') ?? '', clinicPhone: search.get('phone') ?? '' };
}

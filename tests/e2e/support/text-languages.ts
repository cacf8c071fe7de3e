import type { Page } from '@playwright/test';
import { allTexts, glossaryLinkWords, registry } from '../content-data';

/** A piece of text in the page and the language it is marked with (the nearest `lang`). */
export interface MarkedText {
  text: string;
  lang: string;
}

/** Every text in the page, shown or kept for screen readers, through every shadow root. */
export function markedTexts(page: Page): Promise<MarkedText[]> {
  return page.evaluate(() => {
    const found: { text: string; lang: string }[] = [];
    const languageOf = (node: Node): string => {
      for (let current: Node | null = node; current; ) {
        if (current instanceof Element && current.hasAttribute('lang')) return current.getAttribute('lang')!;
        const parent: Node | null = (current instanceof Element && current.assignedSlot) || current.parentNode;
        current = parent instanceof ShadowRoot ? parent.host : parent;
      }
      return '';
    };
    const visit = (root: Document | ShadowRoot) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node instanceof Element) {
          if (node.shadowRoot) visit(node.shadowRoot);
        } else if (node instanceof Text && node.data.trim() && !node.parentElement?.closest('style, script')) {
          found.push({ text: node.data.trim().replace(/\s+/g, ' '), lang: languageOf(node) });
        }
      }
    };
    visit(document);
    return found;
  });
}

/** Each language's whole texts (interface, topic, its own name), to tell which language a text is in. */
const textsByLanguage = new Map(
  registry.languages.map((language) => [
    language.code,
    new Set(
      [language.nativeName, ...glossaryLinkWords(language.code), ...allTexts(language.code).map(({ text }) => text).filter((text) => !text.includes('{{'))].map((text) =>
        text.trim().replace(/\s+/g, ' '),
      ),
    ),
  ]),
);

/**
 * Texts marked with the wrong language: a text that is one of language X's own texts, and of no
 * other language's, must sit inside an element whose `lang` is X (so a screen reader reads it
 * with X's voice, and the browser shapes and breaks it the right way).
 */
export function languageMarkingProblems(texts: readonly MarkedText[]): string[] {
  const problems = new Set<string>();
  for (const { text, lang } of texts) {
    if (!textsByLanguage.has(lang)) {
      problems.add(`"${text.slice(0, 40)}" is marked lang="${lang}", not a language of the kiosk`);
      continue;
    }
    const languages = [...textsByLanguage].filter(([, own]) => own.has(text)).map(([code]) => code);
    if (languages.length > 0 && !languages.includes(lang)) problems.add(`"${text.slice(0, 40)}" is ${languages.join('/')} but marked lang="${lang}"`);
  }
  return [...problems];
}

/** How many of `texts` are whole known texts of some language (so the check had something to judge). */
export function recognisedCount(texts: readonly MarkedText[]): number {
  return texts.filter(({ text }) => [...textsByLanguage.values()].some((own) => own.has(text))).length;
}

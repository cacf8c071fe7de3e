import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { allTexts, registry, type ShownText } from '../content-data';
import { afterRendering } from './every-screen';
import { charactersWithoutLoadedFace, fontsDrawingText, pageText, type GlyphFont, type PageText } from './page-text';

/**
 * What a patient reads on a screen is in their language: no raw key, no {{placeholder}} or
 * [[link]] markup, no English left where the language has its own text, and every character
 * drawn by the language's bundled font (most of them by its own family). `visit` checks the screen
 * showing now; `finish` checks the fonts seen over all the screens visited.
 */
const english = allTexts(registry.sourceLanguage);
const keys = new Set([...english.map((entry) => entry.key), ...english.map((entry) => `topic-muscle-atrophy:${entry.key}`)]);

/**
 * English texts that a translation replaces, so seeing one on screen means it was left
 * untranslated. Texts the translation itself uses (an abbreviation such as "FES") are not counted.
 */
function englishLeftovers(language: string): ShownText[] {
  const translation = allTexts(language);
  const translatedCorpus = translation.map((entry) => entry.text).join('\n');
  return english.filter(({ text }) => !text.includes('{{') && !translatedCorpus.includes(text));
}

function problemsOn(where: string, text: PageText, leftovers: ShownText[]): string[] {
  const problems: string[] = [];
  for (const piece of text.pieces) {
    if (keys.has(piece)) problems.push(`${where}: raw key "${piece}"`);
    if (/\{\{|\}\}|\[\[|\]\]/.test(piece)) problems.push(`${where}: markup left in "${piece}"`);
  }
  for (const { key, text: englishText } of leftovers) {
    const exact = text.pieces.includes(englishText);
    // Whole English sentences are found even when glossary words split them into several nodes.
    const sentence = englishText.length >= 25 && text.joined.includes(englishText);
    if (exact || sentence) problems.push(`${where}: English left for ${key}: "${englishText}"`);
  }
  return problems;
}

/** The named families of a registry font list, without the generic fallback ("sans-serif"). */
const bundledFamilies = (font: string) =>
  font
    .split(',')
    .map((family) => family.trim())
    .filter((family) => /^["']/.test(family))
    .map((family) => family.replace(/^["']|["']$/g, ''));

export interface TranslationCheck {
  visit(where: string): Promise<void>;
  /** Every problem found, the fonts' among them. */
  finish(): Promise<string[]>;
}

export async function startTranslationCheck(page: Page, language: string): Promise<TranslationCheck> {
  const leftovers = language === registry.sourceLanguage ? [] : englishLeftovers(language);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const problems: string[] = [];
  const fonts: GlyphFont[] = [];
  return {
    async visit(where) {
      // Fonts swap in once loaded (font-display: swap); measure what stays on screen. A font's
      // load starts only when the text needing it is laid out: wait for the page to render first,
      // or a screen that has just opened (the picker) is measured before its fonts are asked for.
      await afterRendering(page);
      await page.evaluate(() => document.fonts.ready);
      problems.push(...problemsOn(where, await pageText(page), leftovers));
      let drawn = await fontsDrawingText(cdp);
      // On a busy machine a face may be asked for a frame or two later than that (seen in CI: the
      // picker's "中文" in French, read before its Chinese face was requested): text drawn by a
      // system font is read again for a few seconds, and only what stays counts.
      for (let retry = 0; retry < 10 && drawn.some((font) => !font.isCustomFont); retry += 1) {
        await page.waitForTimeout(500);
        await page.evaluate(() => document.fonts.ready);
        drawn = await fontsDrawingText(cdp);
      }
      fonts.push(...drawn.map((font) => ({ ...font, samples: font.samples.map((sample) => `${sample} (${where})`) })));
    },
    async finish() {
      const families = bundledFamilies(registry.languages.find((entry) => entry.code === language)!.font);
      const family = families[0]!;
      const found = [...problems];
      found.push(...fonts.filter((font) => !font.isCustomFont).map((font) => `drawn by the system font ${font.familyName} instead of a bundled one: ${font.samples.join(' | ')}`));
      const glyphsBy = (prefix: string) => fonts.filter((font) => font.familyName.startsWith(prefix)).reduce((sum, font) => sum + font.glyphCount, 0);
      const allGlyphs = fonts.reduce((sum, font) => sum + font.glyphCount, 0);
      expect(allGlyphs, 'glyphs drawn on the screens checked').toBeGreaterThan(0);
      if (glyphsBy(family) / allGlyphs <= 0.8) found.push(`only ${((100 * glyphsBy(family)) / allGlyphs).toFixed(0)}% of the glyphs are drawn by ${family} (at least 80% must be)`);
      const languageTexts = allTexts(language).map((entry) => entry.text).join('');
      const missing = await charactersWithoutLoadedFace(page, families, languageTexts);
      if (missing.length > 0) found.push(`characters no loaded ${families.join('/')} face holds: ${missing.join(' ')}`);
      return found;
    },
  };
}

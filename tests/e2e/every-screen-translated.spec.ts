import type { Page } from '@playwright/test';
import { allTexts, FIRST_SCREEN_PAGE, pageTotal, registry, topicText, type ShownText } from './content-data';
import { expect, test } from './fixtures';
import { answerSettings } from './support/kiosk-settings';
import { charactersWithoutLoadedFace, fontsDrawingText, pageText, type GlyphFont, type PageText } from './support/page-text';
import { SHOWN_PAGE } from './pages/topic-page';

/**
 * Walks every screen in every language — home, the language picker, each topic page and a
 * glossary pop-up — and checks what a patient would see: no raw key, no {{placeholder}} or
 * [[link]] markup, no English left where the language has its own text, and every character
 * drawn by the language's bundled font.
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

async function startIn(page: Page, language: string): Promise<void> {
  await answerSettings(page, { defaultLanguage: language });
  await page.goto('/');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

for (const language of registry.languages) {
  test(`every screen in ${language.englishName} is translated and drawn in its own font`, async ({ page, topic, languages }) => {
    test.slow(); // about 25 screens, each read back through the DevTools protocol
    const leftovers = language.code === registry.sourceLanguage ? [] : englishLeftovers(language.code);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const problems: string[] = [];
    const fonts: GlyphFont[] = [];
    const check = async (where: string) => {
      // Fonts swap in once loaded (font-display: swap); measure what stays on screen. A font's
      // load starts only when the text needing it is laid out: wait for a rendered frame first,
      // or a screen that has just opened (the picker) is measured before its fonts are asked for.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
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
      fonts.push(...drawn);
    };

    await startIn(page, language.code);
    await check('home');
    await languages.openButton.click();
    await check('language picker');
    await page.keyboard.press('Escape');

    await page.getByRole('main').getByRole('button', { name: new RegExp(topicText(language.code, 'title')) }).click();
    for (let pageNumber = 1; pageNumber <= pageTotal; pageNumber += 1) {
      await expect(topic.navigation).toHaveAttribute('data-page', String(pageNumber));
      await check(`topic page ${pageNumber}`);
      if (pageNumber === FIRST_SCREEN_PAGE + 1) {
        await page.locator(`${SHOWN_PAGE} button.term`).first().click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await check('glossary pop-up');
        await page.keyboard.press('Escape');
      }
      if (pageNumber < pageTotal) await topic.forward.click();
    }
    expect(problems).toEqual([]);

    // Fonts: every glyph comes from a bundled font, most of them from the language's own family,
    // and for every character shown a loaded face of the language's fonts holds it.
    const families = bundledFamilies(language.font);
    const family = families[0]!;
    const systemFonts = fonts.filter((font) => !font.isCustomFont).map((font) => `${font.familyName}: ${font.samples.join(' | ')}`);
    expect(systemFonts, 'characters drawn by a system font instead of a bundled one').toEqual([]);
    const glyphsBy = (prefix: string) => fonts.filter((font) => font.familyName.startsWith(prefix)).reduce((sum, font) => sum + font.glyphCount, 0);
    const allGlyphs = fonts.reduce((sum, font) => sum + font.glyphCount, 0);
    expect(glyphsBy(family) / allGlyphs, `share of glyphs drawn by ${family}`).toBeGreaterThan(0.8);
    const languageTexts = allTexts(language.code).map((entry) => entry.text).join('');
    expect(await charactersWithoutLoadedFace(page, families, languageTexts), `characters no loaded ${families.join('/')} face holds`).toEqual([]);
  });
}

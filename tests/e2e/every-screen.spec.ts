import { TEXT_SIZES, type TextSize, type Theme } from '../../main/ipc/contract';
import { registry } from './content-data';
import { expect, test } from './fixtures';
import { audit } from './support/axe-audit';
import { startWalk, walkEveryScreen, type Visit } from './support/every-screen';
import { layoutProblems } from './support/layout-check';
import { SCREEN_SIZES, sizeName, type ScreenSize } from './support/screen-sizes';
import { languageMarkingProblems, markedTexts, recognisedCount } from './support/text-languages';
import { startTranslationCheck } from './support/translation-check';

/**
 * Every screen a patient or staff member can reach (support/every-screen.ts), walked in every
 * language, at both ends of the text sizes, in both themes and on every kiosk screen shape, with
 * these checks on each screen:
 *
 * - accessibility: axe-core with every WCAG 2.0/2.1/2.2 A and AA rule, in every language in the
 *   standard theme and, as the high-contrast theme changes colours only, in that theme in the
 *   source language and the right-to-left one; "structure" adds best-practice heading order and
 *   landmarks, which patients using screen readers depend on (one left-to-right and one
 *   right-to-left language: they do not change with the language).
 * - translation: no raw key, markup or English left where the language has its own text, and every
 *   character drawn by the language's bundled font (the screens a patient sees; staff screens and
 *   the attract screen, which invites in every language, are left out).
 * - layout, on each screen size of the walk: no text cut off or drawn over other text, no button
 *   outside the window, no sideways scroll, no dialog but the staff settings and the Usage page
 *   to scroll for its buttons, touch targets 48x48 px and 8 px apart. English and Arabic at the
 *   standard text size on all eight shapes; every language at the largest size in full HD, and
 *   the longest languages at the largest size where room is shortest (portrait, the short landscape
 *   all-in-one, the small tablets).
 * - language marks: every text is marked with its language (`lang`), the other languages' names
 *   and the attract screen's invitations included.
 *
 * One walk serves several checks: a walk's own cost (starting the kiosk, ~40 taps) is most of a
 * check's, and CI has two cores and half an hour. The window is resized on each screen to the
 * walk's other sizes (support/every-screen.ts).
 */
type Check = 'accessibility' | 'structure' | 'translation' | 'layout' | 'language marks';

interface Walk {
  language: string;
  textSize: TextSize;
  theme: Theme;
  sizes: readonly ScreenSize[];
  checks: readonly Check[];
}

const FULL_HD = SCREEN_SIZES[0];
const LARGEST = TEXT_SIZES.at(-1)!;
const size = (name: string) => SCREEN_SIZES.find((shape) => sizeName(shape) === name)!;
/** At the largest text size, besides full HD: the longest words and labels where room is shortest. */
const LARGEST_TEXT_SIZES: Record<string, string[]> = {
  fr: ['1080x1920', '1366x768', '1024x768'],
  vi: ['1080x1920', '1366x768', '768x1024'],
  ar: ['768x1024'],
};
const isSourceOrRightToLeft = (code: string) => code === registry.sourceLanguage || registry.languages.find((language) => language.code === code)?.dir === 'rtl';

const walks: Walk[] = [
  ...registry.languages.map((language): Walk => {
    const everyShape = isSourceOrRightToLeft(language.code);
    return {
      language: language.code,
      textSize: 'standard',
      theme: 'standard',
      sizes: everyShape ? SCREEN_SIZES : [FULL_HD],
      checks: everyShape ? ['accessibility', 'structure', 'translation', 'layout'] : ['accessibility', 'translation'],
    };
  }),
  ...registry.languages
    .filter((language) => isSourceOrRightToLeft(language.code))
    .map((language): Walk => ({ language: language.code, textSize: 'standard', theme: 'high-contrast', sizes: [FULL_HD], checks: ['accessibility'] })),
  ...registry.languages.map(
    (language): Walk => ({
      language: language.code,
      textSize: LARGEST,
      theme: 'standard',
      sizes: [FULL_HD, ...(LARGEST_TEXT_SIZES[language.code] ?? []).map(size)],
      checks: ['layout', 'language marks'],
    }),
  ),
];

/** Screens where staff work, and the attract screen, which speaks every language at once. */
const notForTranslation = /^(PIN pad|staff panel|on-screen|usage page|attract screen)/;

for (const walk of walks) {
  const title = `${walk.language}, ${walk.textSize} text, ${walk.theme} theme, ${walk.sizes.map(sizeName).join(' ')}: ${walk.checks.join(', ')} on every screen`;
  test(title, async ({ page }) => {
    // A minute for the walk itself on a busy two-core machine, and the checks' time on ~40 screens.
    const checksTime = (walk.checks.includes('accessibility') ? 60 : 0) + (walk.checks.includes('structure') ? 40 : 0) + (walk.checks.includes('translation') ? 40 : 0) + (walk.checks.includes('layout') ? 20 * walk.sizes.length : 0);
    test.setTimeout((60 + 2 * checksTime) * 1000);
    await startWalk(page, walk.sizes[0]!, { defaultLanguage: walk.language, defaultTextSize: walk.textSize, defaultTheme: walk.theme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', walk.theme);
    await expect(page.locator('html')).toHaveAttribute('data-text-size', walk.textSize);
    await expect(page.locator('html')).toHaveAttribute('lang', walk.language);

    const problems: string[] = [];
    const seen = { targetSizeRuleRan: false, linesMeasured: 0, targetsMeasured: 0, textsJudged: 0 };
    const translation = walk.checks.includes('translation') ? await startTranslationCheck(page, walk.language) : null;
    const check = async ({ where, size: shape, first }: Visit) => {
      const at = walk.sizes.length > 1 ? `${where} at ${sizeName(shape)}` : where;
      if (walk.checks.includes('layout')) {
        const layout = await layoutProblems(page);
        expect(layout.linesMeasured, `${at} shows text`).toBeGreaterThan(0);
        seen.linesMeasured += layout.linesMeasured;
        seen.targetsMeasured += layout.targetsMeasured;
        problems.push(...layout.problems.map((problem) => `${at}: ${problem}`));
      }
      if (!first) return;
      if (walk.checks.includes('accessibility')) {
        const result = await audit(page);
        seen.targetSizeRuleRan ||= result.applied.has('target-size');
        problems.push(...result.violations.map((violation) => `${where}: ${violation}`));
      }
      if (walk.checks.includes('structure')) {
        const result = await audit(page, { rules: ['heading-order', 'page-has-heading-one', 'region', 'landmark-one-main'] });
        problems.push(...result.violations.map((violation) => `${where}: ${violation}`));
      }
      if (translation && !notForTranslation.test(where)) await translation.visit(where);
      if (walk.checks.includes('language marks')) {
        const texts = await markedTexts(page);
        seen.textsJudged += recognisedCount(texts);
        problems.push(...languageMarkingProblems(texts).map((problem) => `${where}: ${problem}`));
      }
    };

    await walkEveryScreen(page, walk.language, check, walk.sizes);

    if (translation) problems.push(...(await translation.finish()));
    expect(problems).toEqual([]);
    // Each check saw what it was meant to see.
    if (walk.checks.includes('accessibility')) expect(seen.targetSizeRuleRan, 'the WCAG 2.2 target-size rule checked at least one element').toBe(true);
    if (walk.checks.includes('layout')) {
      expect(seen.linesMeasured).toBeGreaterThan(200 * walk.sizes.length);
      expect(seen.targetsMeasured).toBeGreaterThan(80 * walk.sizes.length);
    }
    if (walk.checks.includes('language marks')) expect(seen.textsJudged).toBeGreaterThan(200);
    // The attract screen handed the next patient the kiosk's own language again.
    await expect(page.locator('html')).toHaveAttribute('lang', walk.language);
  });
}

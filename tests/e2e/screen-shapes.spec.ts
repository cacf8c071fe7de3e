import { TEXT_SIZES, type TextSize } from '../../main/ipc/contract';
import { expect, test } from './fixtures';
import { answerSettings } from './support/kiosk-settings';
import { answerStaffAsUnlocked } from './support/staff-answers';
import { walkEveryScreen, WALK_SETTINGS } from './support/every-screen';
import { measureTextFit } from './support/text-fit';
import { SCREEN_SIZES, sizeName } from './support/screen-sizes';
import { dialogsNeedingScroll, targetProblems, unreachableTargets, visibleTargets } from './support/touch-targets';

/**
 * Every screen on every kiosk screen shape: floor-standing portrait kiosks (1080x1920), cheap
 * all-in-ones (1366x768), wall tablets (1280x800), medical-cart panels (1280x1024), small tablets
 * (1024x768, 768x1024), full HD and 4K panels. On each, every button lies inside the window,
 * nothing needs a sideways scroll, no dialog but the staff settings and the Usage page must be
 * scrolled to find its buttons, touch targets keep 48x48 px and 8 px apart, and no text is cut off or drawn over other
 * text. English and Arabic (right-to-left) at the standard text size
 * everywhere; French and Vietnamese (the longest words and labels) at the largest size on the
 * portrait and the short landscape screen; Vietnamese and Arabic at the largest size on 768x1024,
 * French on 1024x768.
 */
const SIZES = SCREEN_SIZES.map(sizeName);
const LARGEST = TEXT_SIZES.at(-1)!;

interface Case {
  size: string;
  language: string;
  textSize: TextSize;
}
const cases: Case[] = [
  ...SIZES.flatMap((size) => ['en', 'ar'].map((language) => ({ size, language, textSize: 'standard' as const }))),
  ...['1080x1920', '1366x768'].flatMap((size) => ['fr', 'vi'].map((language) => ({ size, language, textSize: LARGEST }))),
  // The least room of all: the smallest portrait screen at the largest size, in a language with long words.
  { size: '768x1024', language: 'vi', textSize: LARGEST },
  { size: '768x1024', language: 'ar', textSize: LARGEST },
  // The narrowest landscape bar, near the point where Home and the topic's name fold.
  { size: '1024x768', language: 'fr', textSize: LARGEST },
];

for (const { size, language, textSize } of cases) {
  test(`${size}, ${language}, ${textSize} text: every screen fits the window, with full-size touch targets and no cut-off text`, async ({ page }) => {
    test.setTimeout(120_000);
    const [width, height] = size.split('x').map(Number);
    await page.setViewportSize({ width: width!, height: height! });
    await answerSettings(page, { defaultLanguage: language, defaultTextSize: textSize, ...WALK_SETTINGS });
    await answerStaffAsUnlocked(page);
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();

    const problems: string[] = [];
    let targetsMeasured = 0;
    await walkEveryScreen(page, language, async (where) => {
      const fit = await measureTextFit(page);
      expect(fit.linesMeasured, `${where} shows text`).toBeGreaterThan(0);
      problems.push(...fit.problems.map((problem) => `${where}: ${problem}`));
      problems.push(...(await unreachableTargets(page)).map((problem) => `${where}: ${problem}`));
      // Only the staff settings, a long list of controls, and its Usage page, a report, may scroll inside their dialogs.
      problems.push(...(await dialogsNeedingScroll(page, ['kx-staff-panel', 'kx-usage-page'])).map((problem) => `${where}: ${problem}`));
      const targets = await visibleTargets(page);
      targetsMeasured += targets.length;
      problems.push(...targetProblems(targets, 48, 8).map((problem) => `${where}: ${problem}`));
    });

    expect(problems).toEqual([]);
    expect(targetsMeasured).toBeGreaterThan(80);
  });
}

import { TEXT_SIZES } from '../../main/ipc/contract';
import { registry } from './content-data';
import { expect, test } from './fixtures';
import { answerSettings } from './support/kiosk-settings';
import { answerStaffAsUnlocked } from './support/staff-answers';
import { walkEveryScreen, WALK_SETTINGS } from './support/every-screen';
import { measureTextFit } from './support/text-fit';
import { languageMarkingProblems, markedTexts, recognisedCount } from './support/text-languages';

/**
 * At the largest text size, every screen in every language reflows: no text is cut off, spills
 * out of its button or card, runs off the screen, needs a sideways scroll or lands on other text.
 * The same walk checks that every text is marked with its language (`lang`), including the
 * other languages' names and the attract screen's invitations.
 */
const LARGEST = TEXT_SIZES.at(-1)!;

for (const language of registry.languages) {
  test(`${language.code}: at the largest text size nothing is cut off or overlaps, and every text is marked with its language, on every screen`, async ({ page }) => {
    test.setTimeout(90_000);
    await answerSettings(page, { defaultLanguage: language.code, defaultTextSize: LARGEST, ...WALK_SETTINGS });
    await answerStaffAsUnlocked(page);
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();

    const problems: string[] = [];
    let linesMeasured = 0;
    let textsJudged = 0;
    await walkEveryScreen(page, language.code, async (where) => {
      await expect(page.locator('html')).toHaveAttribute('data-text-size', LARGEST);
      const fit = await measureTextFit(page);
      expect(fit.linesMeasured, `${where} shows text`).toBeGreaterThan(0);
      linesMeasured += fit.linesMeasured;
      problems.push(...fit.problems.map((problem) => `${where}: ${problem}`));
      const texts = await markedTexts(page);
      textsJudged += recognisedCount(texts);
      problems.push(...languageMarkingProblems(texts).map((problem) => `${where}: ${problem}`));
    });

    expect(problems).toEqual([]);
    expect(linesMeasured).toBeGreaterThan(200);
    expect(textsJudged).toBeGreaterThan(200);
    await expect(page.locator('html')).toHaveAttribute('lang', language.code);
  });
}

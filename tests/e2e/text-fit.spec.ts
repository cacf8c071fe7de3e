import { TEXT_SIZES } from '../../main/ipc/contract';
import { registry } from './content-data';
import { expect, test } from './fixtures';
import { answerSettings } from './support/kiosk-settings';
import { answerStaffAsUnlocked } from './support/staff-answers';
import { walkEveryScreen, WALK_IDLE_TIMES } from './support/every-screen';
import { measureTextFit } from './support/text-fit';

/**
 * At the largest text size, every screen in every language reflows: no text is cut off, spills
 * out of its button or card, runs off the screen, needs a sideways scroll or lands on other text.
 */
const LARGEST = TEXT_SIZES.at(-1)!;

for (const language of registry.languages) {
  test(`${language.code}: at the largest text size nothing is cut off or overlaps on any screen`, async ({ page }) => {
    test.setTimeout(90_000);
    await answerSettings(page, { defaultLanguage: language.code, defaultTextSize: LARGEST, ...WALK_IDLE_TIMES });
    await answerStaffAsUnlocked(page);
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();

    const problems: string[] = [];
    let linesMeasured = 0;
    await walkEveryScreen(page, language.code, async (where) => {
      await expect(page.locator('html')).toHaveAttribute('data-text-size', LARGEST);
      const fit = await measureTextFit(page);
      expect(fit.linesMeasured, `${where} shows text`).toBeGreaterThan(0);
      linesMeasured += fit.linesMeasured;
      problems.push(...fit.problems.map((problem) => `${where}: ${problem}`));
    });

    expect(problems).toEqual([]);
    expect(linesMeasured).toBeGreaterThan(200);
  });
}

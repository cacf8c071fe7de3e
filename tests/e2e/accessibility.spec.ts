import { THEMES } from '../../main/ipc/contract';
import { pageTotal, registry, topicStructure, uiText } from './content-data';
import { expect, test } from './fixtures';
import { answerSettings } from './support/kiosk-settings';
import { answerStaffAsUnlocked } from './support/staff-answers';
import { audit } from './support/axe-audit';

/**
 * axe-core with every WCAG 2.0/2.1/2.2 A and AA rule on every screen a patient or staff member
 * can reach, in every language, in the standard and the high-contrast theme. Also best-practice
 * heading order and landmarks, which patients using screen readers depend on.
 */
const EXTRA_RULES = ['heading-order', 'page-has-heading-one', 'region', 'landmark-one-main'];

for (const language of registry.languages) {
  for (const theme of THEMES) {
    test(`${language.code}, ${theme}: no accessibility violations on any screen`, async ({ page }) => {
      test.setTimeout(120_000);
      // Short idle times (the real kiosk allows 30 s at least) bring the idle prompt and the
      // attract screen in real time; Playwright's fake clock stalls axe in long runs.
      await answerSettings(page, { defaultLanguage: language.code, defaultTheme: theme, idleTimeoutSeconds: 4, idleCountdownSeconds: 6 });
      await answerStaffAsUnlocked(page);
      await page.goto('/');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);

      const problems: string[] = [];
      let targetSizeRan = false;
      // Heading order and landmarks do not change with the language or colours: checked in one
      // left-to-right and one right-to-left language, which keeps this suite within minutes.
      const structureToo = theme === 'standard' && (language.code === registry.sourceLanguage || language.dir === 'rtl');
      const check = async (where: string) => {
        const result = await audit(page);
        targetSizeRan ||= result.applied.has('target-size');
        problems.push(...result.violations.map((violation) => `${where}: ${violation}`));
        if (structureToo) {
          const extra = await audit(page, { rules: EXTRA_RULES });
          problems.push(...extra.violations.map((violation) => `${where}: ${violation}`));
        }
      };

      await check('home');
      await page.getByRole('banner').locator('button.language-button').click();
      await page.getByRole('dialog').waitFor();
      await check('language picker');
      await page.keyboard.press('Escape');

      await page.keyboard.press('Control+Alt+KeyS');
      await page.locator('kx-pin-pad dialog[open]').waitFor();
      await check('PIN pad');
      for (const digit of '1234') await page.locator('kx-pin-pad').getByRole('button', { name: digit, exact: true }).click();
      await page.locator('kx-pin-pad').getByRole('button', { name: uiText(language.code, 'staff.enter') }).click();
      await page.getByRole('dialog', { name: uiText(language.code, 'staff.panelTitle') }).waitFor();
      await check('staff panel');
      await page.getByRole('dialog', { name: uiText(language.code, 'staff.panelTitle') }).getByRole('button', { name: uiText(language.code, 'staff.done') }).click();

      await page.getByRole('main').getByRole('button').first().click();
      for (let index = 0; index < pageTotal; index += 1) {
        await expect(page.getByRole('navigation')).toHaveAttribute('data-page', String(index + 1));
        const diagram = topicStructure.screens[index]?.diagram;
        if (diagram) await page.locator(`kx-diagram-figure .canvas[data-diagram="${diagram.id}"] > svg`).waitFor();
        await check(`page ${index + 1}`);
        if (index === 0) {
          await page.locator('kx-topic-screen button.term').first().click();
          await page.locator('kx-glossary-popup dialog[open]').waitFor();
          await check('glossary pop-up');
          await page.keyboard.press('Escape');
          await page.getByRole('button', { name: uiText(language.code, 'diagram.enlarge') }).click();
          await page.locator('kx-diagram-viewer dialog[open] svg.diagram').waitFor();
          await check('diagram viewer');
          await page.keyboard.press('Escape');
        }
        if (index < pageTotal - 1) await page.getByRole('navigation').getByRole('button').last().click();
      }

      await page.locator('kx-idle-prompt dialog[open]').waitFor();
      await check('idle prompt');
      await page.locator('kx-attract-screen[active]').waitFor({ timeout: 15_000 });
      await check('attract screen');

      expect(problems, 'accessibility violations').toEqual([]);
      expect(targetSizeRan, 'the WCAG 2.2 target-size rule checked at least one element').toBe(true);
    });
  }
}

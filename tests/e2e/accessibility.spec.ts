import { THEMES } from '../../main/ipc/contract';
import { registry } from './content-data';
import { expect, test } from './fixtures';
import { answerSettings } from './support/kiosk-settings';
import { answerStaffAsUnlocked } from './support/staff-answers';
import { audit } from './support/axe-audit';
import { walkEveryScreen, WALK_SETTINGS } from './support/every-screen';

/**
 * axe-core with every WCAG 2.0/2.1/2.2 A and AA rule on every screen a patient or staff member
 * can reach, in every language in the standard theme, and in the high-contrast theme in the source
 * language and each right-to-left one (below). Also best-practice
 * heading order and landmarks, which patients using screen readers depend on.
 */
const EXTRA_RULES = ['heading-order', 'page-has-heading-one', 'region', 'landmark-one-main'];

// Every language in the standard theme. The high-contrast theme changes colours only, which no
// language changes: it is walked in the source language and in each right-to-left one (a walk
// takes 1.5-2 minutes on a two-core CI machine; the suite must stay within CI's half hour).
const walks = registry.languages.flatMap((language) =>
  THEMES.filter((theme) => theme === 'standard' || language.code === registry.sourceLanguage || language.dir === 'rtl').map((theme) => ({ language, theme })),
);

for (const { language, theme } of walks) {
  test(`${language.code}, ${theme}: no accessibility violations on any screen`, async ({ page }) => {
    // Heading order and landmarks do not change with the language or colours: checked in one
    // left-to-right and one right-to-left language, which keeps this suite within minutes.
    const structureToo = theme === 'standard' && (language.code === registry.sourceLanguage || language.dir === 'rtl');
    // Those walks run two audits on each screen: on a slow machine one screen (the Usage page)
    // took 8.5 s, past the walk's 6 s idle time, and the idle prompt took the walk's next key.
    // 1.5-2 minutes each in CI (two walks at once on two cores): twice that before a walk fails.
    test.setTimeout(structureToo ? 360_000 : 240_000);
    // Short idle times (the real kiosk allows 30 s at least) bring the idle prompt and the
    // attract screen in real time; Playwright's fake clock stalls axe in long runs.
    await answerSettings(page, { defaultLanguage: language.code, defaultTheme: theme, ...WALK_SETTINGS, ...(structureToo ? { idleTimeoutSeconds: 15 } : {}) });
    await answerStaffAsUnlocked(page);
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);

    const problems: string[] = [];
    let targetSizeRan = false;
    const check = async (where: string) => {
      const result = await audit(page);
      targetSizeRan ||= result.applied.has('target-size');
      problems.push(...result.violations.map((violation) => `${where}: ${violation}`));
      if (structureToo) {
        const extra = await audit(page, { rules: EXTRA_RULES });
        problems.push(...extra.violations.map((violation) => `${where}: ${violation}`));
      }
    };

    await walkEveryScreen(page, language.code, check);

    expect(problems, 'accessibility violations').toEqual([]);
    expect(targetSizeRan, 'the WCAG 2.2 target-size rule checked at least one element').toBe(true);
  });
}

test('the folded display controls (portrait header) and their dialog have no accessibility violations, in both themes', async ({ page }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.goto('/');
  await page.getByRole('heading', { level: 1 }).waitFor();
  const problems: string[] = [];
  const open = page.getByRole('banner').locator('button.open-display');
  await expect(open).toBeVisible();
  for (const theme of THEMES) {
    await open.click();
    const dialog = page.locator('kx-display-controls dialog[open]');
    await dialog.waitFor();
    if ((await page.locator('html').getAttribute('data-theme')) !== theme) await dialog.locator('button.contrast').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    problems.push(...(await audit(page)).violations.map((violation) => `${theme}, dialog: ${violation}`));
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    problems.push(...(await audit(page)).violations.map((violation) => `${theme}, header: ${violation}`));
  }
  expect(problems).toEqual([]);
});

test('the audit sees inside the components: a nameless button planted in a shadow root is reported', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('heading', { level: 1 }).waitFor();
  expect((await audit(page)).violations).toEqual([]);
  await page.evaluate(() => {
    const home = document.querySelector('kx-app')?.shadowRoot?.querySelector('kx-home-screen')?.shadowRoot;
    if (!home) throw new Error('no home screen');
    const nameless = document.createElement('button');
    nameless.className = 'planted';
    home.append(nameless);
  });
  const { violations } = await audit(page);
  expect(violations.some((violation) => violation.startsWith('button-name') && violation.includes('.planted'))).toBe(true);
});

import { THEMES } from '../../main/ipc/contract';
import { expect, test } from './fixtures';
import { audit } from './support/axe-audit';

/**
 * Accessibility checks outside the walks of every screen (every-screen.spec.ts, where axe-core
 * audits each screen in every language and both themes): the folded display controls, and the
 * audit helper itself.
 */
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

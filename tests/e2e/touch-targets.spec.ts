import { pageTotal, topicStructure, uiText } from './content-data';
import { expect, test } from './fixtures';
import { answerSettings } from './support/kiosk-settings';
import { answerStaffAsUnlocked } from './support/staff-answers';
import { targetProblems, visibleTargets } from './support/touch-targets';

/**
 * Every button a finger can reach, on every screen at 1920x1080, is at least 48x48 CSS px and at
 * least 8 px from the next one, and shows a pressed state the moment it is touched.
 */
const MIN_SIZE = 48;
const MIN_GAP = 8;

test('every touch target on every screen is at least 48x48 px and 8 px from its neighbours', async ({ page }) => {
  test.setTimeout(90_000);
  await answerSettings(page, { idleTimeoutSeconds: 4, idleCountdownSeconds: 30 });
  await answerStaffAsUnlocked(page);
  await page.goto('/');
  await page.getByRole('heading', { level: 1 }).waitFor();
  const problems: string[] = [];
  let measured = 0;
  const measure = async (where: string) => {
    const targets = await visibleTargets(page);
    expect(targets.length, `${where} has something to tap`).toBeGreaterThan(0);
    measured += targets.length;
    problems.push(...targetProblems(targets, MIN_SIZE, MIN_GAP).map((problem) => `${where}: ${problem}`));
  };

  await measure('home');
  await page.getByRole('banner').locator('button.language-button').click();
  await page.getByRole('dialog').waitFor();
  await measure('language picker');
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+Alt+KeyS');
  await page.locator('kx-pin-pad dialog[open]').waitFor();
  await measure('PIN pad');
  for (const digit of '1234') await page.locator('kx-pin-pad').getByRole('button', { name: digit, exact: true }).click();
  await page.locator('kx-pin-pad').getByRole('button', { name: uiText('en', 'staff.enter') }).click();
  const panel = page.getByRole('dialog', { name: uiText('en', 'staff.panelTitle') });
  await panel.waitFor();
  await measure('staff panel');
  await panel.getByRole('button', { name: uiText('en', 'staff.done') }).click();

  await page.getByRole('main').getByRole('button').first().click();
  for (let index = 0; index < pageTotal; index += 1) {
    await expect(page.getByRole('navigation')).toHaveAttribute('data-page', String(index + 1));
    const diagram = topicStructure.screens[index]?.diagram;
    if (diagram) await page.locator(`kx-diagram-figure .canvas[data-diagram="${diagram.id}"] > svg`).waitFor();
    await measure(`page ${index + 1}`);
    if (index === 0) {
      await page.locator('kx-topic-screen button.term').first().click();
      await page.locator('kx-glossary-popup dialog[open]').waitFor();
      await measure('glossary pop-up');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: uiText('en', 'diagram.enlarge') }).click();
      await page.locator('kx-diagram-viewer dialog[open] svg.diagram').waitFor();
      await measure('diagram viewer');
      await page.keyboard.press('Escape');
    }
    if (index < pageTotal - 1) await page.getByRole('navigation').getByRole('button').last().click();
  }
  await page.locator('kx-idle-prompt dialog[open]').waitFor();
  await measure('idle prompt');

  expect(problems).toEqual([]);
  expect(measured).toBeGreaterThan(100);
});

test('a button shows its pressed state the moment a finger is on it', async ({ page, home }) => {
  await home.open();
  const buttons = [
    page.getByRole('main').getByRole('button').first(),
    page.getByRole('banner').locator('button.language-button'),
    page.getByRole('button', { name: uiText('en', 'display.contrast') }),
  ];
  for (const button of buttons) {
    const look = () => button.evaluate((element) => {
      const style = getComputedStyle(element);
      return `${style.backgroundColor} ${style.transform} ${style.borderColor} ${style.boxShadow}`;
    });
    const before = await look();
    const box = (await button.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    // Read at once, without waiting: the pressed look has no transition in.
    const pressed = await look();
    await page.mouse.move(0, 0);
    await page.mouse.up();
    expect(pressed, await button.textContent() ?? '').not.toBe(before);
  }
});

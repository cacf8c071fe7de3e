import { uiText } from './content-data';
import { expect, test } from './fixtures';
import { answerSettings } from './support/kiosk-settings';
import { answerStaffAsUnlocked } from './support/staff-answers';
import { walkEveryScreen, WALK_SETTINGS } from './support/every-screen';
import { targetProblems, visibleTargets } from './support/touch-targets';

/**
 * Every button a finger can reach, on every screen at 1920x1080, is at least 48x48 CSS px and at
 * least 8 px from the next one, and shows a pressed state the moment it is touched.
 */
const MIN_SIZE = 48;
const MIN_GAP = 8;

test('every touch target on every screen is at least 48x48 px and 8 px from its neighbours', async ({ page }) => {
  test.setTimeout(90_000);
  await answerSettings(page, WALK_SETTINGS);
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

  await walkEveryScreen(page, 'en', measure);

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

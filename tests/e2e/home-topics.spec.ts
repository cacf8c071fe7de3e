import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { generatedTopicsFolder } from './support/generated-topics';
import { startSecondKiosk, type SecondKiosk } from './support/second-kiosk';
import { measureTextFit } from './support/text-fit';
import { targetProblems, unreachableTargets, visibleTargets } from './support/touch-targets';
import { SCREEN_SIZES } from './support/screen-sizes';

/**
 * The home screen is laid out for 1 to about 30 topics on every screen shape: one topic is one
 * large card in the middle of the space (not a small card on an empty page); 24 topics become a
 * grid that fills the width and scrolls under the heading. Each kiosk is built from its own
 * content folder, as a clinic would add topics.
 */
const basePort = Number(process.env.KIOSK_E2E_PORT || 4321) + 30;
// One worker runs both tests, so the two kiosks are built and started once.
test.describe.configure({ mode: 'serial' });
let oneTopic: SecondKiosk;
let manyTopics: SecondKiosk;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  [oneTopic, manyTopics] = await Promise.all([
    startSecondKiosk({ port: basePort, contentDir: generatedTopicsFolder(1) }),
    startSecondKiosk({ port: basePort + 1, contentDir: generatedTopicsFolder(24) }),
  ]);
});

test.afterAll(async () => {
  await Promise.all([oneTopic?.stop(), manyTopics?.stop()]);
});

async function layoutProblems(page: Page): Promise<string[]> {
  const fit = await measureTextFit(page);
  return [...fit.problems, ...(await unreachableTargets(page)), ...targetProblems(await visibleTargets(page), 48, 8)];
}

test('one topic: one large card in the middle of the screen, whole and readable, on every screen shape', async ({ page, kioskGuard }) => {
  test.setTimeout(60_000);
  kioskGuard.allowOrigin(oneTopic.url.replace(/\/$/, ''));
  const problems: string[] = [];
  for (const { width, height } of SCREEN_SIZES) {
    await page.setViewportSize({ width, height });
    await page.goto(oneTopic.url);
    const card = page.getByRole('main').getByRole('button', { name: /Drop-in test topic/ });
    await card.waitFor();
    problems.push(...(await layoutProblems(page)).map((problem) => `${width}x${height}: ${problem}`));
    const box = (await card.boundingBox())!;
    const space = (await page.locator('kx-home-screen .topics').boundingBox())!;
    const where = `${width}x${height}`;
    // Whole, without scrolling, and centred across the space below the heading.
    expect(box.y + box.height, `${where}: card bottom`).toBeLessThanOrEqual(height);
    expect(Math.abs(box.x + box.width / 2 - (space.x + space.width / 2)), `${where}: card centred`).toBeLessThan(2);
    // Large: at least half the width of the space (or 60 rem on a wide screen) and a fifth of its height.
    const rem = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(box.width, `${where}: card width`).toBeGreaterThanOrEqual(Math.min(space.width * 0.5, 60 * rem - 1));
    expect(box.height, `${where}: card height`).toBeGreaterThanOrEqual(space.height * 0.2);
  }
  expect(problems).toEqual([]);
});

test('24 topics: a grid that fills the width and scrolls under the heading, on every screen shape', async ({ page, kioskGuard }) => {
  test.setTimeout(60_000);
  kioskGuard.allowOrigin(manyTopics.url.replace(/\/$/, ''));
  const problems: string[] = [];
  for (const { width, height } of SCREEN_SIZES) {
    const where = `${width}x${height}`;
    await page.setViewportSize({ width, height });
    await page.goto(manyTopics.url);
    const cards = page.locator('kx-home-screen button.topic');
    await cards.first().waitFor();
    await expect(cards).toHaveCount(24);
    problems.push(...(await layoutProblems(page)).map((problem) => `${where}: ${problem}`));
    // Columns: as many as fit at a readable card width, at least two on any screen 1024 px wide or more.
    const lefts = new Set<number>();
    for (const box of await cards.evaluateAll((buttons) => buttons.map((button) => Math.round(button.getBoundingClientRect().left)))) lefts.add(box);
    if (width >= 1024) expect(lefts.size, `${where}: columns`).toBeGreaterThanOrEqual(2);
    // The first card is in view at once; the last is reached by scrolling, with the heading still shown.
    await expect(cards.first()).toBeInViewport({ ratio: 1 });
    await cards.last().scrollIntoViewIfNeeded();
    await expect(cards.last()).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport({ ratio: 1 });
    problems.push(...(await layoutProblems(page)).map((problem) => `${where}, scrolled: ${problem}`));
    await cards.last().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A topic from a folder');
  }
  expect(problems).toEqual([]);
});

test('24 topics: the next patient sees the grid from its top, however far the last one scrolled', async ({ page, kioskGuard }) => {
  kioskGuard.allowOrigin(manyTopics.url.replace(/\/$/, ''));
  await page.clock.install();
  await page.goto(manyTopics.url);
  const cards = page.locator('kx-home-screen button.topic');
  await cards.last().scrollIntoViewIfNeeded();
  await expect(cards.first()).not.toBeInViewport();
  // An untouched-looking home screen resets straight to the attract screen when the idle time runs out.
  await page.clock.runFor(90_000 + 1_000);
  await page.locator('kx-attract-screen[active]').waitFor();
  await page.locator('kx-attract-screen').click();
  await expect(cards.first()).toBeInViewport({ ratio: 1 });
});

import type { Locator, Page } from '@playwright/test';
import { FIRST_SCREEN_PAGE, pageHasGlossaryWord, pageScreen, pageTotal, screenTitle, uiText } from './content-data';
import { expect, test } from './fixtures';
import { unreachableTargets } from './support/touch-targets';
import { SHOWN_PAGE } from './pages/topic-page';

/**
 * Turning the screen (clinic IT rotates the display) or resizing the window lays the current
 * screen out again at once: no reload, the patient's page and open pop-up stay, and the new
 * shape gets its own layout (the diagram below the text in portrait, beside it in landscape).
 */
// A page after the first screen, with a diagram and a medical word (a sideways shift of the whole
// page used to begin on such a page).
const diagramPage = Array.from({ length: pageTotal }, (_, index) => index).find(
  (index) => index > FIRST_SCREEN_PAGE && pageScreen(index)?.diagram !== undefined && pageHasGlossaryWord('en', index),
)!;

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not shown');
  return found;
}

async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { kxSameDocument: boolean }).kxSameDocument = true));
}

async function expectSameDocument(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { kxSameDocument?: boolean }).kxSameDocument)).toBe(true);
}

test('rotating to portrait and back re-lays the page out at once, on the same page, without a reload', async ({ page, home, topic }) => {
  await home.open();
  await page.getByRole('main').getByRole('button').first().click();
  for (let index = 0; index < diagramPage; index += 1) await topic.forward.click();
  await expect(topic.heading).toHaveText(screenTitle('en', diagramPage));
  await page.locator(`${SHOWN_PAGE} kx-diagram-figure svg[role="img"]`).waitFor();
  await markPage(page);
  const text = page.locator(`${SHOWN_PAGE} .text`);
  const figure = page.locator(`${SHOWN_PAGE} kx-diagram-figure`);

  // Landscape: the picture beside the text.
  let textBox = await box(text);
  let figureBox = await box(figure);
  expect(Math.abs(figureBox.y - textBox.y)).toBeLessThan(2);

  await page.setViewportSize({ width: 1080, height: 1920 });
  await expect(async () => {
    textBox = await box(text);
    figureBox = await box(figure);
    // Portrait: the picture below the text, across the page's width.
    expect(figureBox.y).toBeGreaterThanOrEqual(textBox.y + textBox.height - 1);
    expect(figureBox.width).toBeGreaterThan(textBox.width * 0.9);
  }).toPass({ timeout: 2000 });
  await expect(topic.navigation).toHaveAttribute('data-page', String(diagramPage + 1));
  await expect(topic.heading).toHaveText(screenTitle('en', diagramPage));
  expect(await unreachableTargets(page)).toEqual([]);

  // A definition left open stays open through the turn, inside the new window.
  await page.locator(`${SHOWN_PAGE} button.term`).first().click();
  const definition = page.getByRole('dialog');
  await expect(definition).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 768 });
  await expect(definition).toBeVisible();
  expect(await unreachableTargets(page)).toEqual([]);
  await definition.getByRole('button', { name: uiText('en', 'glossary.close') }).click();

  textBox = await box(text);
  figureBox = await box(figure);
  expect(Math.abs(figureBox.y - textBox.y)).toBeLessThan(2);
  await expect(topic.navigation).toHaveAttribute('data-page', String(diagramPage + 1));
  await expectSameDocument(page);
});

test('the full-screen diagram refits the turned screen and keeps its place', async ({ page, home, topic }) => {
  await home.open();
  await page.getByRole('main').getByRole('button').first().click();
  for (let index = 0; index < diagramPage; index += 1) await topic.forward.click();
  await page.getByRole('button', { name: uiText('en', 'diagram.enlarge') }).click();
  const drawing = page.locator('kx-diagram-viewer dialog[open] svg.diagram');
  await drawing.waitFor();
  await markPage(page);
  for (const size of [
    { width: 1080, height: 1920 },
    { width: 1366, height: 768 },
  ]) {
    await page.setViewportSize(size);
    await expect(async () => {
      const stage = await box(page.locator('kx-diagram-viewer .stage'));
      // The stage fills the window's width (less its margins) and lies inside it.
      expect(stage.x).toBeGreaterThanOrEqual(0);
      expect(stage.x + stage.width).toBeLessThanOrEqual(size.width);
      expect(stage.y + stage.height).toBeLessThanOrEqual(size.height);
      expect(stage.width).toBeGreaterThan(size.width * 0.8);
    }).toPass({ timeout: 2000 });
    expect(await unreachableTargets(page)).toEqual([]);
  }
  await expect(page.locator('kx-diagram-viewer dialog[open]')).toBeVisible();
  await expectSameDocument(page);
});

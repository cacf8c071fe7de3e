import type { Page } from '@playwright/test';
import { chapterEntries, firstPageWithGlossaryWord, positionText, screenTitle, uiText } from './content-data';
import { expect, test } from './fixtures';
import { SHOWN_PAGE, SHOWN_TOPIC_SCREEN } from './pages/topic-page';

/** Staff with a keyboard: a visible focus ring, a sensible Tab order, Enter/Space/Escape. */

interface Focused {
  name: string;
  outline: string;
  top: number;
  left: number;
}

/** The element that has focus, looking inside shadow roots, and how its focus ring looks. */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    let element: Element | null = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    return {
      name: (element.getAttribute('aria-label') || element.textContent || element.tagName).trim().replace(/\s+/g, ' ').slice(0, 40),
      outline: style.outlineStyle === 'none' ? 'none' : `${style.outlineWidth} ${style.outlineStyle}`,
      top: rect.top,
      left: rect.left,
    };
  });
}

test('Tab visits every control of the home screen in reading order, each with a visible focus ring', async ({ page, home }) => {
  await home.open();
  const visited: Focused[] = [];
  for (let press = 0; press < 12; press += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now === null || visited.some((earlier) => earlier.name === now.name)) break;
    visited.push(now);
  }
  const names = visited.map((entry) => entry.name);
  expect(names).toEqual(expect.arrayContaining([uiText('en', 'display.textSizes.standard'), uiText('en', 'display.contrast')]));
  expect(names.some((name) => name.includes(uiText('en', 'language.button')))).toBe(true);
  for (const entry of visited) {
    expect(entry.outline, `${entry.name} shows where the focus is`).not.toBe('none');
    expect(parseFloat(entry.outline), `${entry.name}'s focus ring is thick enough to see`).toBeGreaterThanOrEqual(3);
  }
  // Header first, then the page: nothing jumps back up the screen.
  const headerEnd = visited.findIndex((entry) => entry.top > 150);
  expect(visited.slice(headerEnd).every((entry) => entry.top > 150)).toBe(true);
});

test('Enter opens a topic, Space turns the page, and Escape closes the glossary and the language picker', async ({ page, home, topic }) => {
  await home.open();
  await home.topic(/Muscle atrophy/).focus();
  await page.keyboard.press('Enter');
  await expect(topic.heading).toHaveText(screenTitle('en', 0));
  await topic.forward.focus();
  await page.keyboard.press('Space');
  await expect(topic.heading).toHaveText(screenTitle('en', 1));
  for (let at = 1; at < firstPageWithGlossaryWord('en', 1); at += 1) {
    await topic.forward.focus();
    await page.keyboard.press('Space');
  }
  // Each page turn moves the focus to the new heading; let the last move land before focusing
  // something else (on a busy machine it came after the focus() below and took Enter away).
  await expect(topic.heading).toBeFocused();

  await page.locator(`${SHOWN_PAGE} button.term`).first().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('kx-glossary-popup dialog[open]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('kx-glossary-popup dialog[open]')).toHaveCount(0);

  const languageButton = page.getByRole('banner').locator('button.language-button');
  await languageButton.focus();
  await expect(languageButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: uiText('en', 'language.title') })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('a chapter opened from the contents page, by Enter or by a tap, puts the focus on its heading', async ({ page, home, topic }) => {
  await home.open();
  await page.getByRole('main').getByRole('button').first().click();
  await expect(topic.heading).toBeFocused();
  const chapter = chapterEntries[chapterEntries.length - 1]!;
  const chapterButton = page.locator(`${SHOWN_PAGE} kx-topic-contents button[data-chapter="${chapter.id}"]`);
  // By keyboard: the focus was on the chapter button, in the contents page that is now hidden.
  await chapterButton.focus();
  await page.keyboard.press('Enter');
  await expect(topic.heading).toHaveText(screenTitle('en', chapter.firstPage));
  await expect(topic.heading).toBeFocused();
  expect((await focused(page))?.name).toBe(screenTitle('en', chapter.firstPage));
  // By touch, after going back to the contents.
  await page.locator(`${SHOWN_TOPIC_SCREEN} nav button.to-contents`).click();
  await expect(topic.heading).toBeFocused();
  await page.locator(`${SHOWN_PAGE} kx-topic-contents button[data-chapter="${chapterEntries[0]!.id}"]`).tap();
  await expect(topic.heading).toHaveText(screenTitle('en', chapterEntries[0]!.firstPage));
  await expect(topic.heading).toBeFocused();
});

test('after each page turn the focus is on the new page heading, and the change is announced politely', async ({ page, home, topic, languages }) => {
  await home.open();
  await page.getByRole('main').getByRole('button').first().click();
  await topic.forward.click();
  await expect(topic.heading).toBeFocused();
  const now = await focused(page);
  expect(now?.name).toBe(screenTitle('en', 1));
  const status = page.getByRole('status').filter({ hasText: screenTitle('en', 1) });
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(status).toHaveText(`${positionText('en', 1)}: ${screenTitle('en', 1)}`);

  // The announcement follows a language switch, and a return home.
  await languages.choose('Español');
  const live = page.locator('kx-app p.visually-hidden[role="status"]');
  await expect(live).toHaveText(`${positionText('es', 1)}: ${screenTitle('es', 1)}`);
  await topic.button(uiText('es', 'nav.home')).first().click();
  await expect(live).toHaveText(uiText('es', 'home.title'));
});

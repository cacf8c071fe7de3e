import type { Locator, Page } from '@playwright/test';
import { screenTitle, topicText, uiText } from './content-data';
import { expect, test } from './fixtures';
import { SHOWN_PAGE } from './pages/topic-page';
import { renderedAgain, watchRendersAgain } from './support/render-watch';

/**
 * The topic screen on standby (renderer/components/app/app.ts standbyTopic): while home shows,
 * the first topic's first page is made ahead behind it, hidden, so the tap on the topic only
 * reveals it. It must never be seen, reached or heard, and never show the next patient where
 * the last one was.
 */
const standby = (page: Page): Locator => page.locator('kx-topic-screen[standby]');

test('the first topic waits behind the home screen, hidden and out of reach, and a tap on it shows that very screen', async ({ page, home, topic }) => {
  await home.open();
  await expect(standby(page)).toHaveCount(1);
  await expect(standby(page).locator('article.current h1')).toHaveText(screenTitle('en', 0));
  // Neither seen, announced, nor reachable by touch or keyboard.
  await expect(standby(page)).toBeHidden();
  await expect(standby(page)).toHaveAttribute('inert', '');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText([uiText('en', 'home.title')]);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await standby(page).evaluate((screen) => ((screen as HTMLElement & { madeAhead?: boolean }).madeAhead = true));

  await home.topic(new RegExp(topicText('en', 'title'))).click();
  await expect(topic.heading).toHaveText(screenTitle('en', 0));
  await expect(topic.heading).toBeFocused();
  const shown = page.locator('kx-topic-screen');
  await expect(shown).toHaveCount(1);
  expect(await shown.evaluate((screen) => (screen as HTMLElement & { madeAhead?: boolean }).madeAhead), 'the screen shown is the one made ahead').toBe(true);
  await expect(shown).not.toHaveAttribute('inert');
  await expect(shown).not.toHaveAttribute('standby');
  // Once open it makes its own pages ahead, as any topic page does.
  await expect(shown.locator('article.ahead').first()).toBeAttached();
});

test('a patient who walks away mid-topic leaves nothing behind: the topic opens again on its first page, at its top', async ({ page, home, topic }) => {
  // A short screen, so the contents page scrolls.
  await page.setViewportSize({ width: 1024, height: 768 });
  await home.open();
  await home.topic(new RegExp(topicText('en', 'title'))).click();
  await expect(topic.heading).toHaveText(screenTitle('en', 0));
  const text = page.locator(`${SHOWN_PAGE} .text`);
  const scrolled = await text.evaluate((column) => {
    column.scrollTop = 10_000;
    return column.scrollTop;
  });
  expect(scrolled, 'the contents page scrolls on this screen').toBeGreaterThan(0);

  // Home, and straight back: the very screen, on standby in between, comes back at its top.
  await topic.button(uiText('en', 'nav.home')).first().click();
  await expect(home.heading).toHaveText(uiText('en', 'home.title'));
  await expect(standby(page)).toBeHidden();
  // Back at its top while hidden, not in the frame that shows it.
  await expect.poll(() => standby(page).locator('article.current .text').evaluate((column) => column.scrollTop)).toBe(0);
  await home.topic(new RegExp(topicText('en', 'title'))).click();
  await expect(topic.heading).toHaveText(screenTitle('en', 0));
  expect(await text.evaluate((column) => column.scrollTop)).toBe(0);

  // Left on a later page: the next tap on the topic opens its first page, not that one.
  await topic.button(uiText('en', 'nav.next')).click();
  await topic.button(uiText('en', 'nav.next')).click();
  await expect(topic.heading).toHaveText(screenTitle('en', 2));
  await topic.button(uiText('en', 'nav.home')).first().click();
  await home.topic(new RegExp(topicText('en', 'title'))).click();
  await expect(topic.heading).toHaveText(screenTitle('en', 0));

  // And left alone, home's standby screen goes back to the first page by itself.
  await topic.button(uiText('en', 'nav.next')).click();
  await expect(topic.heading).toHaveText(screenTitle('en', 1));
  await topic.button(uiText('en', 'nav.home')).first().click();
  await expect(standby(page).locator('article.current h1')).toHaveText(screenTitle('en', 0));
  await expect(standby(page).locator('article')).toHaveCount(1);
});

test('a language switch on the home screen drops the topic on standby without rendering it again, then makes it in the new language', async ({ page, home, topic, languages }) => {
  await home.open();
  await expect(standby(page).locator('article.current h1')).toHaveText(screenTitle('en', 0));
  expect(await watchRendersAgain(standby(page)), 'the standby screen has parts of its own').toBeGreaterThan(1);

  await languages.choose('Español');
  await expect(home.heading).toHaveText(uiText('es', 'home.title'));
  await expect(standby(page).locator('article.current h1')).toHaveText(screenTitle('es', 0));
  expect(await renderedAgain(page), 'a part of the dropped screen rendered again').toBeNull();
  await home.topic(new RegExp(topicText('es', 'title'))).click();
  await expect(topic.heading).toHaveText(screenTitle('es', 0));
});

test("a topic screen kept on standby from patient to patient does not grow: each one's page turns leave nothing behind", async ({ page, home, topic }) => {
  await home.open();
  /** Every node in the topic screen's shadow root and the shadow roots inside it, comments included. */
  const nodeCount = () =>
    standby(page).evaluate((screen) => {
      const count = (root: Node): number => [...root.childNodes].reduce((total, node) => total + 1 + count(node) + (node instanceof Element && node.shadowRoot ? count(node.shadowRoot) : 0), 0);
      return count(screen.shadowRoot!);
    });
  const onePatient = async () => {
    await home.topic(new RegExp(topicText('en', 'title'))).click();
    for (let turn = 1; turn <= 3; turn += 1) {
      await topic.button(uiText('en', 'nav.next')).click();
      await expect(topic.heading).toHaveText(screenTitle('en', turn));
    }
    await topic.button(uiText('en', 'nav.home')).first().click();
    await expect(standby(page).locator('article.current h1')).toHaveText(screenTitle('en', 0));
    await expect(standby(page).locator('article')).toHaveCount(1);
  };
  await onePatient();
  const afterFirst = await nodeCount();
  await onePatient();
  await onePatient();
  expect(await nodeCount()).toBe(afterFirst);
});

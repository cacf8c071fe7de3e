import type { Page } from '@playwright/test';
import { chapterEntries, FIRST_SCREEN_PAGE, pageTotal, positionText, screenTitle, topicText, uiText } from './content-data';
import { expect, test } from './fixtures';
import { SHOWN_PAGE, SHOWN_TOPIC_SCREEN } from './pages/topic-page';
import { renderedAgain, watchRendersAgain } from './support/render-watch';

test('home → topic → next → back → home', async ({ home, topic }) => {
  await home.open();
  await expect(home.heading).toHaveText(uiText('en', 'home.title'));
  await home.topic(new RegExp(topicText('en', 'title'))).click();

  await expect(topic.heading).toHaveText(screenTitle('en', 0));
  await expect(topic.position(positionText('en', 0))).toBeVisible();
  await expect(topic.button('Back')).toBeDisabled();

  await topic.button('Next').click();
  await expect(topic.heading).toHaveText(screenTitle('en', 1));
  await expect(topic.position(positionText('en', 1))).toBeVisible();
  await expect(topic.heading).toBeFocused();

  await topic.button('Back').click();
  await expect(topic.heading).toHaveText(screenTitle('en', 0));

  await topic.button('Home').first().click();
  await expect(home.heading).toHaveText(uiText('en', 'home.title'));
});

test('every page in order, each with the care-team reminder, ending with Sources and review', async ({ page, home, topic }) => {
  // Every page of the topic, three checks each: ~20 s alone on a two-core machine, more beside another test.
  test.slow();
  await home.open();
  await home.topic(new RegExp(topicText('en', 'title'))).click();
  for (let index = 0; index < pageTotal; index++) {
    await expect(topic.heading).toHaveText(screenTitle('en', index));
    await expect(topic.position(positionText('en', index))).toBeVisible();
    await expect(page.getByText(uiText('en', 'app.careTeamNote'))).toBeVisible();
    if (index < pageTotal - 1) await topic.button('Next').click();
  }
  await expect(page.getByText(uiText('en', 'sources.notReviewed'))).toBeVisible();
  await expect(page.getByText(topicText('en', 'sources.reference-article'))).toBeVisible();
  // The last page offers the way home instead of Next.
  await expect(topic.button('Next')).toHaveCount(0);
  await topic.navigation.getByRole('button', { name: 'Home' }).click();
  await expect(home.heading).toBeVisible();
});

test('a tapped medical word opens its definition, and Close returns to the page', async ({ page, home, topic }) => {
  await home.open();
  await home.topic(new RegExp(topicText('en', 'title'))).click();
  for (let index = 0; index < FIRST_SCREEN_PAGE; index += 1) await topic.forward.click();
  const term = page.locator(`${SHOWN_PAGE} button.term`).first();
  await expect(term).toBeVisible();
  const termId = await term.getAttribute('data-term');
  await term.click();
  const popup = page.getByRole('dialog');
  await expect(popup).toBeVisible();
  await expect(popup.getByRole('heading')).toHaveText(topicText('en', `glossary.${termId}.term`));
  await expect(popup).toContainText(topicText('en', `glossary.${termId}.definition`));
  await popup.getByRole('button', { name: 'Close' }).click();
  await expect(popup).toBeHidden();
  await expect(topic.heading).toHaveText(screenTitle('en', FIRST_SCREEN_PAGE));
});

test('the topic opens on its contents: one button per chapter, each opening the chapter, and the position leads back', async ({ page, home, topic }) => {
  expect(chapterEntries.length, 'the muscle-atrophy topic has chapters').toBeGreaterThanOrEqual(2);
  await home.open();
  await home.topic(new RegExp(topicText('en', 'title'))).click();
  await expect(topic.heading).toHaveText(topicText('en', 'title'));
  const contents = page.getByRole('list', { name: uiText('en', 'contents.label') });
  const entries = contents.getByRole('button');
  // Every chapter, in order, then "Sources and review".
  await expect(entries).toHaveCount(chapterEntries.length + 1);
  for (const [index, chapter] of chapterEntries.entries()) {
    const count = chapter.pageCount === 1 ? '1 page' : `${chapter.pageCount} pages`;
    await expect(entries.nth(index)).toContainText(topicText('en', `chapters.${chapter.id}.title`));
    await expect(entries.nth(index)).toContainText(count);
  }
  await expect(entries.last()).toHaveText(uiText('en', 'sources.title'));

  const last = chapterEntries.at(-1)!;
  await entries.nth(chapterEntries.length - 1).click();
  await expect(topic.heading).toHaveText(screenTitle('en', last.firstPage));
  await expect(topic.position(positionText('en', last.firstPage))).toBeVisible();
  await expect(topic.heading).toBeFocused();
  // Back still walks every page: the page before a chapter's first is the previous chapter's last.
  await topic.button('Back').click();
  await expect(topic.heading).toHaveText(screenTitle('en', last.firstPage - 1));
  // The position ("Causes · 2 of 9") is the way back to the contents.
  await topic.navigation.getByRole('button', { name: new RegExp(uiText('en', 'nav.contents')) }).click();
  await expect(topic.heading).toHaveText(topicText('en', 'title'));
  await entries.last().click();
  await expect(topic.heading).toHaveText(uiText('en', 'sources.title'));
});

test('the next page is made ahead, hidden and out of reach, and Next shows that very page', async ({ page, home, topic }) => {
  await home.open();
  await home.topic(new RegExp(topicText('en', 'title'))).click();
  await topic.button('Next').click();
  await expect(topic.heading).toHaveText(screenTitle('en', 1));
  // Made while the patient reads: in the page, but neither seen, announced nor reachable.
  const ahead = page.locator(`${SHOWN_TOPIC_SCREEN} article.ahead`);
  await expect(ahead).toHaveCount(1);
  await expect(ahead).toBeHidden();
  await expect(ahead).toHaveAttribute('inert', '');
  await expect(ahead.locator('h1')).toHaveText(screenTitle('en', 2));
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await ahead.evaluate((article) => ((article as HTMLElement & { madeAhead?: boolean }).madeAhead = true));

  await topic.button('Next').click();
  await expect(topic.heading).toHaveText(screenTitle('en', 2));
  await expect(topic.heading).toBeFocused();
  expect(await page.locator(SHOWN_PAGE).evaluate((article) => (article as HTMLElement & { madeAhead?: boolean }).madeAhead), 'the page shown is the one made ahead').toBe(true);
  await expect(page.locator(SHOWN_PAGE)).not.toHaveAttribute('inert');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
});

test('a page made ahead is parked once measured (its rendering skipped), and Next shows it whole', async ({ page, home, topic }) => {
  await home.open();
  await home.topic(new RegExp(topicText('en', 'title'))).click();
  await topic.button('Next').click();
  await expect(topic.heading).toHaveText(screenTitle('en', 1));
  const ahead = page.locator(`${SHOWN_TOPIC_SCREEN} article.ahead[data-page="2"]`);
  await expect(ahead).toHaveAttribute('data-parked', '');
  expect(await ahead.evaluate((article) => getComputedStyle(article).contentVisibility)).toBe('hidden');
  // The page shown is never parked: its rendering is not skipped.
  await expect(page.locator(SHOWN_PAGE)).not.toHaveAttribute('data-parked');
  expect(await page.locator(SHOWN_PAGE).evaluate((article) => getComputedStyle(article).contentVisibility)).toBe('visible');

  // In the very frame after the tap, the parked page is drawn: its heading and text have their boxes.
  const shown = await page.locator(SHOWN_TOPIC_SCREEN).evaluate(async (topicScreen) => {
    const root = topicScreen.shadowRoot!;
    root.querySelector<HTMLButtonElement>('nav button.next')!.click();
    await new Promise(requestAnimationFrame);
    const article = root.querySelector<HTMLElement>('article.current')!;
    const heading = article.querySelector('h1')!.getBoundingClientRect();
    return {
      page: article.dataset.page,
      parked: article.hasAttribute('data-parked'),
      contentVisibility: getComputedStyle(article).contentVisibility,
      headingSize: heading.width * heading.height,
      visible: article.querySelector('h1')!.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }),
    };
  });
  expect(shown).toEqual({ page: '2', parked: false, contentVisibility: 'visible', headingSize: expect.any(Number), visible: true });
  expect(shown.headingSize).toBeGreaterThan(0);
  await expect(topic.heading).toHaveText(screenTitle('en', 2));
  await expect(topic.heading).toBeVisible();
});

/**
 * Taps Next, then Back, on the topic screen shown, with no frame (and so no idle time) between
 * them, and reports what the page turned from became and what Back showed.
 */
async function nextThenBackAtOnce(page: Page) {
  return page.locator(SHOWN_TOPIC_SCREEN).evaluate(async (screen) => {
    type Rendering = HTMLElement & { updateComplete: Promise<boolean>; page: number };
    const topicScreen = screen as Rendering;
    // A tap asks the app for the page (a few promise steps: the topic screens' script is
    // already loaded), then the app renders, then the topic screen does.
    const app = (screen.getRootNode() as ShadowRoot).host as Rendering;
    const turnedTo = async (wanted: number) => {
      for (let step = 0; step < 100 && topicScreen.page !== wanted; step++) {
        await app.updateComplete;
        await topicScreen.updateComplete;
      }
      return topicScreen.page === wanted;
    };
    const root = topicScreen.shadowRoot!;
    const start = topicScreen.page;
    const leftArticle = root.querySelector('article.current');
    const moreBelowShown = () => root.querySelector('button.more')?.getAttribute('aria-hidden') === 'false';
    const moreBelowBefore = moreBelowShown();
    root.querySelector<HTMLButtonElement>('nav button.next')!.click();
    if (!(await turnedTo(start + 1))) return { error: 'Next did not turn the page' };
    const keptHidden = leftArticle!.isConnected && leftArticle!.classList.contains('ahead') && leftArticle!.hasAttribute('inert') && getComputedStyle(leftArticle!).visibility === 'hidden';
    root.querySelector<HTMLButtonElement>('nav button.back')!.click();
    if (!(await turnedTo(start))) return { error: 'Back did not turn the page' };
    // The frame that shows it, before any idle time.
    await new Promise((frame) => requestAnimationFrame(frame));
    const shown = root.querySelector('article.current');
    const heading = shown?.querySelector('h1');
    const headingBox = heading?.getBoundingClientRect();
    return {
      keptHidden,
      sameElement: shown === leftArticle,
      scrollTop: shown?.querySelector('.text')?.scrollTop,
      drawn: !!headingBox && headingBox.width * headingBox.height > 0 && heading!.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }),
      moreBelowKept: moreBelowShown() === moreBelowBefore,
      moreBelowBefore,
    };
  });
}

test('the page turned from stays hidden until idle time, so Back right away shows it again; one scrolled down is shown from its top', async ({ page, home, topic }) => {
  // A short screen, so the page's text scrolls.
  await page.setViewportSize({ width: 1024, height: 600 });
  await home.open();
  await home.topic(new RegExp(topicText('en', 'title'))).click();
  await topic.button('Next').click();
  await expect(topic.heading).toHaveText(screenTitle('en', 1));

  const unscrolled = await nextThenBackAtOnce(page);
  expect(unscrolled.error).toBeUndefined();
  expect(unscrolled.keptHidden, 'right after Next the page turned from is still there, hidden and out of reach').toBe(true);
  expect(unscrolled.sameElement, 'Back shows the page kept, not a new one').toBe(true);
  expect(unscrolled.scrollTop).toBe(0);
  expect(unscrolled.drawn, 'in the frame after Back, the page kept is drawn whole').toBe(true);
  expect(unscrolled.moreBelowBefore, 'this short screen has more of the page below').toBe(true);
  expect(unscrolled.moreBelowKept, '"More below" shows again with the page kept').toBe(true);
  await expect(topic.heading).toHaveText(screenTitle('en', 1));
  await expect(topic.heading).toBeFocused();

  const scrolled = await page.locator(`${SHOWN_PAGE} .text`).evaluate(async (column) => {
    column.scrollTo({ top: column.scrollHeight });
    await new Promise((event) => column.addEventListener('scroll', event, { once: true }));
    return column.scrollTop;
  });
  expect(scrolled, 'the page was scrolled down before the turn').toBeGreaterThan(0);
  const fromTop = await nextThenBackAtOnce(page);
  expect(fromTop.error).toBeUndefined();
  expect(fromTop.scrollTop, 'a page the patient had scrolled shows again from its top').toBe(0);

  // Once the patient reads on, idle time lets the page turned from go.
  await topic.button('Next').click();
  await expect(topic.heading).toHaveText(screenTitle('en', 2));
  const hiddenPages = page.locator(`${SHOWN_TOPIC_SCREEN} article.ahead`);
  await expect(hiddenPages).toHaveCount(1);
  await expect(hiddenPages.locator('h1')).toHaveText(screenTitle('en', 3));
});

test('a language switch drops the page made ahead without rendering it again, then makes it in the new language', async ({ page, home, topic, languages }) => {
  await home.open();
  await home.topic(new RegExp(topicText('en', 'title'))).click();
  await topic.button('Next').click();
  // The contents page's chapters, made ahead of it, are let go once the next page is made.
  const ahead = page.locator(`${SHOWN_TOPIC_SCREEN} article.ahead`);
  await expect(ahead).toHaveCount(1);
  await expect(ahead.locator('h1')).toHaveText(screenTitle('en', 2));
  // Every component inside the hidden page notes when it renders again.
  const parts = await watchRendersAgain(ahead);
  expect(parts, 'the page made ahead has parts of its own').toBeGreaterThan(0);

  await languages.choose('Español');
  await expect(topic.heading).toHaveText(screenTitle('es', 1));
  // Made again, in Spanish, while the patient reads; the English one never rendered in Spanish.
  await expect(ahead.locator('h1')).toHaveText(screenTitle('es', 2));
  expect(await renderedAgain(page), 'a part of the dropped page rendered again').toBeNull();
  await topic.button(uiText('es', 'nav.next')).click();
  await expect(topic.heading).toHaveText(screenTitle('es', 2));
});

test('when the topic screens cannot be loaded the patient is told so, and the next tap on the topic tries again and opens it', async ({ page, home, topic, kioskGuard }) => {
  kioskGuard.allowConsoleError(/topic-screens|Failed to load resource|ERR_FAILED/);
  // Every request fails until the script is "repaired": the one made in the background after the
  // first paint, the diagram warm-up's, and the first tap's.
  let repaired = false;
  const requested: string[] = [];
  await page.route(
    (url) => url.pathname.endsWith('/topic-screens.js'),
    (route) => {
      requested.push(new URL(route.request().url()).search);
      return repaired ? route.continue() : route.abort('failed');
    },
  );
  await home.open();
  await expect.poll(() => requested.length).toBeGreaterThan(0);
  await home.topic(new RegExp(topicText('en', 'title'))).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(uiText('en', 'error.topicMissing'));

  repaired = true;
  await page.getByRole('banner').getByRole('button', { name: uiText('en', 'nav.home') }).click();
  await home.topic(new RegExp(topicText('en', 'title'))).click();
  await expect(topic.heading).toHaveText(screenTitle('en', 0));
  // Each try asked for its own address: a browser may answer an address whose module failed to
  // load with the same failure, without asking again.
  expect(requested.length).toBeGreaterThanOrEqual(3);
  expect(new Set(requested).size).toBe(requested.length);
});

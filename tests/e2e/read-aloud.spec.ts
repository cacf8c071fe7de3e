import type { Page } from '@playwright/test';
import { FIRST_SCREEN_PAGE, registry, screenTitle, topicPagesList, TOPIC_ID, uiText } from './content-data';
import { expect, test } from './fixtures';
import { answerSettings } from './support/kiosk-settings';
import { SHOWN_PAGE, SHOWN_TOPIC_SCREEN } from './pages/topic-page';

/**
 * Read-aloud in Chromium: the audio made at build time plays (its time really advances), the
 * sentence being heard is highlighted, Pause and Resume work, and everything that leaves the
 * page or the patient silences it. The <audio> element the kiosk plays is in the document
 * (hidden) with the page it reads in data-read-aloud.
 */

const pageId = (index: number) => {
  const shown = topicPagesList[index]!;
  return shown.kind === 'screen' ? shown.screen.id : shown.kind;
};
const listenButton = (page: Page) => page.locator(`${SHOWN_TOPIC_SCREEN} kx-listen-button button`);

/** What is playing: the page it reads, whether it is paused, and how far it has got (seconds). */
function playing(page: Page): Promise<{ base: string; paused: boolean; time: number } | null> {
  return page.evaluate(() => {
    const audio = document.querySelector<HTMLAudioElement>('audio[data-read-aloud]');
    return audio ? { base: audio.dataset.readAloud ?? '', paused: audio.paused, time: audio.currentTime } : null;
  });
}

/** Waits until the audio of `base` has really played for a while. */
async function expectAdvancing(page: Page, base: string): Promise<void> {
  await expect.poll(async () => (await playing(page))?.base).toBe(base);
  const start = (await playing(page))!.time;
  await expect.poll(async () => (await playing(page))!.time, { message: `${base} plays` }).toBeGreaterThan(start + 0.2);
}

/** The words under the reading highlight, or null. */
function highlighted(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('kx-reading');
    const range = highlight ? [...highlight][0] : undefined;
    return range ? range.toString() : null;
  });
}

async function openTopic(page: Page, language = 'en'): Promise<void> {
  await answerSettings(page, { defaultLanguage: language });
  await page.goto('/');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.locator('kx-home-screen button.topic').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(screenTitle(language, 0));
}

for (const language of registry.languages) {
  // In the source language Listen is tapped on every page. Every other language plays its first,
  // second and last pages, and every page's sound and timings are fetched as the kiosk would fetch
  // them: tapping through each page in six languages took ~5 of CI's 30 minutes, and the choice
  // of file for a page does not depend on the language.
  const everyPage = language.code === registry.sourceLanguage;
  const played = everyPage ? topicPagesList.map((_, index) => index) : [0, 1, topicPagesList.length - 1];
  const title = everyPage ? 'Listen reads every page aloud' : 'Listen reads the first, second and last pages aloud, every page has its sound,';
  test(`${language.code}: ${title} and turning the page stops it`, async ({ page, topic }) => {
    // Every page of the topic, each played for a moment: longer than one screen's test.
    test.setTimeout(120_000);
    await openTopic(page, language.code);
    for (let index = 0; index < topicPagesList.length; index += 1) {
      await expect(topic.heading).toHaveText(screenTitle(language.code, index));
      const base = `audio/${TOPIC_ID}/${language.code}/${pageId(index)}`;
      if (played.includes(index)) {
        await expect(listenButton(page)).toHaveText(uiText(language.code, 'speech.listen'));
        await listenButton(page).click();
        await expectAdvancing(page, base);
        await expect(listenButton(page)).toHaveText(uiText(language.code, 'speech.pause'));
      } else {
        const [sound, timings] = await Promise.all([page.request.get(`/${base}.mp3`), page.request.get(`/${base}.json`)]);
        expect(sound.status(), `${base}.mp3`).toBe(200);
        expect((await sound.body()).length, `${base}.mp3 holds audio`).toBeGreaterThan(2000);
        expect(timings.status(), `${base}.json`).toBe(200);
        expect(((await timings.json()) as { sentences: unknown[] }).sentences.length, `${base}.json has sentences`).toBeGreaterThan(0);
      }
      if (index < topicPagesList.length - 1) {
        await topic.forward.click();
        // The new page is not read by itself; the last one stopped at once.
        await expect.poll(() => playing(page)).toBeNull();
      }
    }
  });
}

test('the sentence being heard is highlighted, and moves on to the second one', async ({ page, topic }) => {
  await openTopic(page);
  for (let index = 0; index < FIRST_SCREEN_PAGE; index += 1) await topic.forward.click();
  const base = `audio/${TOPIC_ID}/en/${pageId(FIRST_SCREEN_PAGE)}`;
  const timing = (await (await page.request.get(`${base}.json`)).json()) as { sentences: { shown: string; startMs: number }[] };
  expect(timing.sentences.length).toBeGreaterThanOrEqual(3);
  await listenButton(page).click();
  await expect.poll(() => highlighted(page)).toBe(timing.sentences[0]!.shown);
  await expect.poll(() => highlighted(page), { timeout: 15_000 }).toBe(timing.sentences[1]!.shown);
  const reached = (await playing(page))!.time * 1000;
  expect(reached).toBeGreaterThanOrEqual(timing.sentences[1]!.startMs);
  // A medical word stays a button while its sentence is read.
  await page.locator(`${SHOWN_PAGE} button.term`).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
});

test("a page's sound is fetched while the patient looks at the page, so Listen only has to start it", async ({ page, topic }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.includes('/audio/') && !path.endsWith('index.json')) fetched.push(path.slice(1));
  });
  await openTopic(page);
  await topic.forward.click();
  await expect(topic.heading).toHaveText(screenTitle('en', 1));
  const base = `audio/${TOPIC_ID}/en/${pageId(1)}`;
  // Nobody has tapped Listen: the sound and its timings come anyway, for this page only.
  await expect.poll(() => fetched.filter((path) => path.startsWith(base))).toEqual(expect.arrayContaining([`${base}.mp3`, `${base}.json`]));
  expect(await playing(page)).toBeNull();
  // Waiting in the document, unmarked; one page's sound at a time, however many pages were shown.
  await expect.poll(() => waitingSounds(page)).toEqual([`${base}.mp3`]);
  const before = fetched.length;
  await listenButton(page).click();
  await expectAdvancing(page, base);
  expect(fetched.slice(before).filter((path) => path.startsWith(base) && path.endsWith('.json')), 'the timings were not fetched again').toEqual([]);
  await topic.forward.click();
  await expect.poll(() => playing(page)).toBeNull();
  await expect.poll(() => waitingSounds(page)).toEqual([`audio/${TOPIC_ID}/en/${pageId(2)}.mp3`]);
});

/** The sounds in the document that are not playing: those fetched ahead of a Listen tap. */
function waitingSounds(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('audio:not([data-read-aloud])')].map((audio) => new URL((audio as HTMLAudioElement).src).pathname.slice(1)));
}

interface SentenceTimings {
  sentences: { key: string; shown: string; startMs: number }[];
}

/** In the page: the index of the first sentence whose words start below the bottom of the text column, or -1. */
function firstSentenceBelowTheFold(column: HTMLElement, sentences: SentenceTimings['sentences']): number {
  const find = (root: ParentNode, key: string): Element | null =>
    root.querySelector(`[data-speech-key="${CSS.escape(key)}"]`) ??
    [...root.querySelectorAll('*')].map((element) => (element.shadowRoot ? find(element.shadowRoot, key) : null)).find(Boolean) ??
    null;
  const topOfWords = (element: Element, words: string): number => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(words.slice(0, 12));
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      return range.getBoundingClientRect().top;
    }
    return -Infinity;
  };
  const bottom = column.getBoundingClientRect().bottom;
  return sentences.findIndex((sentence) => {
    const element = find(column, sentence.key);
    return element !== null && topOfWords(element, sentence.shown) > bottom;
  });
}

test('on a page longer than the screen, the sentence being read is scrolled into view', async ({ page, topic }) => {
  await answerSettings(page, { defaultLanguage: 'en', defaultTextSize: 'largest' });
  await page.goto('/');
  await page.locator('kx-home-screen button.topic').first().click();
  const more = page.getByRole('button', { name: uiText('en', 'nav.moreBelow') });
  const text = page.locator(`${SHOWN_PAGE} .text`);
  // The first page with a sentence that starts below the fold at the largest text size, each
  // page looked at once it is settled (its heading focused).
  let timing: SentenceTimings = { sentences: [] };
  let below = -1;
  for (let index = 0; below < 0; index += 1) {
    expect(index, 'a page has a sentence below the fold').toBeLessThan(topicPagesList.length);
    if (index > 0) await topic.forward.click();
    await expect(topic.heading).toBeFocused();
    if (!(await more.isVisible())) continue;
    timing = (await (await page.request.get(`audio/${TOPIC_ID}/en/${pageId(index)}.json`)).json()) as SentenceTimings;
    below = await text.evaluate(firstSentenceBelowTheFold, timing.sentences);
  }
  expect(below).toBeGreaterThan(0);
  expect(await text.evaluate((column) => column.scrollTop)).toBe(0);
  await listenButton(page).click();
  await expect.poll(async () => (await playing(page))?.paused).toBe(false);
  // Listened to that far (twice as fast: the preview server's files cannot be seeked), the sentence
  // is in view a moment after its highlight comes (watched from the page, frame by frame).
  const later = timing.sentences.slice(below).map((sentence) => sentence.shown);
  const reached = await text.evaluate(async (column, laterSentences) => {
    (document.querySelector('audio[data-read-aloud]') as HTMLAudioElement).playbackRate = 2;
    const highlightedRange = () => [...(CSS.highlights.get('kx-reading') ?? [])][0] as Range | undefined;
    const frame = () => new Promise(requestAnimationFrame);
    for (let frames = 0; frames < 60 * 60; frames += 1) {
      await frame();
      const range = highlightedRange();
      const sentence = range?.toString() ?? '';
      if (!range || !laterSentences.includes(sentence)) continue;
      for (let wait = 0; wait < 10; wait += 1) await frame();
      const shown = column.getBoundingClientRect();
      const top = range.getBoundingClientRect().top;
      return { sentence, inView: top >= shown.top - 1 && top < shown.bottom, scrolledBy: column.scrollTop };
    }
    return null;
  }, later);
  expect(reached, 'the reading reached a sentence below the fold').not.toBeNull();
  expect(reached!.inView, `"${reached!.sentence}" was scrolled into view`).toBe(true);
  expect(reached!.scrolledBy).toBeGreaterThan(0);
});

test('Pause stops the voice where it is, Resume goes on from there', async ({ page }) => {
  await openTopic(page);
  await listenButton(page).click();
  await expectAdvancing(page, `audio/${TOPIC_ID}/en/${pageId(0)}`);
  await listenButton(page).click();
  await expect(listenButton(page)).toHaveText(uiText('en', 'speech.resume'));
  await expect.poll(async () => (await playing(page))?.paused).toBe(true);
  const pausedAt = (await playing(page))!.time;
  await page.waitForTimeout(400);
  expect((await playing(page))!.time).toBe(pausedAt);
  await listenButton(page).click();
  await expect(listenButton(page)).toHaveText(uiText('en', 'speech.pause'));
  await expect.poll(async () => (await playing(page))!.time).toBeGreaterThan(pausedAt + 0.2);
});

test('Home and a language switch silence it at once, highlight and all', async ({ page, topic, languages }) => {
  await openTopic(page);
  await listenButton(page).click();
  await expectAdvancing(page, `audio/${TOPIC_ID}/en/${pageId(0)}`);
  await languages.choose('Español');
  await expect.poll(() => playing(page)).toBeNull();
  expect(await highlighted(page)).toBeNull();
  // The next tap reads the page in the new language.
  await listenButton(page).click();
  await expectAdvancing(page, `audio/${TOPIC_ID}/es/${pageId(0)}`);
  await topic.button(uiText('es', 'nav.home')).first().click();
  await expect.poll(() => playing(page)).toBeNull();
});

test('Take this home silences it once the sheet is open', async ({ page }) => {
  await answerSettings(page, { defaultLanguage: 'en', printingEnabled: true });
  await page.goto('/');
  await page.locator('kx-home-screen button.topic').first().click();
  await listenButton(page).click();
  await expectAdvancing(page, `audio/${TOPIC_ID}/en/${pageId(0)}`);
  await page.getByRole('button', { name: uiText('en', 'takeHome.button') }).click();
  await expect(page.getByRole('dialog', { name: uiText('en', 'takeHome.title') })).toBeVisible();
  await expect.poll(() => playing(page)).toBeNull();
  expect(await highlighted(page)).toBeNull();
});

test('the home screen says what the kiosk is', async ({ page }) => {
  await answerSettings(page, { defaultLanguage: 'fr' });
  await page.goto('/');
  const listen = page.locator('kx-home-screen kx-listen-button button');
  await expect(listen).toHaveText(uiText('fr', 'speech.listen'));
  await listen.click();
  await expectAdvancing(page, 'audio/home/fr');
  await expect.poll(() => highlighted(page)).toBe(uiText('fr', 'home.title'));
});

test('the idle prompt silences it, and the reset leaves nothing playing', async ({ page }) => {
  await page.clock.install();
  await openTopic(page);
  await listenButton(page).click();
  await expect.poll(async () => (await playing(page))?.base).toBe(`audio/${TOPIC_ID}/en/${pageId(0)}`);
  await page.clock.runFor(91_000);
  await expect(page.getByRole('dialog', { name: uiText('en', 'idle.title') })).toBeVisible();
  await expect.poll(() => playing(page)).toBeNull();
  await page.getByRole('button', { name: uiText('en', 'idle.stay') }).click();
  await listenButton(page).click();
  await expect.poll(async () => (await playing(page))?.base).toBe(`audio/${TOPIC_ID}/en/${pageId(0)}`);
  await page.clock.runFor(91_000 + 21_000);
  await expect(page.locator('kx-attract-screen')).toBeVisible();
  await expect.poll(() => playing(page)).toBeNull();
});

test('a missing or damaged audio file gives a short message, and the page still works', async ({ page, topic, kioskGuard }) => {
  // Chromium itself logs the failed request of the missing file; the kiosk adds one warning.
  kioskGuard.allowConsoleError(/Failed to load resource/);
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' && message.text().includes('read-aloud')) warnings.push(message.text());
  });
  await page.route(`**/audio/${TOPIC_ID}/en/${pageId(0)}.json`, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.route(`**/audio/${TOPIC_ID}/en/${pageId(1)}.mp3`, (route) => route.fulfill({ status: 200, contentType: 'audio/mpeg', body: Buffer.from('not really an mp3 file at all') }));
  await openTopic(page);
  await listenButton(page).click();
  await expect(page.locator(`${SHOWN_TOPIC_SCREEN} kx-listen-button`).getByRole('status')).toHaveText(uiText('en', 'speech.unavailable'));
  await topic.forward.click();
  await expect(topic.heading).toHaveText(screenTitle('en', 1));
  await listenButton(page).click();
  await expect(page.locator(`${SHOWN_TOPIC_SCREEN} kx-listen-button`).getByRole('status')).toHaveText(uiText('en', 'speech.unavailable'));
  expect(await playing(page)).toBeNull();
  await topic.forward.click();
  await expect(topic.heading).toHaveText(screenTitle('en', 2));
  expect(warnings).toHaveLength(2);
});

test('a sound that failed while it was fetched ahead (the file unreadable for a moment) is fetched again by Listen, and plays', async ({ page, topic, kioskGuard }) => {
  kioskGuard.allowConsoleError(/Failed to load resource/);
  const base = `audio/${TOPIC_ID}/en/${pageId(1)}`;
  let requests = 0;
  await page.route(`**/${base}.mp3`, (route) => {
    requests += 1;
    return requests === 1 ? route.abort('failed') : route.continue();
  });
  await openTopic(page);
  await topic.forward.click();
  await expect(topic.heading).toHaveText(screenTitle('en', 1));
  // The sound fetched ahead for this page has failed, before anyone tapped Listen.
  await expect
    .poll(() => page.evaluate((path) => [...document.querySelectorAll('audio')].some((audio) => audio.src.endsWith(path) && audio.error !== null), `${base}.mp3`))
    .toBe(true);
  await listenButton(page).click();
  await expectAdvancing(page, base);
  expect(requests, 'fetched again by the Listen tap').toBeGreaterThanOrEqual(2);
  await expect(page.locator(`${SHOWN_TOPIC_SCREEN} kx-listen-button`).getByText(uiText('en', 'speech.unavailable'))).toHaveCount(0);
});

test('the Sources page says which voice reads each language', async ({ page, topic }) => {
  await openTopic(page, 'vi');
  await topic.goToLastPage(topicPagesList.length);
  const voices = page.locator('kx-sources-screen li[data-voice]');
  await expect(voices).toHaveCount(registry.languages.length);
  await expect(voices.filter({ hasText: 'Tiếng Việt' })).toHaveText(uiText('vi', 'speech.voiceComputer').replace('{{language}}', 'Tiếng Việt'));
});

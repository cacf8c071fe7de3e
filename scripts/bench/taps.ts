/**
 * Metric 2: the taps a patient makes most, each from the tap's pointerup to the frame that shows
 * its result (probe.ts): open the topic from home, open a chapter from the topic's contents page,
 * Next, Listen (to the page's audio playing) and "Take this home" (to the sheet open with its
 * Print button). Measured at full speed and with the page's CPU throttled 4x (CDP
 * Emulation.setCPUThrottlingRate; the baseline page is throttled too), in landscape and portrait.
 *
 * Sample i: from home, open the topic; open chapter i (mod the chapters); jump to page i (mod
 * the topic's pages, untimed) and tap Next; jump to page i and tap Listen; tap "Take this home"
 * and close the sheet (Escape); jump home. Every measured app tap is followed by one tap on the
 * baseline page (bench-tap.html), so the two alternate tap by tap.
 */
import { APP_READY, BASELINE_TAP, firstTopic, jumpTo } from './navigation';
import type { TapPage, TapSample } from './tap-page';

export const TAP_KINDS = ['open-topic', 'open-chapter', 'next', 'listen', 'take-home'] as const;
export type TapKind = (typeof TAP_KINDS)[number];

export const TAP_NAMES: Record<TapKind, string> = {
  'open-topic': 'open topic from home',
  'open-chapter': 'open chapter from contents',
  next: 'next screen',
  listen: 'Listen to audio playing',
  'take-home': 'Take this home to sheet open',
};

export type TapSamples = Record<TapKind, TapSample[]> & { baseline: TapSample[] };

// Not the topic screen on standby behind home (renderer/components/app/app.ts standbyTopic).
const TOPIC_SCREEN = 'kx-topic-screen:not([standby])';
const NEXT = `${TOPIC_SCREEN} nav button.next:not([data-last])`;
const LISTEN = `${TOPIC_SCREEN} kx-listen-button button`;
const TAKE_HOME = `${TOPIC_SCREEN} button.take-home`;

export async function measureTaps(app: TapPage, baseline: TapPage, samples: number): Promise<TapSamples> {
  const result: TapSamples = { 'open-topic': [], 'open-chapter': [], next: [], listen: [], 'take-home': [], baseline: [] };
  const { topicId, pages } = await firstTopic(app);
  const chapters = await chapterIds(app);
  if (pages < 2) throw new Error('the first topic needs at least two screens to measure Next');
  if (chapters.length === 0) throw new Error('the first topic has no chapters to open');
  const measure = async (kind: TapKind, selector: string, condition: Parameters<TapPage['measureTap']>[1]) => {
    result[kind].push(await app.measureTap(selector, condition));
    result.baseline.push(await baseline.measureTap(BASELINE_TAP, { kind: 'screen' }));
  };
  for (let index = 0; index < samples; index += 1) {
    await measure('open-topic', APP_READY, { kind: 'screen' });
    // The topic opens on its contents page.
    await measure('open-chapter', `${TOPIC_SCREEN} kx-topic-contents button[data-chapter="${chapters[index % chapters.length]}"]`, { kind: 'screen' });
    // Page `pages` is the Sources page; its Next is Home, so the last Next measured is pages-1 -> pages.
    await jumpTo(app, { topicId, page: index % pages });
    await measure('next', NEXT, { kind: 'screen' });
    await jumpTo(app, { topicId, page: 1 + (index % (pages - 1)) });
    await measure('listen', LISTEN, { kind: 'audio' });
    await measure('take-home', TAKE_HOME, { kind: 'sheet' });
    await app.page.keyboard.press('Escape');
    await app.page.locator(`${TOPIC_SCREEN} kx-take-home-sheet dialog`).waitFor({ state: 'hidden' });
    // Going home turns the page, which stops the reading.
    await jumpTo(app, null);
  }
  return result;
}

async function chapterIds(app: TapPage): Promise<string[]> {
  return app.page.evaluate(() => {
    const home = document.querySelector('kx-app')?.shadowRoot?.querySelector('kx-home-screen') as { topics?: { chapters?: { id: string }[] }[] } | null;
    return (home?.topics?.[0]?.chapters ?? []).map((chapter) => chapter.id);
  });
}

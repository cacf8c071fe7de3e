/**
 * Metric 2: tap to next paint when opening a topic from home and when moving to the next screen
 * of a topic, at full speed and with the page's CPU throttled 4x (CDP
 * Emulation.setCPUThrottlingRate; the baseline page is throttled too).
 *
 * Sample i: from home, tap the first topic (measured); jump to page i (mod the topic's length)
 * without a tap; tap Next (measured); jump home. Every measured app tap is followed by one tap
 * on the baseline page (bench-tap.html), so the two alternate tap by tap.
 */
import type { TapPage, TapSample } from './tap-page';

export const APP_READY = 'kx-home-screen button.topic';
export const BASELINE_TAP = 'kx-home-screen button.topic';

export interface NavigationSamples {
  openTopic: TapSample[];
  nextScreen: TapSample[];
  /** Baseline taps, one after each app tap. */
  baseline: TapSample[];
}

export async function measureNavigation(app: TapPage, baseline: TapPage, samples: number): Promise<NavigationSamples> {
  const result: NavigationSamples = { openTopic: [], nextScreen: [], baseline: [] };
  const { topicId, pages } = await firstTopic(app);
  if (pages < 2) throw new Error('the first topic needs at least two screens to measure Next');
  const baselineTap = async () => result.baseline.push(await baseline.measureTap(BASELINE_TAP, { kind: 'screen' }));
  for (let index = 0; index < samples; index += 1) {
    result.openTopic.push(await app.measureTap(APP_READY, { kind: 'screen' }));
    await baselineTap();
    // Page `pages` is the Sources page; its Next is Home, so the last Next measured is pages-1 -> pages.
    await jumpTo(app, { topicId, page: index % pages });
    result.nextScreen.push(await app.measureTap('kx-topic-screen nav button.next:not([data-last])', { kind: 'screen' }));
    await baselineTap();
    await jumpTo(app, null);
  }
  return result;
}

/** The first topic on the home screen and its number of screens (without the Sources page). */
export async function firstTopic(app: TapPage): Promise<{ topicId: string; pages: number }> {
  return app.page.evaluate(() => {
    const home = document.querySelector('kx-app')?.shadowRoot?.querySelector('kx-home-screen') as { topics?: { id: string; screens: unknown[] }[] } | null;
    const topic = home?.topics?.[0];
    if (!topic) throw new Error('the home screen lists no topic');
    return { topicId: topic.id, pages: topic.screens.length };
  });
}

/** Moves the app to a page of a topic (or home) with the event its own buttons send, untimed. */
export async function jumpTo(app: TapPage, target: { topicId: string; page: number } | null): Promise<void> {
  await app.page.evaluate((where) => {
    const detail = where === null ? { name: 'home' } : { name: 'topic', ...where };
    document.querySelector('kx-app')?.dispatchEvent(new CustomEvent('kx-navigate', { detail, bubbles: true, composed: true }));
  }, target);
  await app.settle();
}

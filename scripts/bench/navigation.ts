/**
 * Moving the app around between measured taps (taps.ts, language-switch.ts, diagram-open.ts): the
 * selector that says it is ready, its first topic, and untimed jumps to a page or home.
 */
import type { TapPage } from './tap-page';

export const APP_READY = 'kx-home-screen button.topic';
export const BASELINE_TAP = 'kx-home-screen button.topic';

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

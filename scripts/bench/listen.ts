/**
 * Metric 8: tap Listen on a topic page to its audio playing (the <audio> element's time has moved
 * past 0: the first sound is on its way out). Cycles through the topic's pages; moving there and
 * stopping (the next jump turns the page, which stops the reading) are not timed.
 */
import { BASELINE_TAP, firstTopic, jumpTo } from './navigation';
import type { TapPage, TapSample } from './tap-page';

export interface ListenSamples {
  app: TapSample[];
  baseline: TapSample[];
}

const LISTEN = 'kx-topic-screen kx-listen-button button';

export async function measureListen(app: TapPage, baseline: TapPage, samples: number): Promise<ListenSamples> {
  const { topicId, pages } = await firstTopic(app);
  const result: ListenSamples = { app: [], baseline: [] };
  for (let index = 0; index < samples; index += 1) {
    await jumpTo(app, { topicId, page: index % pages });
    result.app.push(await app.measureTap(LISTEN, { kind: 'audio' }));
    result.baseline.push(await baseline.measureTap(BASELINE_TAP, { kind: 'screen' }));
  }
  await jumpTo(app, null);
  return result;
}

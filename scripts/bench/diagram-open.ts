/**
 * Metric 4: tap on a diagram's "Enlarge" button to the full-screen viewer painted with the
 * drawing (its SVG, labels included, inside the open dialog). Cycles through the topic's screens
 * that have a diagram; moving there and closing the viewer (Escape) are not timed.
 */
import { jumpTo, firstTopic, BASELINE_TAP } from './navigation';
import type { TapPage, TapSample } from './tap-page';

export interface DiagramSamples {
  app: TapSample[];
  baseline: TapSample[];
}

// The page shown, not one made ahead of the next tap (hidden beside it).
const ENLARGE = 'kx-topic-screen:not([standby]) article.current kx-diagram-figure button.enlarge';

export async function measureDiagramOpen(app: TapPage, baseline: TapPage, samples: number): Promise<DiagramSamples> {
  const { topicId } = await firstTopic(app);
  const withDiagram = await diagramPages(app);
  const result: DiagramSamples = { app: [], baseline: [] };
  for (let index = 0; index < samples; index += 1) {
    await jumpTo(app, { topicId, page: withDiagram[index % withDiagram.length]! });
    // The figure's own drawing must be there: the button only opens a diagram it has loaded.
    await app.page
      .locator('kx-diagram-figure svg[role="img"]')
      .waitFor({ timeout: 10_000 })
      .catch(async (error: unknown) => {
        const state = await app.page.locator('kx-diagram-figure').evaluate((figure) => figure.shadowRoot?.innerHTML.slice(0, 600));
        throw new Error(`the diagram on page index ${withDiagram[index % withDiagram.length]} (sample ${index}) was not drawn: ${String(error)}\nfigure: ${state}`);
      });
    result.app.push(await app.measureTap(ENLARGE, { kind: 'diagram' }));
    result.baseline.push(await baseline.measureTap(BASELINE_TAP, { kind: 'screen' }));
    await app.page.keyboard.press('Escape');
    await app.page.locator('kx-diagram-viewer dialog[open]').waitFor({ state: 'detached' });
    await app.settle();
  }
  await jumpTo(app, null);
  return result;
}

async function diagramPages(app: TapPage): Promise<number[]> {
  const pages = await app.page.evaluate(() => {
    const home = document.querySelector('kx-app')?.shadowRoot?.querySelector('kx-home-screen') as { topics?: { screens: { diagram?: unknown }[]; chapters?: unknown[] }[] } | null;
    const topic = home?.topics?.[0];
    // A topic with chapters opens on its contents page, so its screens start at page 1 (renderer/content/topic-pages.ts).
    const firstScreenPage = topic?.chapters?.length ? 1 : 0;
    return (topic?.screens ?? []).flatMap((screen, index) => (screen.diagram ? [index + firstScreenPage] : []));
  });
  if (pages.length === 0) throw new Error('the first topic has no diagram to open');
  return pages;
}

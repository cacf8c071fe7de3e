/**
 * Metric 3: tap on a language in the picker to every visible string updated and painted.
 *
 * Measured on the topic's first screen, which has a diagram (its labels are text in the SVG and
 * change too), cycling through every offered language, right-to-left and Chinese included. A
 * warm-up round first visits each language once and records the screen's full text in it (every
 * text node of the header and <main>, across shadow roots); a sample ends at the first frame
 * whose text equals that record with the picker closed. Opening the picker is not timed.
 */
import { jumpTo, firstTopic } from './navigation';
import type { TapPage, TapSample } from './tap-page';
import { BASELINE_TAP } from './navigation';

export interface LanguageSamples {
  app: TapSample[];
  baseline: TapSample[];
}

const OPEN_PICKER = 'button.language-button';
const pickerChoice = (code: string) => `kx-language-picker button.language[lang="${code}"]`;

export async function measureLanguageSwitch(app: TapPage, baseline: TapPage, samples: number): Promise<LanguageSamples> {
  const { topicId } = await firstTopic(app);
  await jumpTo(app, { topicId, page: 0 });
  const start = await app.page.evaluate(() => document.documentElement.lang);
  const offered = await languagesOffered(app);
  // Round the cycle so that it ends on the language it started in.
  const cycle = [...offered.filter((code) => code !== start), start];
  const expected = new Map<string, string>();
  for (const code of cycle) {
    await choose(app, code);
    await app.settle(300);
    expected.set(code, await app.regionText());
  }
  const result: LanguageSamples = { app: [], baseline: [] };
  for (let index = 0; index < samples; index += 1) {
    const code = cycle[index % cycle.length]!;
    await openPicker(app);
    result.app.push(await app.measureTap(pickerChoice(code), { kind: 'text', lang: code, expected: expected.get(code)! }));
    result.baseline.push(await baseline.measureTap(BASELINE_TAP, { kind: 'screen' }));
  }
  await choose(app, start);
  await jumpTo(app, null);
  return result;
}

async function languagesOffered(app: TapPage): Promise<string[]> {
  await openPicker(app);
  const codes = await app.page.locator('kx-language-picker button.language').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('lang') ?? ''));
  await app.page.keyboard.press('Escape');
  await app.settle();
  return codes;
}

async function openPicker(app: TapPage): Promise<void> {
  await app.tap(OPEN_PICKER);
  await app.page.locator('kx-language-picker dialog[open]').waitFor();
  await app.settle();
}

async function choose(app: TapPage, code: string): Promise<void> {
  await openPicker(app);
  await app.tap(pickerChoice(code));
  await app.page.waitForFunction((wanted) => document.documentElement.lang === wanted, code);
}

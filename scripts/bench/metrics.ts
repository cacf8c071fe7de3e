/** Turns the raw samples into the report's metrics, each with its budget (from issue 9). */
import type { ColdStartSamples } from './cold-start';
import type { DiagramSamples } from './diagram-open';
import type { LanguageSamples } from './language-switch';
import type { LeakResult } from './leaks';
import type { ListenSamples } from './listen';
import type { NavigationSamples } from './navigation';
import { checkBudget, timingMetric, type Budget, type MetricResult } from './report';
import type { SizeResult } from './size';
import { summarize } from './stats';
import type { TapSample } from './tap-page';

const TAP_BASELINE = 'same tap, same method, on the static home copy whose script only changes its heading';
const p95 = (max: number): Budget => ({ figure: 'p95', max, text: `p95 <= ${max} ms` });

export interface RawResults {
  cold: ColdStartSamples;
  navigation: NavigationSamples;
  throttled: NavigationSamples;
  language: LanguageSamples;
  diagram: DiagramSamples;
  listen: ListenSamples;
  leaks: LeakResult;
  size: SizeResult;
  /** The same cold start and taps in a portrait (1080x1920) window: reported, no budget. */
  portrait: { cold: ColdStartSamples; navigation: NavigationSamples };
}

export function collectMetrics(raw: RawResults): MetricResult[] {
  const cold = {
    ...timingMetric(
      { id: 'cold-start', name: '1. Cold start to home painted' },
      raw.cold.app,
      { figure: 'ratio', max: 1.3, text: '<= 1.3x static copy' },
      { samples: raw.cold.staticCopy, what: 'first contentful paint of the pre-rendered static home copy (same fonts and styles, no script)' },
    ),
    cpu: { app: summarize(raw.cold.appCpu), baseline: summarize(raw.cold.staticCpu) },
  };
  const taps = (name: string, id: string, samples: NavigationSamples, rate: number): MetricResult[] => [
    tapMetric({ id: `tap-open-topic${id}`, name: `2. Tap: open topic from home${name}` }, samples.openTopic, samples.baseline, p95(rate === 1 ? 50 : 150)),
    tapMetric({ id: `tap-next-screen${id}`, name: `2. Tap: next screen${name}` }, samples.nextScreen, samples.baseline, p95(rate === 1 ? 50 : 150)),
  ];
  return [
    cold,
    ...taps('', '', raw.navigation, 1),
    ...taps(', CPU 4x slower', '-cpu4x', raw.throttled, 4),
    tapMetric({ id: 'language-switch', name: '3. Language switch' }, raw.language.app, raw.language.baseline, p95(50)),
    tapMetric({ id: 'diagram-open', name: '4. Diagram viewer open' }, raw.diagram.app, raw.diagram.baseline, p95(80)),
    tapMetric({ id: 'listen', name: '8. Tap Listen to audio playing' }, raw.listen.app, raw.listen.baseline, p95(150)),
    ...leakMetrics(raw.leaks),
    ...sizeMetrics(raw.size),
    ...portraitMetrics(raw.portrait),
  ];
}

function portraitMetrics({ cold, navigation }: RawResults['portrait']): MetricResult[] {
  const what = 'portrait 1080x1920: ';
  return [
    timingMetric({ id: 'cold-start-portrait', name: '7. Cold start, portrait 1080x1920' }, cold.app, null, {
      samples: cold.staticCopy,
      what: `${what}first contentful paint of the static home copy`,
    }),
    tapMetric({ id: 'tap-open-topic-portrait', name: '7. Tap: open topic, portrait 1080x1920' }, navigation.openTopic, navigation.baseline, null),
    tapMetric({ id: 'tap-next-screen-portrait', name: '7. Tap: next screen, portrait 1080x1920' }, navigation.nextScreen, navigation.baseline, null),
  ];
}

function tapMetric(base: { id: string; name: string }, app: TapSample[], baseline: TapSample[], budget: Budget | null): MetricResult {
  const ms = (samples: TapSample[]) => samples.map((sample) => sample.ms);
  const cpu = (samples: TapSample[]) => summarize(samples.map((sample) => sample.cpuMs));
  const result = timingMetric(base, ms(app), budget, { samples: ms(baseline), what: TAP_BASELINE });
  return { ...result, cpu: { app: cpu(app), baseline: cpu(baseline) } };
}

function single(id: string, name: string, unit: MetricResult['unit'], value: number, budget: Budget | null, notes?: string[]): MetricResult {
  const result: MetricResult = { id, name, unit, value, budget, pass: null, ...(notes ? { notes } : {}) };
  result.pass = budget ? checkBudget(result, budget) : null;
  return result;
}

function leakMetrics({ loops, before, after }: LeakResult): MetricResult[] {
  const note = [`${loops} loops; before: ${before.heapBytes} B heap, ${before.domNodes} nodes, ${before.listeners} listeners; after: ${after.heapBytes} B, ${after.domNodes} nodes, ${after.listeners} listeners`];
  return [
    single('leak-heap', `5. Heap growth after ${loops} loops`, 'bytes', after.heapBytes - before.heapBytes, { figure: 'value', max: 1_000_000, text: '< 1 MB' }, note),
    single('leak-dom-nodes', `5. DOM node growth after ${loops} loops`, 'nodes', after.domNodes - before.domNodes, { figure: 'value', max: 0, text: '0 (back to start)' }, note),
  ];
}

function sizeMetrics(size: SizeResult): MetricResult[] {
  return [
    single('size-home-js', '6. Home screen JS (gzip)', 'bytes', size.homeJs, { figure: 'value', max: 60_000, text: '<= 60 kB' }, [`files: ${size.homeFiles.join(', ')}`]),
    single('size-home-css', '6. Home screen CSS (gzip)', 'bytes', size.homeCss, null),
    single('size-whole-app', '6. Whole app without fonts and audio (gzip)', 'bytes', size.wholeApp, null, [`${size.wholeAppFiles} files`]),
    ...Object.entries(size.audioPerTopicLanguage).map(([topicLanguage, bytes]) =>
      single(`size-audio-${topicLanguage.replace(' ', '-')}`, `6. Read-aloud audio, ${topicLanguage}`, 'bytes', bytes, { figure: 'value', max: 3_000_000, text: '<= 3 MB' }),
    ),
  ];
}

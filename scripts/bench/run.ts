/**
 * `npm run bench [-- --smoke]`: builds the kiosk for production, serves it with the preview
 * server, and measures it in Debian's Chromium (headed under Xvfb when there is one) against
 * baselines measured in the same run. Writes bench/results.json (a smoke run:
 * bench/tmp/results-smoke.json) and prints a table.
 *
 *   --smoke  a few samples per metric, for CI: proves the bench still works; budgets are
 *            reported but never fail the run. A bench that breaks always exits non-zero.
 *
 * BENCH_PORT picks the server's port (default 4610); BENCH_SAMPLES overrides the sample count;
 * BENCH_HEADLESS=1 skips Xvfb. What each metric measures is described in its own file.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../build';
import { launchBenchBrowser, PORTRAIT_SCREEN } from './browser';
import { measureColdStart } from './cold-start';
import { measureDiagramOpen } from './diagram-open';
import { measureListen } from './listen';
import { measureLanguageSwitch } from './language-switch';
import { measureLeaks } from './leaks';
import { APP_READY, BASELINE_TAP, measureNavigation, type NavigationSamples } from './navigation';
import { formatTable, newReport, type BenchReport } from './report';
import { startBenchServer } from './server';
import { measureSize } from './size';
import { TAP_BASELINE, writeStaticPages } from './static-pages';
import { TapPage } from './tap-page';
import { collectMetrics } from './metrics';

const smoke = process.argv.includes('--smoke');
const samples = Number(process.env.BENCH_SAMPLES) || (smoke ? 3 : 40);
const leakLoops = smoke ? 6 : 300;
const port = Number(process.env.BENCH_PORT || 4610);

const log = (message: string) => console.log(`[bench] ${message}`);

async function main(): Promise<BenchReport> {
  log(`building and serving a production build on port ${port}`);
  const server = await startBenchServer(port);
  const browser = await launchBenchBrowser();
  log(`Chromium ${browser.version}, ${browser.mode}; ${samples} samples per metric${smoke ? ' (smoke mode)' : ''}`);
  try {
    const report = newReport({ chromium: browser.version, browserMode: browser.mode, smoke, samples });

    const writer = await TapPage.open(browser, server.origin, APP_READY);
    await writer.page.evaluate(() => document.fonts.ready);
    await writeStaticPages(writer.page, server.appRoot);
    await writer.close();

    log('1/8 cold start');
    const cold = await measureColdStart(browser, server.origin, samples);

    log('2/8 tap to next paint');
    const app = await TapPage.open(browser, server.origin, APP_READY);
    const baseline = await TapPage.open(browser, server.origin + TAP_BASELINE, BASELINE_TAP);
    const navigation = await measureNavigation(app, baseline, samples);
    let throttled: NavigationSamples;
    await app.throttle(4);
    await baseline.throttle(4);
    try {
      throttled = await measureNavigation(app, baseline, samples);
    } finally {
      await app.throttle(1);
      await baseline.throttle(1);
    }

    log('3/8 language switch');
    const language = await measureLanguageSwitch(app, baseline, samples);
    log('4/8 diagram viewer open');
    const diagram = await measureDiagramOpen(app, baseline, samples);
    log('5/8 tap Listen to audio playing (metric 8)');
    const listen = await measureListen(app, baseline, samples);
    await app.close();
    await baseline.close();

    log(`6/8 leaks (${leakLoops} loops)`);
    const leaks = await measureLeaks(browser, server.origin, leakLoops);
    log('7/8 size');
    const size = await measureSize(server.appRoot, server.origin, cold.homeResources);

    // The static copies were written at 1920x1080; they hold the same styles, so in a portrait
    // window they lay out as the app does there.
    log(`8/8 portrait ${PORTRAIT_SCREEN.width}x${PORTRAIT_SCREEN.height}: cold start and taps (reported, no budget)`);
    const portraitCold = await measureColdStart(browser, server.origin, samples, PORTRAIT_SCREEN);
    const portraitApp = await TapPage.open(browser, server.origin, APP_READY, PORTRAIT_SCREEN);
    const portraitBaseline = await TapPage.open(browser, server.origin + TAP_BASELINE, BASELINE_TAP, PORTRAIT_SCREEN);
    const portraitNavigation = await measureNavigation(portraitApp, portraitBaseline, samples);
    await portraitApp.close();
    await portraitBaseline.close();

    report.metrics = collectMetrics({ cold, navigation, throttled, language, diagram, listen, leaks, size, portrait: { cold: portraitCold, navigation: portraitNavigation } });
    return report;
  } finally {
    await browser.close();
    await server.stop();
  }
}

try {
  const report = await main();
  // A smoke run's few samples must not replace the committed full results.
  const resultsFile = smoke ? path.join(projectRoot, 'bench', 'tmp', 'results-smoke.json') : path.join(projectRoot, 'bench', 'results.json');
  await mkdir(path.dirname(resultsFile), { recursive: true });
  await writeFile(resultsFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n${formatTable(report)}\n`);
  console.log(`Chromium ${report.chromium} (${report.browserMode}), ${report.cpu.model} x${report.cpu.cores}, ${report.date}`);
  console.log(`Results: ${path.relative(process.cwd(), resultsFile)}`);
  const failed = report.metrics.filter((metric) => metric.pass === false);
  if (failed.length > 0) console.log(`Over budget: ${failed.map((metric) => metric.name).join('; ')}${smoke ? ' (smoke mode: not a failure)' : ''}`);
  process.exitCode = failed.length > 0 && !smoke ? 1 : 0;
} catch (error) {
  console.error('[bench] the bench itself failed:', error);
  process.exitCode = 2;
}

/**
 * `npm run bench [-- --smoke]`: builds the kiosk for production, serves it with the preview
 * server, and measures it in Debian's Chromium (headed under Xvfb when there is one) against
 * baselines measured in the same run. Writes bench/results.json (a smoke run:
 * bench/tmp/results-smoke.json) and prints a table.
 *
 *   --smoke  a few samples per metric, for CI: proves the bench still works; budgets are
 *            reported but never fail the run. A bench that breaks always exits non-zero.
 *   --soak [--sessions N]  only the week of patients (soak.ts): N sessions (2,000), memory read
 *            every 100; writes bench/soak/. Hours long; never in CI.
 *
 * BENCH_PORT picks the server's port (default 4610); BENCH_SAMPLES overrides the sample count;
 * BENCH_HEADLESS=1 skips Xvfb. What each metric measures is described in its own file.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../build';
import { launchBenchBrowser, PORTRAIT_SCREEN, SCREEN } from './browser';
import { measureColdStart } from './cold-start';
import { measureDiagramOpen } from './diagram-open';
import { measureHostSpeed } from './host-speed';
import { measureLanguageSwitch } from './language-switch';
import { measureLeaks } from './leaks';
import { APP_READY, BASELINE_TAP } from './navigation';
import { measureTaps, type TapSamples } from './taps';
import { formatHostSpeed, formatTable, newReport, type BenchReport } from './report';
import { startBenchServer } from './server';
import { measureSize } from './size';
import { TAP_BASELINE, writeStaticPages } from './static-pages';
import { TapPage } from './tap-page';
import { collectMetrics, type ShapeResults } from './metrics';
import { runSoak } from './soak';
import { soakChart, soakTable } from './soak-report';

const smoke = process.argv.includes('--smoke');
const soak = process.argv.includes('--soak');
const samples = Number(process.env.BENCH_SAMPLES) || (smoke ? 3 : 40);
const leakLoops = smoke ? 6 : 300;
const port = Number(process.env.BENCH_PORT || 4610);

const log = (message: string) => console.log(`[bench] ${message}`);

async function main(): Promise<BenchReport> {
  log(`building and serving a production build on port ${port}`);
  const server = await startBenchServer(port);
  const browser = await launchBenchBrowser({ withoutNetworkDomain: true });
  log(`Chromium ${browser.version}, ${browser.mode}; ${samples} samples per metric${smoke ? ' (smoke mode)' : ''}`);
  try {
    const report = newReport({ chromium: browser.version, browserMode: browser.mode, smoke, samples });
    log('host speed (fixed work), at the start');
    const hostSpeedAtStart = await measureHostSpeed(browser);

    const writer = await TapPage.open(browser, server.origin, APP_READY);
    await writer.page.evaluate(() => document.fonts.ready);
    await writeStaticPages(writer.page, server.appRoot);
    await writer.close();

    // The static copies were written at 1920x1080; they hold the same styles, so in a portrait
    // window they lay out as the app does there.
    const shapes = [
      { screen: SCREEN, label: 'landscape' },
      { screen: PORTRAIT_SCREEN, label: `portrait ${PORTRAIT_SCREEN.width}x${PORTRAIT_SCREEN.height}` },
    ];
    const byShape: ShapeResults[] = [];
    for (const [index, { screen, label }] of shapes.entries()) {
      const step = (what: string) => log(`${index + 1}/${shapes.length + 1} ${label}: ${what}`);
      step('cold start');
      const cold = await measureColdStart(browser, server.origin, samples, screen);
      const app = await TapPage.open(browser, server.origin, APP_READY, screen);
      const baseline = await TapPage.open(browser, server.origin + TAP_BASELINE, BASELINE_TAP, screen);
      step('taps');
      const taps = await measureTaps(app, baseline, samples);
      step('taps, CPU 4x slower');
      let throttledTaps: TapSamples;
      await app.throttle(4);
      await baseline.throttle(4);
      try {
        throttledTaps = await measureTaps(app, baseline, samples);
      } finally {
        await app.throttle(1);
        await baseline.throttle(1);
      }
      step('language switch');
      const language = await measureLanguageSwitch(app, baseline, samples);
      step('diagram viewer open');
      const diagram = await measureDiagramOpen(app, baseline, samples);
      await app.close();
      await baseline.close();
      byShape.push({ label, cold, taps, throttledTaps, language, diagram });
    }

    log(`${shapes.length + 1}/${shapes.length + 1} leaks (${leakLoops} loops) and size`);
    const leaks = await measureLeaks(browser, server.origin, leakLoops);
    const size = await measureSize(server.appRoot, server.origin, byShape[0]!.cold.homeResources);

    report.metrics = collectMetrics({ landscape: byShape[0]!, portrait: byShape[1]!, leaks, size });
    log('host speed (fixed work), at the end');
    report.hostSpeed = { atStart: hostSpeedAtStart, atEnd: await measureHostSpeed(browser) };
    return report;
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function soakMain(): Promise<void> {
  const sessionsIndex = process.argv.indexOf('--sessions');
  const sessions = sessionsIndex >= 0 ? Number(process.argv[sessionsIndex + 1]) : 2000;
  if (!Number.isInteger(sessions) || sessions < 1) throw new Error('--sessions takes a whole number of sessions, such as 2000');
  log(`soak: ${sessions} patient sessions; building and serving a production build on port ${port}`);
  const server = await startBenchServer(port);
  const browser = await launchBenchBrowser({ withoutNetworkDomain: true });
  try {
    log(`Chromium ${browser.version}, ${browser.mode}`);
    const result = await runSoak(browser, server.origin, sessions, log);
    // A soak with steps left out (SOAK_SKIP, for finding a leak) never replaces the one for the record.
    const folder = result.skipped.length > 0 ? path.join(projectRoot, 'bench', 'tmp', 'soak') : path.join(projectRoot, 'bench', 'soak');
    await mkdir(folder, { recursive: true });
    const facts = { chromium: browser.version, cpu: `${os.cpus()[0]?.model.trim() ?? 'unknown CPU'} x${os.cpus().length}`, date: new Date().toISOString() };
    const table = soakTable(result, facts);
    await writeFile(path.join(folder, 'results.json'), `${JSON.stringify({ ...facts, browserMode: browser.mode, ...result }, null, 2)}\n`);
    await writeFile(path.join(folder, 'results.md'), table);
    await writeFile(path.join(folder, 'chart.svg'), soakChart(result.readings));
    console.log(`\n${table}`);
    console.log(`Results: ${path.relative(process.cwd(), folder)}/results.json, results.md, chart.svg`);
    process.exitCode = result.budgets.some((budget) => budget.pass === false) ? 1 : 0;
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function benchMain(): Promise<void> {
  const report = await main();
  // A smoke run's few samples must not replace the committed full results.
  const resultsFile = smoke ? path.join(projectRoot, 'bench', 'tmp', 'results-smoke.json') : path.join(projectRoot, 'bench', 'results.json');
  await mkdir(path.dirname(resultsFile), { recursive: true });
  await writeFile(resultsFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n${formatTable(report)}\n`);
  console.log(`Chromium ${report.chromium} (${report.browserMode}), ${report.cpu.model} x${report.cpu.cores}, ${report.date}`);
  if (report.hostSpeed) console.log(formatHostSpeed(report.hostSpeed));
  console.log(`Results: ${path.relative(process.cwd(), resultsFile)}`);
  const failed = report.metrics.filter((metric) => metric.pass === false);
  if (failed.length > 0) console.log(`Over budget: ${failed.map((metric) => metric.name).join('; ')}${smoke ? ' (smoke mode: not a failure)' : ''}`);
  process.exitCode = failed.length > 0 && !smoke ? 1 : 0;
}

try {
  await (soak ? soakMain() : benchMain());
} catch (error) {
  console.error('[bench] the bench itself failed:', error);
  process.exitCode = 2;
}

/**
 * `npm run content:review-sheet -- <topic> [<lng>...] [--letter]`: writes, per language, a
 * printable HTML review sheet of the topic and its PDF (printed by Chromium) into
 * dist/review-sheets/<topic>/. Without languages it makes one per language of the kiosk. The
 * content must pass `npm run content:check` first: a sheet of a broken file would be reviewed
 * and signed as if it were what patients see.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { chromium } from '@playwright/test';
import { contentFolders, projectRoot } from './build';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium';
import { compileContent } from './content/compile-content';
import { formatProblem } from './content/problems';
import { reviewSheetHtml } from './content/review-sheet/sheet-html';
import { languageRegistrySchema, topicSchema } from './content/schema';
import { fontsourcePlugin } from './fonts/fontsource-plugin';

const USAGE = 'Usage: npm run content:review-sheet -- <topic> [<language>...] [--letter]';

export interface ReviewSheetOptions {
  topicId: string;
  languages: string[];
  paper: 'A4' | 'Letter';
  outDir?: string;
}

export interface WrittenSheet {
  language: string;
  html: string;
  pdf: string;
}

/** Checks the content, writes the sheets and prints them; throws an Error with a plain message. */
export async function writeReviewSheets(options: ReviewSheetOptions): Promise<WrittenSheet[]> {
  const folders = contentFolders();
  const compiled = compileContent(projectRoot, folders);
  if (compiled.problems.length > 0) {
    throw new Error(`Fix the content first (npm run content:check):\n${compiled.problems.map(formatProblem).join('\n')}`);
  }
  const contentDir = folders.content ?? path.join(projectRoot, 'content');
  const localesDir = folders.locales ?? path.join(projectRoot, 'locales');
  const readJson = async (file: string): Promise<unknown> => JSON.parse(await readFile(file, 'utf8'));
  const registry = languageRegistrySchema.parse(await readJson(path.join(localesDir, 'languages.json')));
  const topicFolder = path.join(contentDir, options.topicId);
  const known = compiled.startData?.content.topics.map((topic) => topic.id) ?? [];
  if (!known.includes(options.topicId)) throw new Error(`There is no topic "${options.topicId}" (topics: ${known.join(', ')}).\n${USAGE}`);
  const codes = registry.languages.map((language) => language.code);
  const unknown = options.languages.filter((code) => !codes.includes(code));
  if (unknown.length > 0) throw new Error(`Unknown language ${unknown.map((code) => `"${code}"`).join(', ')} (languages: ${codes.join(', ')}).\n${USAGE}`);

  const topic = topicSchema.parse(await readJson(path.join(topicFolder, 'topic.json')));
  const sourceLanguage = registry.languages.find((language) => language.code === registry.sourceLanguage)!;
  const sourceTexts = await readJson(path.join(topicFolder, `${sourceLanguage.code}.json`));
  const diagramFiles = new Map<string, string>();
  for (const screen of topic.screens) {
    if (screen.diagram) diagramFiles.set(screen.diagram.id, await readFile(path.join(topicFolder, 'diagrams', `${screen.diagram.id}.svg`), 'utf8'));
  }

  const outDir = options.outDir ?? path.join(projectRoot, 'dist', 'review-sheets', options.topicId);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await bundleAssets(outDir);

  const generatedOn = new Date().toISOString().slice(0, 10);
  const languages = options.languages.length > 0 ? options.languages : codes;
  const written: WrittenSheet[] = [];
  for (const code of languages) {
    const language = registry.languages.find((entry) => entry.code === code)!;
    const texts = await readJson(path.join(topicFolder, `${code}.json`));
    const html = reviewSheetHtml({ topic, language, sourceLanguage, texts, sourceTexts, diagramFiles, generatedOn, assets: { css: 'assets/sheet.css', script: 'assets/sheet.js' } });
    const htmlPath = path.join(outDir, `${options.topicId}-${code}.html`);
    await writeFile(htmlPath, html);
    written.push({ language: code, html: htmlPath, pdf: htmlPath.replace(/\.html$/, '.pdf') });
  }
  await printToPdf(outDir, written, options.paper);
  return written;
}

/** The sheet's script and style sheet, with the kiosk's fonts, into <outDir>/assets/. */
async function bundleAssets(outDir: string): Promise<void> {
  const here = path.join(projectRoot, 'scripts', 'content', 'review-sheet');
  await esbuild.build({
    entryPoints: { sheet: path.join(here, 'sheet-page.ts'), 'sheet-styles': path.join(here, 'sheet.css') },
    outdir: path.join(outDir, 'assets'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome120'],
    absWorkingDir: projectRoot,
    loader: { '.woff2': 'file' },
    assetNames: 'fonts/[name]-[hash]',
    plugins: [fontsourcePlugin],
    logLevel: 'warning',
  });
  // esbuild names the CSS after its entry; the sheets link it as sheet.css.
  const css = await readFile(path.join(outDir, 'assets', 'sheet-styles.css'), 'utf8');
  await writeFile(path.join(outDir, 'assets', 'sheet.css'), css);
  await rm(path.join(outDir, 'assets', 'sheet-styles.css'));
}

/**
 * Prints each sheet with Chromium. The files are served to the page from a made-up origin
 * (pages opened from file:// may not load their fonts), so nothing leaves the machine.
 */
async function printToPdf(outDir: string, sheets: WrittenSheet[], paper: 'A4' | 'Letter'): Promise<void> {
  const origin = 'http://review-sheet.invalid';
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      const file = path.resolve(outDir, `.${decodeURIComponent(url.pathname)}`);
      if (url.origin !== origin || !file.startsWith(outDir + path.sep)) return route.abort();
      try {
        await route.fulfill({ body: await readFile(file), contentType: contentTypeOf(file) });
      } catch {
        await route.fulfill({ status: 404, body: 'not found' });
      }
    });
    for (const sheet of sheets) {
      await page.goto(`${origin}/${path.basename(sheet.html)}`);
      await page.locator('html[data-diagrams="ready"]').waitFor();
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.pdf({ path: sheet.pdf, format: paper, printBackground: true, margin: { top: '14mm', bottom: '14mm', left: '12mm', right: '12mm' } });
    }
  } finally {
    await browser.close();
  }
}

function contentTypeOf(file: string): string {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.woff2': 'font/woff2' };
  return types[path.extname(file)] ?? 'application/octet-stream';
}

async function main(argv: string[]): Promise<number> {
  const paper = argv.includes('--letter') ? 'Letter' : 'A4';
  const [topicId, ...languages] = argv.filter((argument) => argument !== '--letter');
  if (!topicId || topicId.startsWith('-')) {
    console.error(USAGE);
    return 1;
  }
  try {
    const sheets = await writeReviewSheets({ topicId, languages, paper });
    for (const sheet of sheets) console.log(`${sheet.language}: ${path.relative(projectRoot, sheet.pdf)} (and .html)`);
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  process.exit(await main(process.argv.slice(2)));
}

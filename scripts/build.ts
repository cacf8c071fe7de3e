/**
 * Builds everything the kiosk runs into dist/:
 *   dist/renderer/  the app folder served as app://kiosk/ (HTML, JS, CSS, fonts, content, locales)
 *   dist/main/      the Electron main process and the preload, each bundled to one CommonJS file
 * Content and locale files are checked first; any problem stops the build with file/field/line.
 * Usage: `npm run build` (development) or `tsx scripts/build.ts --production` (minified, no maps).
 */
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { compileContent, type ContentFolders } from './content/compile-content';
import { withStartData } from './bundle/index-html';
import type { EmbeddedStartData } from '../renderer/start/embedded-start-data';
import { fontsourcePlugin } from './fonts/fontsource-plugin';
import { ContentError } from './content/problems';
import { buildSpeech } from './speech/build-speech';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Output folder; KIOSK_DIST_DIR lets a test build a second copy without touching dist/. */
export const distDir = process.env.KIOSK_DIST_DIR ? path.resolve(process.env.KIOSK_DIST_DIR) : path.join(projectRoot, 'dist');
export const rendererOutDir = path.join(distDir, 'renderer');

export interface BuildOptions {
  production: boolean;
}

/**
 * Topics come from content/ and languages from locales/, unless KIOSK_CONTENT_DIR or
 * KIOSK_LOCALES_DIR names another folder (to try a clinic's own topics or a new language before
 * adding it, and for the drop-in topic and language tests).
 */
export function contentFolders(): ContentFolders {
  const content = process.env.KIOSK_CONTENT_DIR;
  const locales = process.env.KIOSK_LOCALES_DIR;
  return {
    content: content ? path.resolve(content) : path.join(projectRoot, 'content'),
    locales: locales ? path.resolve(locales) : path.join(projectRoot, 'locales'),
  };
}

export async function buildKiosk(options: BuildOptions): Promise<void> {
  const folders = contentFolders();
  const { problems, files, startData } = compileContent(projectRoot, folders);
  if (problems.length > 0 || !startData) throw new ContentError(problems);

  await rm(distDir, { recursive: true, force: true });
  await mkdir(rendererOutDir, { recursive: true });
  await Promise.all([
    writeContentFiles(files),
    ...['favicon.svg', 'recovering.html', 'recovering.css'].map((name) => copyFile(path.join(projectRoot, 'renderer', name), path.join(rendererOutDir, name))),
    bundleRenderer(options),
    writeIndexHtml(startData),
    bundleMainProcess(options),
  ]);
  const speech = await buildSpeech({
    registry: startData.registry,
    topics: startData.content.topics,
    contentDir: folders.content!,
    localesDir: folders.locales!,
    outDir: rendererOutDir,
    cacheDir: speechCacheDir,
  });
  if (speech.synthesized > 0) console.log(`Read-aloud: ${speech.synthesized} page(s) synthesized, ${speech.fromCache} from the cache, ${speech.recorded} recorded.`);
  for (const stale of speech.stale) {
    console.warn(`Read-aloud: ${path.relative(projectRoot, stale.audioFile)} was recorded for an older text; the computer voice reads that page (see npm run content:check).`);
  }
}

/** Synthesized read-aloud audio, kept between builds (scripts/speech/build-speech.ts). */
export const speechCacheDir = process.env.KIOSK_SPEECH_CACHE_DIR ? path.resolve(process.env.KIOSK_SPEECH_CACHE_DIR) : path.join(projectRoot, 'node_modules', '.cache', 'clinic-kiosk-speech');

async function writeContentFiles(files: ReturnType<typeof compileContent>['files']): Promise<void> {
  for (const file of files) {
    const target = path.join(rendererOutDir, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    if ('text' in file.contents) await writeFile(target, file.contents.text);
    else await copyFile(file.contents.copyFrom, target);
  }
}

/**
 * The app's modules that hold state every script must share, and what a script loaded later as a
 * file of its own gets instead: a stand-in that calls the app's instance through `globalThis`
 * (renderer/i18n/shared-i18n.ts says why). A second i18next would hold no texts; a second usage
 * queue would not be flushed before a reload; a second read-aloud player would talk over the
 * first; a second definition of <kx-listen-button> would throw.
 */
const SHARED_FROM_APP: Readonly<Record<string, string>> = {
  [path.join('renderer', 'i18n', 'i18n.ts')]: path.join('renderer', 'i18n', 'i18n-from-app.ts'),
  [path.join('renderer', 'usage', 'report-usage.ts')]: path.join('renderer', 'usage', 'report-usage-from-app.ts'),
  [path.join('renderer', 'speech', 'read-aloud.ts')]: path.join('renderer', 'speech', 'read-aloud-from-app.ts'),
  [path.join('renderer', 'components', 'listen-button', 'listen-button.ts')]: path.join('renderer', 'components', 'listen-button', 'listen-button-from-app.ts'),
};

const useAppInstancesPlugin: esbuild.Plugin = {
  name: 'use-app-instances',
  setup(build) {
    // Only imports whose last part names one of those modules (`../../i18n/i18n`) are looked at.
    const names = Object.keys(SHARED_FROM_APP).map((file) => path.basename(file, '.ts'));
    build.onResolve({ filter: new RegExp(`/(${names.join('|')})$`) }, (args) => {
      const target = path.relative(projectRoot, path.resolve(args.resolveDir, `${args.path}.ts`));
      const standIn = SHARED_FROM_APP[target];
      return standIn === undefined ? undefined : { path: path.join(projectRoot, standIn) };
    });
  },
};

/** Builds a script loaded later (see useAppInstancesPlugin), failing if it bundles its own copy of the app's shared state. */
async function bundleLaterScript(common: esbuild.BuildOptions, name: string, entry: string): Promise<void> {
  const { metafile } = await esbuild.build({ ...common, entryPoints: { [name]: path.join(projectRoot, entry) }, plugins: [useAppInstancesPlugin], metafile: true });
  const copies = Object.keys(metafile.inputs).filter((input) => input.includes('node_modules/i18next/') || Object.keys(SHARED_FROM_APP).includes(path.normalize(input)));
  if (copies.length > 0) throw new Error(`${name}.js must use the app's shared instances, but bundles ${copies.join(', ')}: import ${Object.keys(SHARED_FROM_APP).map((file) => path.basename(file)).join(', ')} only by those names, so the build can swap in their stand-ins.`);
}

async function bundleRenderer({ production }: BuildOptions): Promise<void> {
  const common: esbuild.BuildOptions = {
    outdir: rendererOutDir,
    bundle: true,
    format: 'esm',
    absWorkingDir: projectRoot,
    platform: 'browser',
    target: ['chrome120'],
    minify: production,
    sourcemap: production ? false : 'linked',
    logLevel: 'warning',
    legalComments: 'none',
  };
  // Scripts of their own, loaded after the first screen (renderer/components/lazy-screens.ts). Each
  // brings its own copy of Lit (a few kB) and uses the app's shared instances (SHARED_FROM_APP).
  // The staff screens: fetched only when staff hold the corner.
  const staffScreens = bundleLaterScript(common, 'staff-screens', path.join('renderer', 'components', 'staff-screens.ts'));
  // The topic screens and the Take this home sheet: fetched once the first screen is painted, so
  // they are ready by the tap.
  const topicScreens = bundleLaterScript(common, 'topic-screens', path.join('renderer', 'components', 'topic-screens.ts'));
  const takeHomeSheet = bundleLaterScript(common, 'take-home-sheet', path.join('renderer', 'components', 'take-home-sheet', 'take-home-sheet.ts'));
  const app = esbuild.build({
    ...common,
    entryPoints: {
      app: path.join(projectRoot, 'renderer', 'main.ts'),
      styles: path.join(projectRoot, 'renderer', 'styles', 'global.css'),
      // The printed handout is a page of its own (renderer/handout/), never loaded by the kiosk screen.
      handout: path.join(projectRoot, 'renderer', 'handout', 'handout-main.ts'),
      'handout-styles': path.join(projectRoot, 'renderer', 'handout', 'handout.css'),
      // The QR encoder, loaded only when a patient asks for a code (renderer/qr/load-qr-encoder.ts).
      'qr-encoder': path.join(projectRoot, 'renderer', 'qr', 'qr-encoder.ts'),
    },
    // One script file for the first screen. Split into chunks, the first screen waited for seven
    // requests instead of one (bench/README.md). The screens a patient sees later are scripts of
    // their own (above), fetched after the first screen is painted.
    splitting: false,
    loader: { '.woff2': 'file' },
    assetNames: 'fonts/[name]-[hash]',
    plugins: [fontsourcePlugin],
  });
  await Promise.all([staffScreens, topicScreens, takeHomeSheet, app]);
}

/** Copies index.html and handout.html with the compiled language registry and content index written into them. */
async function writeIndexHtml(startData: EmbeddedStartData): Promise<void> {
  for (const page of ['index.html', 'handout.html']) {
    const html = await readFile(path.join(projectRoot, 'renderer', page), 'utf8');
    await writeFile(path.join(rendererOutDir, page), withStartData(html, startData));
  }
}

async function bundleMainProcess({ production }: BuildOptions): Promise<void> {
  const common: esbuild.BuildOptions = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: ['node22'],
    external: ['electron'],
    minify: production,
    sourcemap: production ? false : 'linked',
    logLevel: 'warning',
  };
  await Promise.all([
    esbuild.build({ ...common, entryPoints: [path.join(projectRoot, 'main', 'index.ts')], outfile: path.join(distDir, 'main', 'index.cjs') }),
    // Sandboxed preloads cannot be ES modules and may only require 'electron'.
    esbuild.build({ ...common, entryPoints: [path.join(projectRoot, 'main', 'preload.ts')], outfile: path.join(distDir, 'main', 'preload.cjs') }),
  ]);
}

/** Runs the build from the command line and turns content problems into a readable report. */
export async function buildFromCli(argv: string[]): Promise<boolean> {
  try {
    await buildKiosk({ production: argv.includes('--production') });
    return true;
  } catch (error) {
    if (error instanceof ContentError) {
      console.error(error.message);
      return false;
    }
    throw error;
  }
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const ok = await buildFromCli(process.argv.slice(2));
  if (!ok) process.exit(1);
  console.log('Built the kiosk into dist/.');
}

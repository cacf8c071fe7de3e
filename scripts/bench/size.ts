/**
 * Metric 6: size, as gzip bytes (zlib level 9, each file compressed on its own, as a server or
 * an installer's archive would). "The home screen needs" = the JavaScript and CSS files the app
 * had requested by the time its home screen rendered its text in a cold start (resource timing);
 * "the whole app" = every file of the production build except fonts, read-aloud audio and the
 * bench's own pages; the audio is reported on its own, per language (MP3 does not gzip, so as is).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SizeResult {
  homeJs: number;
  homeCss: number;
  homeFiles: string[];
  wholeApp: number;
  wholeAppFiles: number;
  /** Bytes of read-aloud audio (MP3 and timing files) per topic and language ("muscle-atrophy ar"). */
  audioPerTopicLanguage: Record<string, number>;
}

export async function measureSize(appRoot: string, origin: string, homeResources: string[]): Promise<SizeResult> {
  const homeFiles = [...new Set(['styles.css', ...homeResources.filter((url) => url.startsWith(origin)).map((url) => decodeURIComponent(new URL(url).pathname.slice(1)))])];
  const gzipOf = async (file: string) => gzipSync(await readFile(path.join(appRoot, file)), { level: 9 }).length;
  let homeJs = 0;
  let homeCss = 0;
  for (const file of homeFiles) {
    if (file.endsWith('.js')) homeJs += await gzipOf(file);
    if (file.endsWith('.css')) homeCss += await gzipOf(file);
  }
  const all = (await readdir(appRoot, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(appRoot, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith(`fonts${path.sep}`) && !path.basename(file).startsWith('bench-') && !file.endsWith('.map'));
  const audioPerTopicLanguage: Record<string, number> = {};
  for (const file of all.filter((name) => name.startsWith(`audio${path.sep}`))) {
    // audio/<topic>/<lng>/<page>.mp3 and .json (the home screen's few seconds are left out)
    const [, topic, language] = file.split(path.sep);
    if (topic === 'home' || language === undefined || !file.endsWith('.mp3') && !file.endsWith('.json')) continue;
    if (path.basename(file) === 'index.json') continue;
    const key = `${topic} ${language}`;
    audioPerTopicLanguage[key] = (audioPerTopicLanguage[key] ?? 0) + (await readFile(path.join(appRoot, file))).length;
  }
  let wholeApp = 0;
  for (const file of all.filter((name) => !name.startsWith(`audio${path.sep}`))) wholeApp += await gzipOf(file);
  // index.html is needed too, but it is neither JavaScript nor CSS.
  return { homeJs, homeCss, homeFiles: homeFiles.filter((file) => /\.(js|css)$/.test(file)).sort(), wholeApp, wholeAppFiles: all.length, audioPerTopicLanguage };
}

/**
 * esbuild plugin for the @fontsource stylesheets that renderer/styles/global.css imports.
 *
 * 1. woff2 only. Each face lists a .woff fallback after its .woff2 file; Chromium always takes
 *    the woff2, so the fallbacks would only make the installer bigger (about 1.5 MB per Chinese
 *    weight).
 * 2. unicode-range back on subset files. global.css imports one file per script subset
 *    (`noto-sans/latin-400.css`, `vietnamese-400.css`, ...) so we ship only the scripts our
 *    languages use. Fontsource writes those subset files without a `unicode-range`, which makes
 *    every subset face claim every character: Chromium then downloads all of them for any text
 *    and draws with whichever was declared last (the Vietnamese subset for English text). The
 *    family's per-weight file (`400.css`) has the ranges, one block per subset, so the plugin
 *    copies the matching range into the subset face. With the ranges back, an English screen
 *    downloads the two Latin files it uses and nothing else.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'esbuild';

export const fontsourcePlugin: Plugin = {
  name: 'fontsource-faces',
  setup(build) {
    build.onLoad({ filter: /[\\/]@fontsource[\\/].*\.css$/ }, async (args) => {
      const css = await readFile(args.path, 'utf8');
      const weightFile = path.join(path.dirname(args.path), `${weightOf(args.path)}.css`);
      const familyCss = weightFile !== args.path && existsSync(weightFile) ? await readFile(weightFile, 'utf8') : '';
      return { contents: addSubsetRanges(dropWoffFallbacks(css), familyCss), loader: 'css', resolveDir: path.dirname(args.path) };
    });
  },
};

/** `.../latin-ext-400.css` → `400`; a file that is not `<subset>-<weight>.css` → its own name. */
function weightOf(file: string): string {
  const name = path.basename(file, '.css');
  return /-(\d{3})$/.exec(name)?.[1] ?? name;
}

export function dropWoffFallbacks(css: string): string {
  return css.replace(/,\s*url\([^)]*\.woff\)\s*format\('woff'\)/g, '');
}

/**
 * Gives each `@font-face` in `subsetCss` that has no unicode-range the range of the block with
 * the same name in `familyCss`. Fontsource names every block in a comment just before it
 * (`/* noto-sans-latin-400-normal *\/`). A face with no matching block is left as it was (the
 * Chinese file, for instance, is one whole-script file that the per-weight file splits into
 * numbered slices): it then covers every character, which is right for a family that only one
 * language's font stack names.
 */
export function addSubsetRanges(subsetCss: string, familyCss: string): string {
  const ranges = new Map<string, string>();
  for (const match of familyCss.matchAll(/\/\*\s*([\w-]+)\s*\*\/\s*@font-face\s*{([^}]*)}/g)) {
    const range = /unicode-range:\s*([^;]+);/.exec(match[2]!)?.[1];
    if (range) ranges.set(match[1]!, range.trim());
  }
  return subsetCss.replace(/(\/\*\s*([\w-]+)\s*\*\/\s*@font-face\s*{)([^}]*)}/g, (block, opening: string, name: string, body: string) => {
    const range = ranges.get(name);
    if (!range || /unicode-range\s*:/.test(body)) return block;
    return `${opening}${body.trimEnd()}\n  unicode-range: ${range};\n}`;
  });
}

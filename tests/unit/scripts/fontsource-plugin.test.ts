import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import * as esbuild from 'esbuild';
import { addSubsetRanges, dropWoffFallbacks, fontsourcePlugin } from '../../../scripts/fonts/fontsource-plugin';

const SUBSET = `/* demo-latin-400-normal */
@font-face {
  font-family: 'Demo';
  font-weight: 400;
  src: url(./files/demo-latin-400-normal.woff2) format('woff2'), url(./files/demo-latin-400-normal.woff) format('woff');
}`;

const FAMILY = `/* demo-greek-400-normal */
@font-face {
  font-family: 'Demo';
  unicode-range: U+0370-03FF;
}
/* demo-latin-400-normal */
@font-face {
  font-family: 'Demo';
  unicode-range: U+0000-00FF,U+2000-206F;
}`;

test('a subset face gets the unicode-range of its own block in the per-weight file', () => {
  const result = addSubsetRanges(SUBSET, FAMILY);
  assert.match(result, /unicode-range: U\+0000-00FF,U\+2000-206F;\n}$/);
  assert.doesNotMatch(result, /U\+0370/, 'the Greek block must not lend its range to the Latin face');
});

test('a face with no matching block, or with a range already, is left as it was', () => {
  assert.equal(addSubsetRanges(SUBSET, FAMILY.replaceAll('demo-latin', 'demo-cyrillic')), SUBSET);
  const ranged = SUBSET.replace('font-weight: 400;', 'font-weight: 400;\n  unicode-range: U+0041;');
  assert.equal(addSubsetRanges(ranged, FAMILY), ranged);
});

test('only the woff2 source is kept', () => {
  const result = dropWoffFallbacks(SUBSET);
  assert.match(result, /src: url\(\.\/files\/demo-latin-400-normal\.woff2\) format\('woff2'\);/);
  assert.doesNotMatch(result, /\.woff\)/);
});

test('the real global stylesheet builds with a unicode-range on every Noto Sans subset face and no .woff', async () => {
  const globalCss = path.resolve(import.meta.dirname, '../../../renderer/styles/global.css');
  const output = await esbuild.build({
    entryPoints: [globalCss],
    bundle: true,
    write: false,
    outdir: 'out',
    loader: { '.woff2': 'file' },
    plugins: [fontsourcePlugin],
    logLevel: 'silent',
  });
  const css = output.outputFiles.find((file) => file.path.endsWith('.css'))!.text;
  const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((match) => match[1]!);
  const notoSans = faces.filter((face) => /font-family:\s*"?Noto Sans"?;/.test(face));
  assert.ok(notoSans.length >= 6, `expected the Noto Sans subsets, found ${notoSans.length}`);
  for (const face of notoSans) assert.match(face, /unicode-range:/, `a Noto Sans face without a range: ${face}`);
  assert.ok(faces.some((face) => /Noto Sans Arabic/.test(face) && /unicode-range:\s*U\+0600/.test(face)), 'the Arabic face covers the Arabic block');
  assert.doesNotMatch(css, /\.woff\)/);
  // The source files really lack the ranges: if Fontsource ever adds them, this plugin step can go.
  const latinSubset = readFileSync(path.resolve(import.meta.dirname, '../../../node_modules/@fontsource/noto-sans/latin-400.css'), 'utf8');
  assert.doesNotMatch(latinSubset, /unicode-range/);
});

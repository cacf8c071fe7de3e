import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { Resvg } from '@resvg/resvg-js';
import { buildSourceCandidates, convertIcon } from 'app-builder-lib/out/util/iconConverter';
import { appIconSvgPath, faviconFromAppIcon, faviconPath, ICO_SIZES, iconFiles, makeIcons, PNG_SIZES } from '../../../../scripts/packaging/make-icons';
import { projectRoot, readBuilderConfig } from '../../../../scripts/packaging/packaging-config';

const config = readBuilderConfig();
let tempDir: string;
/** Stands in for dist/build-resources: the generator writes here, electron-builder's resolver reads here. */
let buildResources: string;

before(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-icons-'));
  buildResources = path.join(tempDir, 'build-resources');
  await makeIcons(buildResources);
});
after(() => rm(tempDir, { recursive: true, force: true }));

/** Width and height from a PNG's IHDR chunk, after checking that it is a PNG. */
function pngSize(png: Buffer): { width: number; height: number } {
  assert.deepStrictEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.equal(png.toString('latin1', 12, 16), 'IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The square sizes listed in an .ico's directory (a stored 0 means 256), each entry inside the file. */
function icoSizes(ico: Buffer): number[] {
  assert.equal(ico.readUInt16LE(0), 0, 'reserved');
  assert.equal(ico.readUInt16LE(2), 1, 'type 1 is an icon');
  const sizes: number[] = [];
  for (let index = 0; index < ico.readUInt16LE(4); index++) {
    const entry = 6 + index * 16;
    const width = ico[entry] || 256;
    assert.equal(ico[entry + 1] || 256, width, 'square');
    assert.ok(ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8) <= ico.length, 'image data inside the file');
    sizes.push(width);
  }
  return sizes;
}

test('one PNG per size, each exactly that many pixels square', async () => {
  for (const size of PNG_SIZES) {
    assert.deepStrictEqual(pngSize(await readFile(path.join(buildResources, iconFiles.png(size)))), { width: size, height: size }, `${size} px`);
  }
});

test('icon.png, for macOS, is the 1024 px drawing', async () => {
  const png = await readFile(path.join(buildResources, iconFiles.macPng));
  assert.deepStrictEqual(pngSize(png), { width: 1024, height: 1024 });
  assert.deepStrictEqual(png, await readFile(path.join(buildResources, iconFiles.png(1024))));
});

test('icon.ico holds every Windows size from 16 to 256 px', async () => {
  assert.deepStrictEqual(icoSizes(await readFile(path.join(buildResources, iconFiles.windowsIco))), [...ICO_SIZES]);
});

test('the symbol still shows at 16 px: a good share of light pixels on the teal', () => {
  const { pixels } = new Resvg(readFileSync(appIconSvgPath), { fitTo: { mode: 'width', value: 16 } }).render();
  let light = 0;
  for (let offset = 0; offset < pixels.length; offset += 4) if (pixels[offset]! > 200 && pixels[offset + 1]! > 200 && pixels[offset + 2]! > 200) light++;
  const share = light / (16 * 16);
  assert.ok(share > 0.15 && share < 0.6, `light pixels: ${Math.round(share * 100)} %`);
});

test("electron-builder's icon resolver finds every platform's icon where electron-builder.yml points", async () => {
  // The same resolver and search folders electron-builder uses (build resources, then the project).
  const roots = [buildResources, projectRoot];
  const outDir = path.join(tempDir, 'converted');
  const linux = await convertIcon({ sources: [config.linux.icon], fallbackSources: [], roots, format: 'set', outDir });
  assert.equal(linux.isFallback, false);
  assert.deepStrictEqual(linux.icons.map((icon) => [path.relative(buildResources, icon.file), icon.size]), PNG_SIZES.map((size) => [iconFiles.png(size), size]));

  const windows = await convertIcon({ sources: [config.win.icon], fallbackSources: [], roots, format: 'ico', outDir });
  assert.deepStrictEqual(windows.icons, [{ file: path.join(buildResources, iconFiles.windowsIco), size: 256 }]);

  // macOS: the .icns is made by a tool electron-builder downloads, so only the choice of source is checked here.
  const macSource = buildSourceCandidates([config.mac.icon], 'icns').find((candidate) => existsSync(path.join(buildResources, candidate)));
  assert.equal(macSource, iconFiles.macPng);
});

test('the renderer favicon is the same drawing, made by make-icons.ts --favicon', async () => {
  const drawing = await readFile(appIconSvgPath, 'utf8');
  assert.equal(await readFile(faviconPath, 'utf8'), faviconFromAppIcon(drawing), 'run `tsx scripts/packaging/make-icons.ts --favicon`');
  const withoutComments = (svg: string) => svg.replace(/<!--[\s\S]*?-->/g, '');
  assert.equal(withoutComments(faviconFromAppIcon(drawing)), withoutComments(drawing));
});

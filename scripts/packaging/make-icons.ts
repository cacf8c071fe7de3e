/**
 * Every icon of the installers comes from one drawing, scripts/packaging/app-icon.svg:
 *   <buildResources>/icons/<size>x<size>.png   Linux (deb, AppImage): one PNG per hicolor size
 *   <buildResources>/icon.ico                  Windows (app and installer), 16 to 256 px
 *   <buildResources>/icon.png                  macOS, 1024 px: electron-builder turns it into the
 *                                              .icns itself (app-builder-lib/out/util/iconConverter.js
 *                                              runs its icon tool on a PNG of at least 512 px)
 * Each size is drawn from the SVG, not scaled down from a big PNG, so small icons stay sharp.
 *
 * Usage: run by `npm run packaging:prepare`; `tsx scripts/packaging/make-icons.ts --favicon`
 * copies the drawing to renderer/favicon.svg after the drawing has changed.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import pngToIco from 'png-to-ico';
import { projectRoot } from './packaging-config';

export const appIconSvgPath = path.join(import.meta.dirname, 'app-icon.svg');
export const faviconPath = path.join(projectRoot, 'renderer', 'favicon.svg');

/** The hicolor theme's sizes, plus 1024 for the AppImage and the macOS icon. */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
/** Windows never shows an icon larger than 256 px; bigger entries would only make the .exe heavier. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;

/** File names inside the build-resources folder, as electron-builder.yml names them. */
export const iconFiles = {
  pngSetDir: 'icons',
  png: (size: number) => path.join('icons', `${size}x${size}.png`),
  macPng: 'icon.png',
  windowsIco: 'icon.ico',
} as const;

function rasterize(svg: Buffer, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

/** Writes every installer icon into `buildResourcesDir` and returns the files it wrote. */
export async function makeIcons(buildResourcesDir: string): Promise<string[]> {
  const svg = await readFile(appIconSvgPath);
  await mkdir(path.join(buildResourcesDir, iconFiles.pngSetDir), { recursive: true });
  const pngs = new Map(PNG_SIZES.map((size) => [size, rasterize(svg, size)]));
  const written: string[] = [];
  const write = async (name: string, data: Buffer) => {
    await writeFile(path.join(buildResourcesDir, name), data);
    written.push(name);
  };
  for (const [size, png] of pngs) await write(iconFiles.png(size), png);
  await write(iconFiles.macPng, pngs.get(1024)!);
  await write(iconFiles.windowsIco, await pngToIco(ICO_SIZES.map((size) => pngs.get(size)!)));
  return written;
}

/**
 * The renderer's favicon is the same drawing; only its opening comment changes, to say where it
 * comes from. A unit test keeps the two in step.
 */
export function faviconFromAppIcon(appIconSvg: string): string {
  return appIconSvg.replace(/<!--[\s\S]*?-->/, '<!-- Made from scripts/packaging/app-icon.svg by `tsx scripts/packaging/make-icons.ts --favicon`; edit that file, not this one. -->');
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--favicon')) {
    await writeFile(faviconPath, faviconFromAppIcon(await readFile(appIconSvgPath, 'utf8')));
    console.log(`Wrote ${path.relative(projectRoot, faviconPath)}.`);
  } else {
    console.error('Usage: tsx scripts/packaging/make-icons.ts --favicon   (installer icons: npm run packaging:prepare)');
    process.exit(1);
  }
}

/**
 * `npm run screenshots -- [--size WxH] [--diagrams] [--text-size=large|largest] [--theme=high-contrast] [lang ...]`:
 * builds and serves the kiosk, then saves a PNG of every screen (home, each topic page, a glossary
 * pop-up, the language picker, the display controls where they fold into one button) in each
 * language to dist/screenshots/. The window is 1920x1080 unless `--size` gives another (e.g.
 * `--size 1080x1920` for a portrait kiosk); a size other than 1920x1080 is part of the file names.
 * With `--diagrams`, only the pages with a diagram, each also opened full screen. For looking at
 * what patients see, in left-to-right and right-to-left languages, on every screen shape.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium';
import { distDir, projectRoot } from './build';
import { startPreviewServer } from './preview/start-preview-server';

const port = Number(process.env.KIOSK_PORT || 4391);
/** The topic screen shown, not the one on standby behind home (app.ts standbyTopic). */
const SHOWN_TOPIC_SCREEN = 'kx-topic-screen:not([standby])';
/** Its page on screen, not the pages made ahead of the next tap (hidden beside it). */
const SHOWN_PAGE = `${SHOWN_TOPIC_SCREEN} article.current`;
const args = process.argv.slice(2);
const sizeArgument = args.find((arg) => arg.startsWith('--size='))?.slice('--size='.length) ?? (args.includes('--size') ? args[args.indexOf('--size') + 1] : undefined);
const sizeMatch = /^(\d{3,4})x(\d{3,4})$/.exec(sizeArgument ?? '1920x1080');
if (!sizeMatch) {
  console.error(`--size must be WIDTHxHEIGHT in CSS pixels, for example --size 1080x1920 (got "${sizeArgument}")`);
  process.exit(2);
}
const viewport = { width: Number(sizeMatch[1]), height: Number(sizeMatch[2]) };
const sizeLabel = sizeArgument && sizeArgument !== '1920x1080' ? sizeArgument : undefined;
const options = args.filter((arg) => arg.startsWith('--'));
const diagramsOnly = options.includes('--diagrams');
const textSize = options.find((arg) => arg.startsWith('--text-size='))?.slice('--text-size='.length);
const theme = options.find((arg) => arg.startsWith('--theme='))?.slice('--theme='.length);
const named = args.filter((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--size');
const languages = named.length > 0 ? named : ['en', 'es'];
const outDir = path.join(distDir, 'screenshots');

const server = await startPreviewServer({ port });

const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
try {
  await mkdir(outDir, { recursive: true });
  const page = await browser.newPage({ viewport, hasTouch: true });
  for (const language of languages) {
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.locator('kx-home-screen h1').waitFor();
    if (language !== 'en') {
      await page.locator('.language-button').click();
      await page.locator(`button.language[lang="${language}"]`).click();
      await page.waitForFunction((code) => document.documentElement.lang === code, language);
    }
    if (textSize) await page.evaluate((size) => document.documentElement.setAttribute('data-text-size', size), textSize);
    if (theme) await page.evaluate((name) => document.documentElement.setAttribute('data-theme', name), theme);
    const prefix = [language, sizeLabel, textSize, theme].filter(Boolean).join('-');
    const shot = async (name: string) => page.screenshot({ path: path.join(outDir, `${prefix}-${name}.png`) });
    if (!diagramsOnly) {
      await shot('home');
      await page.locator('.language-button').click();
      await page.locator('kx-language-picker dialog[open]').waitFor();
      await shot('language-picker');
      await page.keyboard.press('Escape');
      const displayButton = page.locator('kx-display-controls button.open-display');
      if (await displayButton.isVisible()) {
        await displayButton.click();
        await page.locator('kx-display-controls dialog[open]').waitFor();
        await shot('display');
        await page.keyboard.press('Escape');
      }
    }
    await page.locator('button.topic').first().click();
    let glossaryShown = false;
    for (let index = 1; ; index++) {
      await page.locator(`${SHOWN_PAGE} h1`).waitFor();
      const pageName = `topic-${String(index).padStart(2, '0')}`;
      const figure = page.locator(`${SHOWN_PAGE} kx-diagram-figure svg[role="img"]`);
      if (await page.locator(`${SHOWN_PAGE} kx-diagram-figure`).count()) {
        await figure.waitFor();
        await shot(pageName);
        await page.locator(`${SHOWN_PAGE} kx-diagram-figure button.enlarge`).click();
        await page.locator('kx-diagram-viewer dialog[open] svg[role="img"]').waitFor();
        await shot(`${pageName}-viewer`);
        await page.locator('kx-diagram-viewer button.close').click();
      } else if (!diagramsOnly) {
        await shot(pageName);
      }
      // The first page with a medical word (a topic with chapters opens on its contents page).
      if (!glossaryShown && !diagramsOnly && (await page.locator(`${SHOWN_PAGE} button.term`).count()) > 0) {
        glossaryShown = true;
        await page.locator(`${SHOWN_PAGE} button.term`).first().click();
        await page.locator('kx-glossary-popup dialog[open]').waitFor();
        await shot('glossary');
        await page.keyboard.press('Escape');
      }
      const next = page.locator(`${SHOWN_TOPIC_SCREEN} nav button.next`);
      if ((await next.getAttribute('data-last')) !== null) break;
      await next.click();
    }
  }
  console.log(`Screenshots saved in ${path.relative(projectRoot, outDir)}/`);
} finally {
  await browser.close();
  await server.stop();
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { pageScreen, registry, topicPagesList, topicText, uiText, TOPIC_ID } from './content-data';
import { expect, test } from './fixtures';
import { answerSettings } from './support/kiosk-settings';
import { measureLabels } from './support/diagram-labels';
import { SHOWN_PAGE } from './pages/topic-page';

/**
 * The topic's diagrams, in every language: words that fit their boxes (also at the largest text
 * size), names and descriptions for screen readers, right-to-left placement, and the full-screen
 * viewer's zoom, pan, limits and ways out.
 */
/** The pages (0-based, as Back and Next walk them) that show a diagram. */
const diagramPages = topicPagesList.flatMap((shown, index) => (shown.kind === 'screen' && shown.screen.diagram ? [{ index, id: shown.screen.diagram.id }] : []));
const projectRoot = path.resolve(import.meta.dirname, '../..');

async function startIn(page: Page, language: string): Promise<void> {
  await answerSettings(page, { defaultLanguage: language });
  await page.goto('/');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await page.getByRole('main').getByRole('button').first().click();
}

/** Steps forward to a page (0-based) with Next, as a patient would. */
async function goToPage(page: Page, from: number, to: number): Promise<void> {
  for (let index = from; index < to; index += 1) await page.getByRole('navigation').getByRole('button').last().click();
  await expect(page.getByRole('navigation')).toHaveAttribute('data-page', String(to + 1));
}

/** Steps through the topic from its first page with Next, and visits each page that has a diagram. */
async function forEachDiagramPage(page: Page, visit: (id: string, index: number) => Promise<void>): Promise<void> {
  let at = 0;
  for (const { index, id } of diagramPages) {
    await goToPage(page, at, index);
    at = index;
    await visit(id, index);
  }
}

/** The drawing on the current page, once the page's own diagram has been drawn. */
const figureDrawing = (page: Page, id?: string) => page.locator(`${SHOWN_PAGE} kx-diagram-figure .canvas${id ? `[data-diagram="${id}"]` : ''} > svg.diagram`);
const viewer = (page: Page) => page.locator('kx-diagram-viewer dialog');
const labelText = (language: string, id: string, label: string) => topicText(language, `diagrams.${id}.labels.${label}`);

test('there are at least six diagrams, each on its own screen', () => {
  expect(diagramPages.length).toBeGreaterThanOrEqual(6);
  expect(new Set(diagramPages.map((entry) => entry.id)).size).toBe(diagramPages.length);
});

/** Steps back to a page (0-based) with Back, as a patient would. */
async function goBackToPage(page: Page, language: string, from: number, to: number): Promise<void> {
  const back = page.getByRole('navigation').getByRole('button', { name: uiText(language, 'nav.back') });
  for (let index = from; index > to; index -= 1) await back.click();
  await expect(page.getByRole('navigation')).toHaveAttribute('data-page', String(to + 1));
}

for (const language of registry.languages) {
  // One walk per language (a kiosk start and ~20 taps cost more than the checks on a busy CI
  // machine): forward through the diagrams at the standard text size, then, as a patient who
  // picks the largest text on the last one, back through them all.
  test(`${language.code}: every diagram shows its words from the language file, fitting their boxes at the standard and the largest text size; each is an image with a name and a description, and its words are a list`, async ({ page }) => {
    await startIn(page, language.code);
    const problems: string[] = [];
    const checkLabels = async (id: string, textSize: string) => {
      await expect(figureDrawing(page, id)).toBeVisible();
      const labels = await measureLabels(figureDrawing(page, id));
      expect(labels.length, `${id} has labels`).toBeGreaterThan(0);
      for (const label of labels) {
        expect(label.text, `${id}/${label.label}`).toBe(labelText(language.code, id, label.label));
        expect(label.direction, `${id}/${label.label} reads ${language.dir}`).toBe(language.dir);
        if (label.overflow > 1) problems.push(`${textSize} text: ${id}/${label.label} "${label.text}" spills ${label.overflow.toFixed(1)} px out of its box ${JSON.stringify(label.box)} → ${JSON.stringify(label.words)}`);
      }
    };

    await forEachDiagramPage(page, async (id, index) => {
      await checkLabels(id, 'standard');
      const name = topicText(language.code, `diagrams.${id}.name`);
      const image = page.getByRole('img', { name, exact: true });
      await expect(image).toBeVisible();
      await expect(image).toHaveAccessibleDescription(topicText(language.code, `diagrams.${id}.description`));
      const expected = pageScreen(index)!.diagram!;
      const list = page.getByRole('list', { name: uiText(language.code, 'diagram.labelList') });
      const labelIds = await figureDrawing(page, id).locator('foreignObject.label').evaluateAll((boxes) => boxes.map((box) => box.getAttribute('data-label')));
      await expect(list.getByRole('listitem')).toHaveText(labelIds.map((label) => labelText(language.code, expected.id, label ?? '')));
      await expect(page.getByRole('button', { name: uiText(language.code, 'diagram.enlarge') })).toBeVisible();
    });

    await page.getByRole('banner').getByRole('button', { name: uiText(language.code, 'display.textSizes.largest') }).click();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'largest');
    let at = diagramPages.at(-1)!.index;
    for (const { index, id } of [...diagramPages].reverse()) {
      await goBackToPage(page, language.code, at, index);
      at = index;
      await checkLabels(id, 'largest');
    }
    expect(problems, 'labels that do not fit').toEqual([]);
  });
}

test('in Arabic every diagram is mirrored and each label box sits at the mirrored place', async ({ page }) => {
  await startIn(page, 'ar');
  await forEachDiagramPage(page, async (id) => {
    const file = readFileSync(path.join(projectRoot, 'content', TOPIC_ID, 'diagrams', `${id}.svg`), 'utf8');
    const [minX = 0, width = 0] = /viewBox="([-\d.]+) [-\d.]+ ([\d.]+) [\d.]+"/.exec(file)!.slice(1).map(Number);
    const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
    const authored = new Map(
      [...file.matchAll(/<foreignObject\b[^>]*>/g)].map(([tag]) => [attribute(tag, 'data-label'), { x: Number(attribute(tag, 'x')), width: Number(attribute(tag, 'width')) }]),
    );
    await expect(figureDrawing(page, id).locator('foreignObject.label')).toHaveCount(authored.size);
    const placed = await figureDrawing(page, id).locator('foreignObject.label').evaluateAll((boxes) => boxes.map((box) => ({ label: box.getAttribute('data-label') ?? '', x: Number(box.getAttribute('x')) })));
    expect(placed.length).toBe(authored.size);
    for (const { label, x } of placed) {
      const original = authored.get(label)!;
      expect(x, `${id}/${label}`).toBeCloseTo(2 * minX + width - original.x - original.width, 5);
    }
    await expect(figureDrawing(page, id).locator(':scope > g').first()).toHaveAttribute('transform', `matrix(-1 0 0 1 ${2 * minX + width} 0)`);
  });
});

test('while the kiosk waits, every diagram is drawn ahead in the current language, so turning onto one only shows it', async ({ page, languages }) => {
  // Counts, wherever they happen (prepare-diagram.ts): the diagram files parsed, and the drawings
  // made from them in a language (each starts as a copy of the cleaned file, an <svg> not yet
  // marked "diagram"; copies of finished drawings are marked).
  await page.addInitScript(() => {
    const parse = DOMParser.prototype.parseFromString;
    const clone = Node.prototype.cloneNode;
    const win = window as unknown as { diagramsParsed: number; drawingsMade: number };
    win.diagramsParsed = 0;
    win.drawingsMade = 0;
    DOMParser.prototype.parseFromString = function (text: string, type: DOMParserSupportedType) {
      if (type === 'image/svg+xml') win.diagramsParsed += 1;
      return parse.call(this, text, type);
    };
    Node.prototype.cloneNode = function (deep?: boolean) {
      if (this instanceof SVGSVGElement && !this.classList.contains('diagram')) win.drawingsMade += 1;
      return clone.call(this, deep);
    };
  });
  const counts = () => page.evaluate(() => {
    const win = window as unknown as { diagramsParsed: number; drawingsMade: number };
    return { parsed: win.diagramsParsed, made: win.drawingsMade };
  });
  const eachDiagram = diagramPages.length;
  await page.goto('/');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await expect.poll(counts, { message: 'each diagram drawn once on the home screen' }).toEqual({ parsed: eachDiagram, made: eachDiagram });
  // A new language has new words and, in Arabic, a mirrored drawing: drawn again, still before
  // any page needs it, from the files parsed the first time.
  await languages.choose('العربية');
  await expect.poll(counts).toEqual({ parsed: eachDiagram, made: 2 * eachDiagram });
  await page.getByRole('main').getByRole('button').first().click();
  const first = diagramPages[0]!;
  await goToPage(page, 0, first.index);
  await expect(figureDrawing(page, first.id).locator('foreignObject.label').first()).toHaveText(labelText('ar', first.id, (await figureDrawing(page, first.id).locator('foreignObject.label').first().getAttribute('data-label'))!));
  await expect(figureDrawing(page, first.id).locator(':scope > g').first()).toHaveAttribute('transform', /^matrix\(-1 0 0 1 /);
  expect(await counts(), 'the page used the drawing made ahead').toEqual({ parsed: eachDiagram, made: 2 * eachDiagram });
});

test('in the high-contrast theme diagrams switch to black ink and thicker lines on their white card', async ({ page }) => {
  const { index, id } = diagramPages[0]!;
  await startIn(page, 'en');
  await goToPage(page, 0, index);
  const shape = figureDrawing(page, id).locator('.muscle').first();
  const look = () => shape.evaluate((element) => ({ stroke: getComputedStyle(element).stroke, width: parseFloat(getComputedStyle(element).strokeWidth) }));
  const standard = await look();
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'high-contrast'));
  const highContrast = await look();
  expect(highContrast.stroke).toBe('rgb(0, 0, 0)');
  expect(standard.stroke).not.toBe(highContrast.stroke);
  expect(highContrast.width).toBeGreaterThan(standard.width);
  await expect(page.locator(`${SHOWN_PAGE} kx-diagram-figure .canvas`)).toHaveCSS('background-color', 'rgb(255, 255, 255)');
});

test.describe('the full-screen viewer', () => {
  const first = diagramPages[0]!;

  async function openViewer(page: Page): Promise<void> {
    await startIn(page, 'en');
    await goToPage(page, 0, first.index);
    await figureDrawing(page, first.id).tap();
    await expect(viewer(page)).toBeVisible();
    await expect(viewer(page).getByRole('img', { name: topicText('en', `diagrams.${first.id}.name`) })).toBeVisible();
  }
  const stage = (page: Page) => viewer(page).locator('.stage');
  const zoom = async (page: Page) => Number(await stage(page).getAttribute('data-zoom'));
  const viewBox = (page: Page) => viewer(page).locator('svg.diagram').getAttribute('viewBox');
  const pageScale = (page: Page) => page.evaluate(() => window.visualViewport?.scale ?? 1);

  test('a tap on the diagram opens it over the whole screen, with a large close button', async ({ page }) => {
    await openViewer(page);
    expect(await viewer(page).boundingBox()).toEqual({ x: 0, y: 0, width: 1920, height: 1080 });
    const close = viewer(page).getByRole('button', { name: uiText('en', 'diagram.close') });
    const closeBox = (await close.boundingBox())!;
    expect(closeBox.height).toBeGreaterThanOrEqual(96);
    expect(closeBox.width).toBeGreaterThanOrEqual(96);
    await close.click();
    await expect(viewer(page)).toBeHidden();
    await expect(figureDrawing(page, first.id)).toBeVisible();
  });

  test('a double tap zooms in on that spot and a second one shows the whole diagram; the page itself never zooms', async ({ page }) => {
    await openViewer(page);
    const box = (await stage(page).boundingBox())!;
    const spot = { x: box.x + box.width * 0.3, y: box.y + box.height * 0.4 };
    await page.touchscreen.tap(spot.x, spot.y);
    await page.touchscreen.tap(spot.x, spot.y);
    await expect.poll(() => zoom(page)).toBe(2.5);
    expect(await viewBox(page)).not.toBe('0 0 960 600');
    expect(await pageScale(page)).toBe(1);
    await page.waitForTimeout(500); // longer than a double tap, so the next two taps are a new one
    await page.touchscreen.tap(spot.x, spot.y);
    await page.touchscreen.tap(spot.x, spot.y);
    await expect.poll(() => zoom(page)).toBe(1);
  });

  test('two fingers spreading apart zoom in, and one finger drags the zoomed diagram around', async ({ page }) => {
    await openViewer(page);
    const box = (await stage(page).boundingBox())!;
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const cdp = await page.context().newCDPSession(page);
    const fingers = (spread: number) => [
      { x: centre.x - spread, y: centre.y, id: 1 },
      { x: centre.x + spread, y: centre.y, id: 2 },
    ];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(50) });
    for (let spread = 60; spread <= 150; spread += 10) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(spread) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => zoom(page)).toBeCloseTo(3, 1);
    expect(await pageScale(page)).toBe(1);

    const before = await viewBox(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: centre.x, y: centre.y }] });
    for (let step = 1; step <= 6; step += 1) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: centre.x + step * 20, y: centre.y + step * 10 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
    const [x0, y0] = before!.split(' ').map(Number);
    const [x1, y1] = (await viewBox(page))!.split(' ').map(Number);
    // The drawing followed the finger right and down, so the view moved left and up.
    expect(x1!).toBeLessThan(x0!);
    expect(y1!).toBeLessThan(y0!);
    await expect(viewer(page)).toBeVisible();
  });

  test('zoom stops at its limits: the buttons reach 4× and back to the whole diagram, never beyond', async ({ page }) => {
    await openViewer(page);
    const zoomIn = viewer(page).getByRole('button', { name: uiText('en', 'diagram.zoomIn') });
    const zoomOut = viewer(page).getByRole('button', { name: uiText('en', 'diagram.zoomOut') });
    await expect(zoomOut).toBeDisabled();
    for (let press = 0; press < 4; press += 1) await zoomIn.click();
    await expect.poll(() => zoom(page)).toBe(4);
    await expect(zoomIn).toBeDisabled();
    const [, , width, height] = (await viewBox(page))!.split(' ').map(Number);
    expect(width).toBeCloseTo(960 / 4, 5);
    expect(height).toBeCloseTo(600 / 4, 5);
    await viewer(page).getByRole('button', { name: uiText('en', 'diagram.zoomFit') }).click();
    await expect.poll(() => zoom(page)).toBe(1);
    expect(await viewBox(page)).toBe('0 0 960 600');
  });

  test('Escape closes it', async ({ page }) => {
    await openViewer(page);
    await page.keyboard.press('Escape');
    await expect(viewer(page)).toBeHidden();
  });

  test('an idle reset closes it, and the next patient never sees it', async ({ page }) => {
    await page.clock.install();
    await openViewer(page);
    await page.clock.runFor(90_000 + 20_000 + 2_000);
    await expect(page.locator('kx-attract-screen')).toBeVisible();
    await expect(viewer(page)).toBeHidden();
    await page.locator('kx-attract-screen').click();
    await page.getByRole('main').getByRole('button').first().click();
    await goToPage(page, 0, first.index);
    await expect(viewer(page)).toBeHidden();
  });
});

for (const screen of [
  { name: '3840x2160 at 100%', viewport: { width: 3840, height: 2160 }, deviceScaleFactor: 1 },
  { name: '1920x1080 at 200% (a 4K panel)', viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 2 },
]) {
  test.describe(`on a ${screen.name} screen`, () => {
    test.use({ viewport: screen.viewport, deviceScaleFactor: screen.deviceScaleFactor });
    test('diagrams are vector drawings with real text that fit their boxes', async ({ page }) => {
      // Twenty page turns on a 4K screen, drawn without a GPU: ~30 s on a two-core CI machine.
      test.slow();
      await startIn(page, 'en');
      await forEachDiagramPage(page, async (id) => {
        const drawing = figureDrawing(page, id);
        await expect(drawing).toBeVisible();
        // No bitmap anywhere in the drawing: it is redrawn sharp at every pixel density.
        expect(await drawing.locator('image, canvas, img').count()).toBe(0);
        const size = (await drawing.boundingBox())!;
        expect(size.width, `${id} uses its column`).toBeGreaterThan(screen.viewport.width * 0.35);
        const overflowing = (await measureLabels(drawing)).filter((label) => label.overflow > 1);
        expect(overflowing, id).toEqual([]);
      });
    });
  });
}

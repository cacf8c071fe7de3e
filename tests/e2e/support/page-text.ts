import type { CDPSession, Page } from '@playwright/test';

export interface PageText {
  /** Each non-blank text node and accessible-name attribute, trimmed, in document order. */
  pieces: string[];
  /** All text joined as the reader meets it, whitespace collapsed, for finding whole sentences. */
  joined: string;
}

/**
 * Collects the text a patient (or a screen reader) can meet on the page, across shadow roots,
 * including the names of controls given only by aria-label.
 */
export async function pageText(page: Page): Promise<PageText> {
  return page.evaluate(() => {
    const pieces: string[] = [];
    let joined = '';
    const walk = (node: Node): void => {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node.textContent ?? '';
        joined += text;
        if (text.trim()) pieces.push(text.trim());
        return;
      }
      if (node instanceof Element) {
        for (const name of ['aria-label', 'aria-roledescription', 'alt', 'title']) {
          const value = node.getAttribute(name);
          if (value?.trim()) pieces.push(value.trim());
        }
        if (node.shadowRoot) walk(node.shadowRoot);
        joined += ' ';
      }
      node.childNodes.forEach(walk);
    };
    walk(document.body);
    return { pieces, joined: joined.replace(/\s+/g, ' ') };
  });
}

export interface GlyphFont {
  /** The font's own family name, e.g. "Noto Sans Arabic" (weights may add "Thin", "Bold"). */
  familyName: string;
  /** True for a font the app bundles (an @font-face), false for a system font. */
  isCustomFont: boolean;
  glyphCount: number;
  /** A few of the texts it drew, to make a failure easy to trace. */
  samples: string[];
}

/**
 * Which fonts actually drew the page's visible text, from Chromium's own layout (DevTools
 * protocol), summed over every text node, shadow roots included.
 */
export async function fontsDrawingText(cdp: CDPSession): Promise<GlyphFont[]> {
  // The page may still replace a text node while its fonts are read one node at a time (a page
  // made ahead in idle time, a label updating): then the whole screen is read again.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await readFontsDrawingText(cdp);
    } catch (error) {
      if (attempt >= 3 || !/Could not find node with given id/.test(String(error))) throw error;
    }
  }
}

async function readFontsDrawingText(cdp: CDPSession): Promise<GlyphFont[]> {
  interface DomNode {
    nodeId: number;
    nodeType: number;
    nodeValue?: string;
    children?: DomNode[];
    shadowRoots?: DomNode[];
  }
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const textNodes: DomNode[] = [];
  const collect = (node: DomNode): void => {
    if (node.nodeType === 3 && node.nodeValue?.trim()) textNodes.push(node);
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) collect(child);
  };
  collect(root);
  const totals = new Map<string, GlyphFont>();
  for (const { nodeId, nodeValue } of textNodes) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    for (const font of fonts) {
      const key = `${font.familyName}|${font.isCustomFont}`;
      const total = totals.get(key) ?? { familyName: font.familyName, isCustomFont: font.isCustomFont, glyphCount: 0, samples: [] };
      total.glyphCount += font.glyphCount;
      if (total.samples.length < 3) total.samples.push(nodeValue!.trim().slice(0, 60));
      totals.set(key, total);
    }
  }
  return [...totals.values()].sort((a, b) => b.glyphCount - a.glyphCount);
}

/**
 * The characters of `text` that no loaded, bundled face of `families` can draw: a face counts for
 * a character when its `unicode-range` holds it and its file has been loaded.
 *
 * Why not `document.fonts.check()`: it answers false while ANY face whose range holds a character
 * is unloaded, even when another face the browser chose draws it. Fontsource's latin-ext and
 * vietnamese Noto Sans subsets both claim "ơ" (U+01A1); Chromium draws it with the vietnamese face
 * (declared last) and never needs the latin-ext file, so `check()` stays false for text that is
 * drawn correctly. This asks what patients depend on: a bundled face is loaded for every character.
 */
export async function charactersWithoutLoadedFace(page: Page, families: string[], text: string): Promise<string[]> {
  return page.evaluate(
    ({ families, characters }) => {
      const ranges = (unicodeRange: string): Array<[number, number]> =>
        unicodeRange.split(',').map((part) => {
          const [start, end] = part.trim().replace(/^U\+/i, '').split('-');
          if (start!.includes('?')) return [parseInt(start!.replace(/\?/g, '0'), 16), parseInt(start!.replace(/\?/g, 'F'), 16)];
          return [parseInt(start!, 16), parseInt(end ?? start!, 16)];
        });
      const loadedFaces = [...document.fonts]
        .filter((face) => face.status === 'loaded' && families.includes(face.family.replace(/["']/g, '')))
        .map((face) => ranges(face.unicodeRange));
      return characters.filter((character) => {
        const codePoint = character.codePointAt(0)!;
        return !loadedFaces.some((faceRanges) => faceRanges.some(([start, end]) => codePoint >= start && codePoint <= end));
      });
    },
    { families, characters: [...new Set(text.replace(/\s/g, ''))] },
  );
}

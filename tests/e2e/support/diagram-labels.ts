import type { Locator } from '@playwright/test';

export interface LabelFit {
  label: string;
  text: string;
  /** How far (CSS px) the words reach outside their box on any side; 0 when they fit. */
  overflow: number;
  /** The label box and its words, in CSS px of the page, for the failure message. */
  box: { x: number; y: number; width: number; height: number };
  words: { x: number; y: number; width: number; height: number };
  direction: string;
}

/**
 * Measures each label of a drawn diagram against the label box the author drew: across, the
 * rectangle the words actually cover (a DOM Range over the text, so one word too long for the box
 * counts); down, the lines the words were laid out in (the font's full ascent and descent reach
 * past the lines, so measuring glyph boxes would fail two-line labels whose lines fit).
 */
export async function measureLabels(diagram: Locator): Promise<LabelFit[]> {
  return diagram.evaluate((svg) =>
    [...svg.querySelectorAll('foreignObject.label')].map((labelBox) => {
      const text = labelBox.querySelector('.label-text');
      const range = document.createRange();
      if (text) range.selectNodeContents(text);
      const box = labelBox.getBoundingClientRect();
      const glyphs = range.getBoundingClientRect();
      const lines = text?.getBoundingClientRect() ?? glyphs;
      const words = new DOMRect(glyphs.x, lines.y, glyphs.width, lines.height);
      const overflow = Math.max(0, box.left - words.left, box.top - words.top, words.right - box.right, words.bottom - box.bottom);
      const rect = (r: DOMRect) => ({ x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) });
      return {
        label: labelBox.getAttribute('data-label') ?? '',
        text: text?.textContent ?? '',
        overflow,
        box: rect(box),
        words: rect(words),
        direction: text ? getComputedStyle(text).direction : '',
      };
    }),
  );
}

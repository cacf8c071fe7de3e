import { execFileSync } from 'node:child_process';

/** A PDF's text, as poppler's pdftotext reads it. */
export const pdfText = (file: string): string => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

/** A PDF's page count (pdfinfo). */
export const pdfPages = (file: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

/**
 * Text reduced to its base letters, to compare a PDF's words with the source text: pdftotext puts
 * spaces between Arabic glyph runs, may add direction marks, and may put a vowel mark before its letter.
 */
export const lettersOnly = (text: string): string => text.normalize('NFKD').replace(/[\s\p{M}\u200e\u200f\u202a-\u202e]/gu, '');

/** A word of a PDF and its box on its page, in points from the page's top left (pdftotext -bbox). */
export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  page: { width: number; height: number };
}

export function pdfWords(file: string): PdfWord[] {
  const layout = execFileSync('pdftotext', ['-enc', 'UTF-8', '-bbox', file, '-'], { encoding: 'utf8' });
  const words: PdfWord[] = [];
  let page = { width: 0, height: 0 };
  for (const line of layout.split('\n')) {
    const pageMatch = /<page width="([\d.]+)" height="([\d.]+)"/.exec(line);
    if (pageMatch) page = { width: Number(pageMatch[1]), height: Number(pageMatch[2]) };
    const word = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</.exec(line);
    if (!word) continue;
    const [xMin, yMin, xMax, yMax] = word.slice(1, 5).map(Number) as [number, number, number, number];
    words.push({ text: word[5]!, xMin, yMin, xMax, yMax, page });
  }
  return words;
}

/** How many pictures (raster images) a PDF holds (pdfimages -list). */
export const pdfImageCount = (file: string): number =>
  execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => /\bimage\b/.test(line)).length;

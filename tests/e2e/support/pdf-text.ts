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

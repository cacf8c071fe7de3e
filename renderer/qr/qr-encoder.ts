/**
 * The QR encoder, built as a script of its own (qr-encoder.js, see scripts/build.ts) and loaded
 * only when a patient asks for a code (load-qr-encoder.ts): the home screen's script stays small.
 * uqr draws the code offline, with no canvas.
 */
import { encode } from 'uqr';

/** Dark modules of the code as rows of booleans, without the quiet zone (the drawing adds it). */
export type QrModules = boolean[][];

/**
 * Error correction M (15%): a code on a screen is not smudged or torn like one on paper, and M
 * keeps a 100-character address at 37x37 modules, large enough to scan from arm's length.
 */
export function encodeQr(text: string): QrModules {
  return encode(text, { ecc: 'M', border: 0 }).data;
}

import type { Locator } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/**
 * The text of the QR code a patient sees: a screenshot of the element, as a phone camera would
 * see it, read by an independent decoder (jsQR). Null when nothing can be read from it.
 */
export async function readQrCode(code: Locator): Promise<string | null> {
  await code.waitFor();
  const image = PNG.sync.read(await code.screenshot());
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

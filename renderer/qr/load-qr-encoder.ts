import type * as QrEncoderModule from './qr-encoder';

/**
 * Loads qr-encoder.js beside the app's own script, once. The address is built at run time so the
 * bundler leaves the import alone and the encoder stays out of the home screen's script. A failed
 * load is tried again the next time.
 */
let pending: Promise<typeof QrEncoderModule.encodeQr> | null = null;

export function loadQrEncoder(): Promise<typeof QrEncoderModule.encodeQr> {
  pending ??= (import(new URL('qr-encoder.js', document.baseURI).href) as Promise<typeof QrEncoderModule>).then(
    (module) => module.encodeQr,
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}

/**
 * MP3 encoding for the read-aloud files: LAME compiled to WebAssembly (wasm-media-encoders, from
 * the npm registry), so it runs the same on Linux, Windows and macOS with nothing to download.
 * 24 kbit/s mono at 22 kHz is plenty for speech (3 kB per second) and every Chromium plays it.
 */
import { createMp3Encoder } from 'wasm-media-encoders';

export const MP3_BITRATE_KBPS = 24;

export async function encodeMp3(samples: Int16Array, sampleRate: number): Promise<Uint8Array> {
  const encoder = await createMp3Encoder();
  encoder.configure({ sampleRate, channels: 1, bitrate: MP3_BITRATE_KBPS });
  const floats = new Float32Array(samples.length);
  for (let index = 0; index < samples.length; index += 1) floats[index] = (samples[index] ?? 0) / 32768;
  // The encoder returns views into its own memory, reused by the next call: copy each.
  const parts = [encoder.encode([floats]).slice(), encoder.finalize().slice()];
  const out = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

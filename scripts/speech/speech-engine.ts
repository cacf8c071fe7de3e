/**
 * The computer voice, used only while building (the app ships its audio files, never the
 * engine): eSpeak NG compiled to WebAssembly/JavaScript from the npm registry, with the data of
 * every language inside the package, so the build needs no download on any author's machine.
 * (Debian's espeak-ng 1.51 reads Chinese characters wrongly: it is not used.)
 */
import createESpeak, { type ESpeakWorker } from '@echogarden/espeak-ng-emscripten';

export interface SynthesizedSpeech {
  samples: Int16Array;
  sampleRate: number;
  /** Where each sentence starts and ends in the audio, in milliseconds. */
  spans: { startMs: number; endMs: number }[];
}

/** Silence between sentences and, longer, between texts (a title and its paragraph). */
export const SENTENCE_PAUSE_MS = 300;
export const TEXT_PAUSE_MS = 550;

/** Below this loudness (root mean square of 16-bit samples) a sentence is taken for silence. */
export const MIN_SPEECH_RMS = 200;

let worker: Promise<ESpeakWorker> | null = null;

function engine(): Promise<ESpeakWorker> {
  worker ??= createESpeak().then((module) => new module.eSpeakNGWorker());
  return worker;
}

/**
 * Speaks the sentences one by one (one synthesis per sentence gives exact sentence timings),
 * joined by short silences. `newText[i]` says whether sentence i starts a new text on the page.
 * Throws when eSpeak does not know the voice: it would otherwise keep speaking in the last one.
 */
export async function synthesizeSentences(voice: string, sentences: string[], newText: boolean[], wordsPerMinute = 150): Promise<SynthesizedSpeech> {
  const speaker = await engine();
  if (speaker.set_voice(voice) !== 0) throw new Error(`eSpeak NG has no voice "${voice}"`);
  speaker.set_rate(wordsPerMinute);
  const sampleRate = speaker.samplerate;
  const chunks: Int16Array[] = [];
  const spans: SynthesizedSpeech['spans'] = [];
  let length = 0;
  const silence = (ms: number) => {
    const gap = new Int16Array(Math.round((ms / 1000) * sampleRate));
    chunks.push(gap);
    length += gap.length;
  };
  sentences.forEach((sentence, index) => {
    if (index > 0) silence(newText[index] ? TEXT_PAUSE_MS : SENTENCE_PAUSE_MS);
    const start = length;
    let sumOfSquares = 0;
    speaker.synthesize(sentence, (samples) => {
      // The engine reuses its buffer: keep a copy.
      chunks.push(samples.slice());
      length += samples.length;
      for (const sample of samples) sumOfSquares += sample * sample;
      return 0;
    });
    // A voice that cannot read the text (the wrong script, only punctuation) gives silence: a
    // patient would tap Listen and hear nothing. Speech is at a few thousand RMS; silence is ~0.
    const rms = Math.sqrt(sumOfSquares / Math.max(1, length - start));
    if (rms < MIN_SPEECH_RMS) throw new Error(`eSpeak NG (voice "${voice}") read ${JSON.stringify(sentence)} as silence`);
    spans.push({ startMs: Math.round((start / sampleRate) * 1000), endMs: Math.round((length / sampleRate) * 1000) });
  });
  silence(200); // a short tail, so the last word is not clipped by a player's fade
  const samples = new Int16Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    samples.set(chunk, offset);
    offset += chunk.length;
  }
  return { samples, sampleRate, spans };
}

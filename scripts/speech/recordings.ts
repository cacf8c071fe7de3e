/**
 * A person's recordings, which replace the computer voice page by page:
 *
 *   content/<topic>/recordings/<lng>/<page>.mp3    the recording (page: contents, a screen id, sources)
 *   content/<topic>/recordings/<lng>/<page>.json   { "textHash": "…", "sentences": [{ "startMs": 0, "endMs": 2100 }, …] }
 *
 * `textHash` is the hash of the page's text as shown when it was recorded (the content check
 * prints the current one for every page). When the text changes, the recording is stale: it
 * would read old words, so the computer voice reads the page until it is recorded again.
 * `sentences` (optional) gives each sentence's place in the recording, for the highlight.
 *
 * Also reads the speech file (content/<topic>/speech/<lng>.json: pronunciations and speech-only
 * variants), whose shape speechFileSchema checks.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { SpeechFile, SpokenSentence } from './speech-script';

export const RECORDINGS_FOLDER = 'recordings';
export const SPEECH_FOLDER = 'speech';

export const speechFileSchema = z.strictObject({
  /** Word as written → how the voice should say it, e.g. "ALS": "A L S". */
  pronounce: z.record(z.string().min(1), z.string().min(1, 'must say how to pronounce it')).optional(),
  /** Text key (as in the language file, or ui:<key> for an interface text) → the text as it should be spoken. */
  sentences: z.record(z.string().min(1), z.string().min(1, 'must not be empty')).optional(),
});

export const recordingMetaSchema = z.strictObject({
  textHash: z.string().regex(/^[0-9a-f]{16}$/, 'must be the 16-character hash the content check prints for this page'),
  sentences: z.array(z.strictObject({ startMs: z.number().nonnegative(), endMs: z.number().nonnegative() })).optional(),
});

export interface RecordingState {
  state: 'none' | 'current' | 'stale';
  /** The page's text hash now: what a new recording's .json must give. */
  textHash: string;
  audioFile: string;
  metaFile: string;
  spans?: { startMs: number; endMs: number }[] | undefined;
}

/** Hash of the page's text as shown, sentence by sentence: what a recording reads. */
export function textHash(sentences: Pick<SpokenSentence, 'shown'>[]): string {
  return createHash('sha256').update(sentences.map((sentence) => sentence.shown).join('\n')).digest('hex').slice(0, 16);
}

/** The speech file of a topic's language, or an empty one. The content check has checked its shape. */
export function readSpeechFile(topicFolder: string, language: string): SpeechFile {
  return readSpeechFileAt(path.join(topicFolder, SPEECH_FOLDER, `${language}.json`));
}

/**
 * A language's speech file for interface texts (locales/<lng>/speech.json: `ui:` keys, such as
 * the home screen's heading), or an empty one.
 */
export function readLocaleSpeechFile(localesDir: string, language: string): SpeechFile {
  return readSpeechFileAt(path.join(localesDir, language, 'speech.json'));
}

function readSpeechFileAt(file: string): SpeechFile {
  if (!existsSync(file)) return {};
  const parsed = speechFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  return parsed.success ? parsed.data : {};
}

/** The language's file for interface texts, then the topic's own, which wins where both say something. */
export function mergeSpeechFiles(language: SpeechFile, topic: SpeechFile): SpeechFile {
  return { pronounce: { ...language.pronounce, ...topic.pronounce }, sentences: { ...language.sentences, ...topic.sentences } };
}

/** Whether a page has a recording in this language, and whether it still reads the current text. */
export function recordingFor(topicFolder: string, language: string, pageId: string, sentences: SpokenSentence[]): RecordingState {
  const base = path.join(topicFolder, RECORDINGS_FOLDER, language, pageId);
  const current = textHash(sentences);
  const state: RecordingState = { state: 'none', textHash: current, audioFile: `${base}.mp3`, metaFile: `${base}.json` };
  if (!existsSync(state.audioFile)) return state;
  let meta: z.infer<typeof recordingMetaSchema> | null = null;
  try {
    const parsed = recordingMetaSchema.safeParse(JSON.parse(readFileSync(state.metaFile, 'utf8')));
    meta = parsed.success ? parsed.data : null;
  } catch {
    meta = null;
  }
  // Without a readable hash nobody can tell which text was read: treat it as stale.
  if (meta === null || meta.textHash !== current) return { ...state, state: 'stale' };
  return { ...state, state: 'current', spans: meta.sentences };
}

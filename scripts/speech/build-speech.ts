/**
 * Read-aloud audio, made while building (scripts/build.ts): for every topic page and language,
 * an MP3 file and a timing file (where each sentence starts and ends, and which text on the page
 * it belongs to, for the highlight), written into the renderer's audio/ folder:
 *
 *   audio/<topic>/<lng>/<page>.mp3 and .json     a topic's contents page, screens and sources page
 *   audio/home/<lng>.mp3 and .json               the home screen's heading: what the kiosk is
 *   audio/index.json                             which pages have audio, and whose voice it is
 *
 * A person's recording (content/<topic>/recordings/<lng>/<page>.mp3, with a .json naming the hash
 * of the text it reads) replaces the computer voice for its page while the text is unchanged;
 * once the text changes the recording is stale, and the computer voice reads the page again.
 * Synthesized audio is cached by everything that shapes it, so an unchanged text is never
 * synthesized twice.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CompiledLanguageRegistry, CompiledTopic } from '../content/schema';
import { encodeMp3, MP3_BITRATE_KBPS } from './mp3';
import { mergeSpeechFiles, readLocaleSpeechFile, readSpeechFile, recordingFor, type RecordingState } from './recordings';
import { homeSpeechPage, spokenSentences, topicSpeechPages, type SpeechPage, type SpokenSentence } from './speech-script';
import { SENTENCE_PAUSE_MS, synthesizeSentences, TEXT_PAUSE_MS } from './speech-engine';

/** Whose voice reads a page. */
export type VoiceKind = 'computer' | 'recorded';

/** audio/index.json: for each language, which pages have audio and whose voice it is. */
export interface SpeechManifest {
  home: Record<string, VoiceKind>;
  topics: Record<string, Record<string, Record<string, VoiceKind>>>;
}

/** A page's timing file. `sentences` is empty for a recording without timings (no highlight). */
export interface SpeechTiming {
  kind: VoiceKind;
  sentences: { key: string; shown: string; startMs: number; endMs: number }[];
}

export interface SpeechBuildInput {
  registry: CompiledLanguageRegistry;
  topics: CompiledTopic[];
  contentDir: string;
  localesDir: string;
  /** The renderer's output folder; audio/ is made inside it. */
  outDir: string;
  /** Where synthesized audio is kept between builds. */
  cacheDir: string;
}

export interface SpeechBuildReport {
  manifest: SpeechManifest;
  /** Pages synthesized now (not found in the cache). */
  synthesized: number;
  fromCache: number;
  recorded: number;
  /** Recordings whose text changed since they were made; the computer voice reads those pages. */
  stale: RecordingState[];
  /** Bytes of audio written, per language. */
  bytesPerLanguage: Record<string, number>;
}

const ENGINE_VERSION = readEngineVersion();
const WORDS_PER_MINUTE = 150;

export async function buildSpeech(input: SpeechBuildInput): Promise<SpeechBuildReport> {
  const report: SpeechBuildReport = { manifest: { home: {}, topics: {} }, synthesized: 0, fromCache: 0, recorded: 0, stale: [], bytesPerLanguage: {} };
  const audioDir = path.join(input.outDir, 'audio');
  await mkdir(input.cacheDir, { recursive: true });
  const ui = (language: string) => JSON.parse(readFileSync(path.join(input.localesDir, language, 'ui.json'), 'utf8'));
  const addBytes = (language: string, bytes: number) => (report.bytesPerLanguage[language] = (report.bytesPerLanguage[language] ?? 0) + bytes);

  for (const language of input.registry.languages) {
    const voice = language.speechVoice;
    if (voice === undefined) continue;
    const home = homeSpeechPage(ui(language.code));
    const homeSpeech = readLocaleSpeechFile(input.localesDir, language.code);
    const written = await writeComputerVoice(input, home, spokenSentences(home, language.code, homeSpeech).sentences, voice, path.join(audioDir, 'home', language.code), report);
    addBytes(language.code, written);
    report.manifest.home[language.code] = 'computer';
  }

  for (const topic of input.topics) {
    const topicManifest: Record<string, Record<string, VoiceKind>> = {};
    const folder = path.join(input.contentDir, topic.id);
    for (const code of topic.languages) {
      const language = input.registry.languages.find((entry) => entry.code === code);
      if (!language) continue;
      const texts = JSON.parse(readFileSync(path.join(folder, `${code}.json`), 'utf8'));
      const speechFile = mergeSpeechFiles(readLocaleSpeechFile(input.localesDir, code), readSpeechFile(folder, code));
      const pages = topicSpeechPages(topic, code, code === input.registry.sourceLanguage, texts, ui(code));
      const pageKinds: Record<string, VoiceKind> = {};
      for (const page of pages) {
        const { sentences } = spokenSentences(page, code, speechFile);
        const target = path.join(audioDir, topic.id, code, page.id);
        const recording = recordingFor(folder, code, page.id, sentences);
        if (recording.state === 'stale') report.stale.push(recording);
        if (recording.state === 'current') {
          addBytes(code, await writeRecording(recording, sentences, target));
          pageKinds[page.id] = 'recorded';
          report.recorded += 1;
        } else if (language.speechVoice !== undefined) {
          addBytes(code, await writeComputerVoice(input, page, sentences, language.speechVoice, target, report));
          pageKinds[page.id] = 'computer';
        }
      }
      if (Object.keys(pageKinds).length > 0) topicManifest[code] = pageKinds;
    }
    report.manifest.topics[topic.id] = topicManifest;
  }
  await mkdir(audioDir, { recursive: true });
  await writeFile(path.join(audioDir, 'index.json'), JSON.stringify(report.manifest));
  return report;
}

/** Synthesizes (or takes from the cache) one page in the computer voice; returns the bytes written. */
async function writeComputerVoice(input: SpeechBuildInput, page: SpeechPage, sentences: SpokenSentence[], voice: string, target: string, report: SpeechBuildReport): Promise<number> {
  const newText = sentences.map((sentence, index) => index === 0 || sentences[index - 1]?.key !== sentence.key);
  const cacheKey = createHash('sha256')
    .update(JSON.stringify({ engine: ENGINE_VERSION, voice, wordsPerMinute: WORDS_PER_MINUTE, bitrate: MP3_BITRATE_KBPS, pauses: [SENTENCE_PAUSE_MS, TEXT_PAUSE_MS], spoken: sentences.map((sentence) => sentence.spoken), newText }))
    .digest('hex');
  const cachedAudio = path.join(input.cacheDir, `${cacheKey}.mp3`);
  const cachedSpans = path.join(input.cacheDir, `${cacheKey}.json`);
  let spans: { startMs: number; endMs: number }[];
  if (existsSync(cachedAudio) && existsSync(cachedSpans)) {
    spans = JSON.parse(await readFile(cachedSpans, 'utf8'));
    report.fromCache += 1;
  } else {
    const speech = await synthesizeSentences(voice, sentences.map((sentence) => sentence.spoken), newText, WORDS_PER_MINUTE);
    const mp3 = await encodeMp3(speech.samples, speech.sampleRate);
    spans = speech.spans;
    // Each file is written whole, then renamed into place; audio first, spans last: a build stopped
    // in between, or another build (the tests start several) reading the cache, never sees half an entry.
    await writeWhole(cachedAudio, mp3);
    await writeWhole(cachedSpans, JSON.stringify(spans));
    report.synthesized += 1;
  }
  const timing: SpeechTiming = {
    kind: 'computer',
    sentences: sentences.map((sentence, index) => ({ key: sentence.key, shown: sentence.shown, startMs: spans[index]?.startMs ?? 0, endMs: spans[index]?.endMs ?? 0 })),
  };
  await mkdir(path.dirname(target), { recursive: true });
  await copyFile(cachedAudio, `${target}.mp3`);
  await writeFile(`${target}.json`, JSON.stringify(timing));
  return (await stat(cachedAudio)).size;
}

async function writeRecording(recording: RecordingState, sentences: SpokenSentence[], target: string): Promise<number> {
  const spans = recording.spans;
  const timing: SpeechTiming = {
    kind: 'recorded',
    // Timings that do not match the page's sentences one for one are not used: no highlight.
    sentences: spans !== undefined && spans.length === sentences.length ? sentences.map((sentence, index) => ({ key: sentence.key, shown: sentence.shown, ...spans[index]! })) : [],
  };
  await mkdir(path.dirname(target), { recursive: true });
  await copyFile(recording.audioFile, `${target}.mp3`);
  await writeFile(`${target}.json`, JSON.stringify(timing));
  return (await stat(recording.audioFile)).size;
}

async function writeWhole(file: string, data: string | Uint8Array): Promise<void> {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, file);
}

function readEngineVersion(): string {
  const file = path.join(path.dirname(new URL(import.meta.resolve('@echogarden/espeak-ng-emscripten')).pathname), 'package.json');
  return `espeak-ng-emscripten@${JSON.parse(readFileSync(file, 'utf8')).version}`;
}


import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import type { CompiledLanguageRegistry, CompiledTopic } from '../../../../scripts/content/schema';
import { buildSpeech, type SpeechTiming } from '../../../../scripts/speech/build-speech';
import { recordingFor, textHash } from '../../../../scripts/speech/recordings';
import { spokenSentences, topicSpeechPages } from '../../../../scripts/speech/speech-script';

/**
 * A tiny project (two screens in English and Spanish) built for real: eSpeak NG and the MP3
 * encoder run, so these tests also prove the engine and the encoder work on this machine.
 */
const work = mkdtempSync(path.join(os.tmpdir(), 'kiosk-speech-'));
after(() => rmSync(work, { recursive: true, force: true }));
const contentDir = path.join(work, 'content');
const localesDir = path.join(work, 'locales');
const cacheDir = path.join(work, 'cache');
const topicFolder = path.join(contentDir, 'sample');
const write = (file: string, value: unknown) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
};

const ui = { home: { title: 'Learn about your health', lead: 'Tap a topic to start.' }, sources: { title: 'Sources and review', sourcesHeading: 'Where this comes from', reviewHeading: 'Checked?', notReviewed: 'Not yet reviewed.', lastEdited: 'Changed on {{date}}.', translationHeading: 'About this translation', translationDraft: 'This is a draft.' } };
write(path.join(localesDir, 'en', 'ui.json'), ui);
write(path.join(localesDir, 'es', 'ui.json'), { ...ui, home: { title: 'Aprenda sobre su salud', lead: 'Toque un tema para empezar.' } });
write(path.join(topicFolder, 'en.json'), { title: 'Sample', sources: { article: 'An article.' }, screens: { intro: { title: 'Intro', body: 'A widget is small. It is round.' }, more: { title: 'More', body: 'The FES helps.' } } });
write(path.join(topicFolder, 'es.json'), { title: 'Ejemplo', sources: { article: 'Un artículo.' }, screens: { intro: { title: 'Introducción', body: 'Un aparato es pequeño. Es redondo.' }, more: { title: 'Más', body: 'La FES ayuda.' } } });
write(path.join(topicFolder, 'speech', 'en.json'), { pronounce: { FES: 'F E S' } });

const registry: CompiledLanguageRegistry = {
  sourceLanguage: 'en',
  languages: [
    { code: 'en', nativeName: 'English', englishName: 'English', dir: 'ltr', font: 'sans-serif', speechVoice: 'en-us' },
    { code: 'es', nativeName: 'Español', englishName: 'Spanish', dir: 'ltr', font: 'sans-serif', speechVoice: 'es' },
  ],
};
const topic = {
  id: 'sample',
  order: 1,
  icon: 'icon.svg',
  iconUrl: 'content/sample/icon.svg',
  lastEdited: '2026-11-30',
  review: { status: 'not-reviewed' },
  translationReviews: {},
  sources: [{ id: 'article' }],
  glossary: [],
  languages: ['en', 'es'],
  screens: [
    { id: 'intro', kind: 'intro' },
    { id: 'more', kind: 'intro' },
  ],
} as CompiledTopic;
const build = (outDir: string) => buildSpeech({ registry, topics: [topic], contentDir, localesDir, outDir, cacheDir });
const timing = (outDir: string, file: string): SpeechTiming => JSON.parse(readFileSync(path.join(outDir, 'audio', file), 'utf8'));

describe('building read-aloud audio', () => {
  const first = path.join(work, 'out-1');
  const second = path.join(work, 'out-2');

  test('every page of every language gets an MP3 and a timing file, listed in audio/index.json', async () => {
    const report = await build(first);
    // intro, more and the sources page in two languages, plus each language's home page.
    assert.equal(report.synthesized, 8);
    assert.equal(report.fromCache, 0);
    assert.deepStrictEqual(report.manifest.topics.sample, { en: { intro: 'computer', more: 'computer', sources: 'computer' }, es: { intro: 'computer', more: 'computer', sources: 'computer' } });
    assert.deepStrictEqual(report.manifest.home, { en: 'computer', es: 'computer' });
    const mp3 = readFileSync(path.join(first, 'audio', 'sample', 'es', 'intro.mp3'));
    assert.ok(mp3.length > 2000, 'real audio, not an empty file');
    assert.ok(mp3[0] === 0xff || mp3.subarray(0, 3).toString() === 'ID3', 'an MP3 stream');
    assert.deepStrictEqual(JSON.parse(readFileSync(path.join(first, 'audio', 'index.json'), 'utf8')), report.manifest);
  });

  test('timings follow the sentences in order, each tied to the text it belongs to', () => {
    const intro = timing(first, 'sample/en/intro.json');
    assert.equal(intro.kind, 'computer');
    assert.deepStrictEqual(intro.sentences.map((sentence) => [sentence.key, sentence.shown]), [
      ['screens.intro.title', 'Intro'],
      ['screens.intro.body', 'A widget is small.'],
      ['screens.intro.body', 'It is round.'],
    ]);
    for (const [index, sentence] of intro.sentences.entries()) {
      assert.ok(sentence.endMs > sentence.startMs, `sentence ${index} has a length`);
      if (index > 0) assert.ok(sentence.startMs >= intro.sentences[index - 1]!.endMs, 'sentences do not overlap');
    }
  });

  test('a rebuild with the same text synthesizes nothing; a changed text only its own page', async () => {
    const again = await build(second);
    assert.equal(again.synthesized, 0);
    assert.equal(again.fromCache, 8);
    assert.deepStrictEqual(readFileSync(path.join(second, 'audio', 'sample', 'en', 'intro.mp3')), readFileSync(path.join(first, 'audio', 'sample', 'en', 'intro.mp3')));
    const texts = JSON.parse(readFileSync(path.join(topicFolder, 'en.json'), 'utf8'));
    texts.screens.more.body = 'The FES helps some people.';
    write(path.join(topicFolder, 'en.json'), texts);
    const changed = await build(path.join(work, 'out-3'));
    assert.equal(changed.synthesized, 1);
  });

  test('the pronunciation list changes what is spoken, so the audio is made again', async () => {
    write(path.join(topicFolder, 'speech', 'en.json'), { pronounce: { FES: 'functional electrical stimulation' } });
    const report = await build(path.join(work, 'out-4'));
    assert.equal(report.synthesized, 1, 'only the page with FES');
  });
});

describe("a language's speech file for interface texts", () => {
  test('locales/<lng>/speech.json shapes how the home screen is read, so it is made again', async () => {
    write(path.join(localesDir, 'en', 'speech.json'), { sentences: { 'ui:home.title': 'Learn about your own health' } });
    const report = await build(path.join(work, 'out-4b'));
    assert.equal(report.synthesized, 1, 'only the English home page');
    // What is shown, and highlighted, stays the screen's own text.
    assert.equal(timing(path.join(work, 'out-4b'), 'home/en.json').sentences[0]?.shown, 'Learn about your health');
  });
});

describe('recorded voices', () => {
  const spanish = () => {
    const texts = JSON.parse(readFileSync(path.join(topicFolder, 'es.json'), 'utf8'));
    const page = topicSpeechPages(topic, 'es', false, texts, ui).find((entry) => entry.id === 'intro')!;
    return spokenSentences(page, 'es').sentences;
  };
  const recordingDir = path.join(topicFolder, 'recordings', 'es');

  test('a recording of the current text replaces the computer voice for its page, with its timings', async () => {
    mkdirSync(recordingDir, { recursive: true });
    cpSync(path.join(work, 'out-1', 'audio', 'sample', 'es', 'more.mp3'), path.join(recordingDir, 'intro.mp3'));
    const spans = spanish().map((_, index) => ({ startMs: index * 1000, endMs: index * 1000 + 900 }));
    write(path.join(recordingDir, 'intro.json'), { textHash: textHash(spanish()), sentences: spans });
    const out = path.join(work, 'out-5');
    const report = await build(out);
    assert.equal(report.recorded, 1);
    assert.equal(report.manifest.topics.sample?.es?.intro, 'recorded');
    assert.deepStrictEqual(readFileSync(path.join(out, 'audio', 'sample', 'es', 'intro.mp3')), readFileSync(path.join(recordingDir, 'intro.mp3')));
    assert.deepStrictEqual(timing(out, 'sample/es/intro.json').sentences.map((sentence) => sentence.startMs), [0, 1000, 2000]);
  });

  test('once the text changes the recording is stale: reported, and the computer voice reads the page', async () => {
    const texts = JSON.parse(readFileSync(path.join(topicFolder, 'es.json'), 'utf8'));
    texts.screens.intro.body = 'Un aparato es pequeño. Es redondo y azul.';
    write(path.join(topicFolder, 'es.json'), texts);
    const state = recordingFor(topicFolder, 'es', 'intro', spanish());
    assert.equal(state.state, 'stale');
    assert.notEqual(state.textHash, JSON.parse(readFileSync(path.join(recordingDir, 'intro.json'), 'utf8')).textHash);
    const report = await build(path.join(work, 'out-6'));
    assert.equal(report.stale.length, 1);
    assert.equal(report.manifest.topics.sample?.es?.intro, 'computer');
  });

  test('a recording without its hash file is stale; one without timings plays with no highlight', async () => {
    rmSync(path.join(recordingDir, 'intro.json'));
    assert.equal(recordingFor(topicFolder, 'es', 'intro', spanish()).state, 'stale');
    write(path.join(recordingDir, 'intro.json'), { textHash: textHash(spanish()) });
    const out = path.join(work, 'out-7');
    await build(out);
    assert.deepStrictEqual(timing(out, 'sample/es/intro.json'), { kind: 'recorded', sentences: [] });
    assert.ok(!existsSync(path.join(out, 'audio', 'sample', 'es', 'nothing.mp3')));
  });
});

describe('the computer voice', () => {
  test('speaks at the loudness of speech, sentence by sentence', async () => {
    const { synthesizeSentences, MIN_SPEECH_RMS } = await import('../../../../scripts/speech/speech-engine');
    const speech = await synthesizeSentences('en-us', ['Muscles get smaller.', 'Ask your care team.'], [true, false]);
    assert.equal(speech.spans.length, 2);
    const rms = (from: number, to: number) => {
      let sum = 0;
      for (let index = from; index < to; index += 1) sum += (speech.samples[index] ?? 0) ** 2;
      return Math.sqrt(sum / (to - from));
    };
    for (const span of speech.spans) {
      const [from, to] = [span.startMs, span.endMs].map((ms) => Math.round((ms / 1000) * speech.sampleRate)) as [number, number];
      assert.ok(rms(from, to) > MIN_SPEECH_RMS * 5, `sentence at ${span.startMs} ms is loud enough`);
    }
  });

  test('a sentence the voice reads as silence stops the build, and an unknown voice is refused', async () => {
    const { synthesizeSentences } = await import('../../../../scripts/speech/speech-engine');
    await assert.rejects(synthesizeSentences('en-us', ['. . .'], [true]), /read "\. \. \." as silence/);
    await assert.rejects(synthesizeSentences('xx-nothing', ['Hello.'], [true]), /eSpeak NG has no voice "xx-nothing"/);
  });
});

/**
 * The content check's part for read-aloud: each topic's speech files (speech/<lng>.json) and
 * recordings (recordings/<lng>/<page>.mp3 and .json) are checked like every other author file,
 * with file, field and line; and `speechReport` says, per topic and language, which pages a
 * person recorded, which the computer voice reads, and which recordings are stale.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { CheckedTopic } from '../content/check-topics';
import type { ContentProblem } from '../content/problems';
import { displayPath, readAuthorJson } from '../content/read-author-file';
import type { LanguageRegistry } from '../content/schema';
import { checkWithSchema } from '../content/schema-problems';
import { LOCALE_SPEECH_FILE, type LocaleBundles } from '../content/check-locales';
import type { JsonFile } from '../content/json-file';
import { readSpeechFile, recordingFor, recordingMetaSchema, RECORDINGS_FOLDER, SPEECH_FOLDER, speechFileSchema } from './recordings';
import { homeSpeechPage, spokenSentences, topicSpeechPages, type SpeechFile, type SpeechPage } from './speech-script';

function pagesOf(checked: CheckedTopic, language: string, registry: LanguageRegistry, locales: LocaleBundles): SpeechPage[] {
  const texts = checked.texts.get(language);
  const ui = locales.get(language)?.get('ui');
  return topicSpeechPages(checked.topic, language, language === registry.sourceLanguage, texts, ui);
}

/** Checks the languages' and every topic's speech files, and the recordings; adds a problem for each thing wrong. */
export function checkSpeech(projectRoot: string, localesDir: string, topics: CheckedTopic[], registry: LanguageRegistry, locales: LocaleBundles, problems: ContentProblem[]): void {
  const codes = registry.languages.map((language) => language.code);
  for (const language of codes) {
    const file = path.join(localesDir, language, LOCALE_SPEECH_FILE);
    if (!existsSync(file)) continue;
    const json = readAuthorJson(projectRoot, file, problems);
    if (json === null) continue;
    const speech = checkWithSchema(speechFileSchema, json, problems);
    if (speech === null) continue;
    // Interface texts only: the home screen's, and those every topic page shares.
    const pages = [homeSpeechPage(locales.get(language)?.get('ui')), ...topics.flatMap((checked) => (checked.texts.has(language) ? pagesOf(checked, language, registry, locales) : []))];
    const spoken = new Set(pages.flatMap((page) => page.blocks.map((block) => block.key)).filter((key) => key.startsWith('ui:')));
    for (const key of Object.keys(speech.sentences ?? {})) {
      if (!spoken.has(key)) problems.push({ file: json.file, field: `sentences.${key}`, message: 'is not an interface text that read-aloud speaks (ui:<key>; a topic\'s own texts go in content/<topic>/speech/<lng>.json)', line: json.lineOf(['sentences', key]) });
    }
    reportVariantProblems(pages, language, speech, json, problems);
  }
  for (const checked of topics) {
    const speechDir = path.join(checked.folder, SPEECH_FOLDER);
    for (const name of existsSync(speechDir) ? readdirSync(speechDir) : []) {
      const file = path.join(speechDir, name);
      const language = name.replace(/\.json$/, '');
      if (!name.endsWith('.json') || !checked.texts.has(language)) {
        problems.push({ file: displayPath(projectRoot, file), field: '(file)', message: `is not <language>.json for a language of this topic (${[...checked.texts.keys()].join(', ')})` });
        continue;
      }
      const json = readAuthorJson(projectRoot, file, problems);
      if (json === null) continue;
      const speech = checkWithSchema(speechFileSchema, json, problems);
      if (speech === null) continue;
      const pages = pagesOf(checked, language, registry, locales);
      const keys = new Set(pages.flatMap((page) => page.blocks.map((block) => block.key)));
      for (const key of Object.keys(speech.sentences ?? {})) {
        if (!keys.has(key)) problems.push({ file: json.file, field: `sentences.${key}`, message: 'is not a text that read-aloud speaks (use the key from the language file, or ui:<key> for an interface text)', line: json.lineOf(['sentences', key]) });
      }
      reportVariantProblems(pages, language, speech, json, problems);
    }

    const recordingsDir = path.join(checked.folder, RECORDINGS_FOLDER);
    for (const language of existsSync(recordingsDir) ? readdirSync(recordingsDir) : []) {
      const folder = path.join(recordingsDir, language);
      if (!codes.includes(language) || !checked.texts.has(language)) {
        problems.push({ file: displayPath(projectRoot, folder), field: '(folder)', message: `is not a language of this topic (${[...checked.texts.keys()].join(', ')})` });
        continue;
      }
      const pageIds = pagesOf(checked, language, registry, locales).map((page) => page.id);
      for (const name of readdirSync(folder)) {
        const file = path.join(folder, name);
        const match = /^(.+)\.(mp3|json)$/.exec(name);
        if (!match || !pageIds.includes(match[1]!)) {
          problems.push({ file: displayPath(projectRoot, file), field: '(file)', message: `is not <page>.mp3 or <page>.json for a page of this topic (${pageIds.join(', ')})` });
          continue;
        }
        if (match[2] === 'json') {
          if (!existsSync(file.replace(/\.json$/, '.mp3'))) problems.push({ file: displayPath(projectRoot, file), field: '(file)', message: `has no recording beside it (${match[1]}.mp3)` });
          const json = readAuthorJson(projectRoot, file, problems);
          if (json !== null) checkWithSchema(recordingMetaSchema, json, problems);
        }
      }
    }
  }
}

/** Variants whose sentence count differs from the text on screen, once per key. */
function reportVariantProblems(pages: SpeechPage[], language: string, speech: SpeechFile, json: JsonFile, problems: ContentProblem[]): void {
  const reported = new Set<string>();
  for (const page of pages) {
    for (const message of spokenSentences(page, language, speech).problems) {
      // "sentences.<key>: <what is wrong>"; the key may itself hold colons (ui:home.title).
      const separator = message.indexOf(': ');
      const field = message.slice(0, separator);
      if (reported.has(field)) continue;
      reported.add(field);
      problems.push({ file: json.file, field, message: message.slice(separator + 2), line: json.lineOf(['sentences', field.slice('sentences.'.length)]) });
    }
  }
}

export interface SpeechReportLine {
  topic: string;
  language: string;
  recorded: string[];
  /** Recorded, but for an older text: page and the hash a new recording must give. */
  stale: { page: string; textHash: string }[];
  computer: string[];
  /** Pages with no audio at all (a language without a computer voice, and no recording). */
  silent: string[];
}

/** Per topic and language: whose voice reads each page. */
export function speechReport(topics: CheckedTopic[], registry: LanguageRegistry, locales: LocaleBundles): SpeechReportLine[] {
  const lines: SpeechReportLine[] = [];
  for (const checked of topics) {
    for (const language of checked.texts.keys()) {
      const hasVoice = registry.languages.find((entry) => entry.code === language)?.speechVoice !== undefined;
      const speech = readSpeechFile(checked.folder, language);
      const line: SpeechReportLine = { topic: checked.topic.id, language, recorded: [], stale: [], computer: [], silent: [] };
      for (const page of pagesOf(checked, language, registry, locales)) {
        const recording = recordingFor(checked.folder, language, page.id, spokenSentences(page, language, speech).sentences);
        if (recording.state === 'current') line.recorded.push(page.id);
        else {
          if (recording.state === 'stale') line.stale.push({ page: page.id, textHash: recording.textHash });
          (hasVoice ? line.computer : line.silent).push(page.id);
        }
      }
      lines.push(line);
    }
  }
  return lines;
}

/** The report as authors read it under the content check's result. */
export function formatSpeechReport(lines: SpeechReportLine[]): string[] {
  return lines.flatMap((line) => {
    const total = line.recorded.length + line.computer.length + line.silent.length;
    const out = [`Read-aloud ${line.topic} ${line.language}: ${line.recorded.length} of ${total} page(s) recorded by a person, ${line.computer.length} in the computer voice${line.silent.length ? `, ${line.silent.length} silent (no voice for this language)` : ''}.`];
    for (const stale of line.stale) {
      out.push(`  stale: recordings/${line.language}/${stale.page}.mp3 reads an older text; the computer voice reads this page until it is recorded again (then set "textHash": "${stale.textHash}").`);
    }
    return out;
  });
}

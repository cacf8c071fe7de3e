import { readdirSync } from 'node:fs';
import path from 'node:path';
import { checkFontFiles } from './check-font-files';
import { checkLocales } from './check-locales';
import { checkTopics } from './check-topics';
import { checkSpeech, speechReport, type SpeechReportLine } from '../speech/check-speech';
import { readAuthorJson } from './read-author-file';
import { checkWithSchema } from './schema-problems';
import type { ContentProblem } from './problems';
import { languageRegistrySchema, type CompiledLanguageRegistry, type ContentIndex, type LanguageRegistry } from './schema';

/** A file of the compiled app: path relative to the renderer's output folder, and its bytes. */
export interface OutputFile {
  path: string;
  /** Text to write, or an absolute source path to copy. */
  contents: { text: string } | { copyFrom: string };
}

export interface CompileResult {
  problems: ContentProblem[];
  files: OutputFile[];
  /**
   * The compiled language registry and content index (also among `files`), which the build
   * writes into index.html for the first screen; null when there are problems.
   */
  startData: { registry: CompiledLanguageRegistry; content: ContentIndex } | null;
  /** What was checked, for the one-line success report. */
  summary: { topics: number; languages: number };
  /** Whose voice reads each page, per topic and language (empty when there are problems). */
  speech: SpeechReportLine[];
}

/** Where the author-edited folders are; each defaults to the folder of that name in the project. */
export interface ContentFolders {
  content?: string;
  locales?: string;
}

/**
 * Checks every author-edited file (locales/ and content/) and, when all is well, lists the files
 * the renderer loads at run time. Nothing is written here, so `content:check` and the build share it.
 */
export function compileContent(projectRoot: string, folders: ContentFolders = {}): CompileResult {
  const contentDir = folders.content ?? path.join(projectRoot, 'content');
  const localesDir = folders.locales ?? path.join(projectRoot, 'locales');
  const problems: ContentProblem[] = [];
  const checkedRegistry = checkRegistry(projectRoot, localesDir, problems);
  if (checkedRegistry === null) return { problems, files: [], startData: null, summary: { topics: 0, languages: 0 }, speech: [] };

  const { registry, fontFiles } = checkedRegistry;
  const locales = checkLocales(projectRoot, localesDir, registry, problems);
  const topics = checkTopics(projectRoot, contentDir, registry, problems);
  const summary = { topics: topics.length, languages: registry.languages.length };
  if (problems.length === 0) checkSpeech(projectRoot, localesDir, topics, registry, locales, problems);
  if (problems.length > 0) return { problems, files: [], startData: null, summary, speech: [] };

  const compiledRegistry = withNumberingSystems(registry);
  const files: OutputFile[] = [json('locales/languages.json', compiledRegistry), ...fontFiles.map(({ path: filePath, copyFrom }) => ({ path: filePath, contents: { copyFrom } }))];
  for (const [language, namespaces] of locales) {
    for (const [namespace, texts] of namespaces) files.push(json(`locales/${language}/${namespace}.json`, texts));
  }
  const index: ContentIndex = { topics: topics.map((checked) => checked.topic) };
  files.push(json('content/index.json', index));
  for (const { topic, folder, texts } of topics) {
    for (const [language, text] of texts) files.push(json(`content/${topic.id}/${language}.json`, text));
    for (const svg of readdirSync(folder).filter((name) => name.endsWith('.svg'))) {
      files.push({ path: `content/${topic.id}/${svg}`, contents: { copyFrom: path.join(folder, svg) } });
    }
    for (const diagram of new Set(topic.screens.flatMap((screen) => (screen.diagram ? [screen.diagram.url] : [])))) {
      files.push({ path: diagram, contents: { copyFrom: path.join(folder, diagram.slice(`content/${topic.id}/`.length)) } });
    }
  }
  return { problems, files, startData: { registry: compiledRegistry, content: index }, summary, speech: speechReport(topics, registry, locales) };
}

/**
 * Adds to each language the digits ICU writes its numbers with by default ("latn" for 0-9,
 * "arabext" for Persian...), found here with Node's ICU so the renderer can write small counts
 * without loading Intl's number data on the first screen (renderer/i18n/number-format.ts).
 */
export function withNumberingSystems(registry: LanguageRegistry): CompiledLanguageRegistry {
  return {
    ...registry,
    languages: registry.languages.map((language) => ({ ...language, numberingSystem: new Intl.NumberFormat(language.code).resolvedOptions().numberingSystem })),
  };
}

function checkRegistry(projectRoot: string, localesDir: string, problems: ContentProblem[]): { registry: LanguageRegistry; fontFiles: { path: string; copyFrom: string }[] } | null {
  const registryJson = readAuthorJson(projectRoot, path.join(localesDir, 'languages.json'), problems);
  if (registryJson === null) return null;
  const registry = checkWithSchema(languageRegistrySchema, registryJson, problems);
  if (registry === null) return null;
  const before = problems.length;
  const codes = registry.languages.map((language) => language.code);
  codes.forEach((code, index) => {
    if (codes.indexOf(code) !== index) {
      problems.push({ file: registryJson.file, field: `languages[${index}].code`, message: `"${code}" is listed twice`, line: registryJson.lineOf(['languages', index, 'code']) });
    }
  });
  if (!codes.includes(registry.sourceLanguage)) {
    problems.push({ file: registryJson.file, field: 'sourceLanguage', message: `"${registry.sourceLanguage}" is not in languages`, line: registryJson.lineOf(['sourceLanguage']) });
  }
  const fontFiles = checkFontFiles(registry, registryJson, localesDir, problems);
  return problems.length > before ? null : { registry, fontFiles };
}

function json(filePath: string, value: unknown): OutputFile {
  return { path: filePath, contents: { text: JSON.stringify(value) } };
}

import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { checkPlaceholders, readTextLeaves } from './check-text-file';
import type { JsonFile } from './json-file';
import { readAuthorJson } from './read-author-file';
import type { ContentProblem } from './problems';
import type { LanguageRegistry } from './schema';
import { pluralFormsOf, splitPluralKey, type TextLeaf } from './text-rules';

/** Interface strings: language → namespace → nested texts, ready for i18next. */
export type LocaleBundles = Map<string, Map<string, unknown>>;

/**
 * Checks locales/<lng>/<namespace>.json for every registered language against the source
 * language: the same namespaces, the same keys (plural keys expanded to the language's own plural
 * forms), no empty text, the same placeholders.
 */
export function checkLocales(projectRoot: string, localesDir: string, registry: LanguageRegistry, problems: ContentProblem[]): LocaleBundles {
  const bundles: LocaleBundles = new Map();
  const source = registry.sourceLanguage;
  const namespaces = listNamespaces(path.join(localesDir, source));
  if (namespaces.length === 0) {
    problems.push({ file: `locales/${source}`, field: '(folder)', message: 'has no interface text files (*.json)' });
  }

  const sourceLeaves = new Map<string, Map<string, TextLeaf>>();
  for (const language of [source, ...registry.languages.map((l) => l.code).filter((c) => c !== source)]) {
    const languageBundles = new Map<string, unknown>();
    bundles.set(language, languageBundles);
    for (const extra of listNamespaces(path.join(localesDir, language)).filter((ns) => !namespaces.includes(ns))) {
      problems.push({ file: `locales/${language}/${extra}.json`, field: '(file)', message: `has no counterpart in locales/${source}/ (remove it or add it there)` });
    }
    for (const namespace of namespaces) {
      const json = readAuthorJson(projectRoot, path.join(localesDir, language, `${namespace}.json`), problems);
      if (json === null) continue;
      languageBundles.set(namespace, json.value);
      const leaves = readTextLeaves(json, problems);
      if (language === source) {
        sourceLeaves.set(namespace, leaves);
        continue;
      }
      compareWithSource(json, language, leaves, sourceLeaves.get(namespace), `locales/${source}/${namespace}.json`, problems);
    }
  }
  return bundles;
}

function compareWithSource(
  json: JsonFile,
  language: string,
  leaves: Map<string, TextLeaf>,
  sourceLeaves: Map<string, TextLeaf> | undefined,
  sourceFile: string,
  problems: ContentProblem[],
): void {
  if (sourceLeaves === undefined) return;
  const forms = pluralFormsOf(language);
  const expected = new Map<string, string>(); // translated key → the source key it mirrors
  for (const key of sourceLeaves.keys()) {
    const plural = splitPluralKey(key);
    if (plural === null) expected.set(key, key);
    else for (const form of forms) expected.set(`${plural.base}_${form}`, `${plural.base}_other`);
  }
  for (const [key, sourceKey] of expected) {
    const leaf = leaves.get(key);
    if (leaf === undefined) {
      problems.push({ file: json.file, field: key, message: `missing (${sourceFile} has it)`, line: json.lineOf(key.split('.').slice(0, -1)) });
      continue;
    }
    checkPlaceholders(json, leaf, sourceLeaves.get(sourceKey)?.value ?? sourceLeaves.get(sourceKey.replace(/_other$/, '_one'))?.value, sourceFile, problems);
  }
  for (const [key, leaf] of leaves) {
    if (expected.has(key)) continue;
    const plural = splitPluralKey(key);
    const message = plural !== null && expected.has(`${plural.base}_other`)
      ? `is a plural form "${plural.form}" that ${language} does not use (it uses: ${forms.join(', ')})`
      : `is not in ${sourceFile} (remove it, or add it there first)`;
    problems.push({ file: json.file, field: key, message, line: json.lineOf(leaf.path) });
  }
}

/** locales/<lng>/speech.json shapes how read-aloud says interface texts (scripts/speech/); it is not a namespace. */
export const LOCALE_SPEECH_FILE = 'speech.json';

function listNamespaces(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json') && name !== LOCALE_SPEECH_FILE)
    .map((name) => name.slice(0, -5))
    .sort();
}

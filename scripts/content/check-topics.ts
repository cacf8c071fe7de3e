import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkPlaceholders, readTextLeaves } from './check-text-file';
import type { JsonFile } from './json-file';
import { checkWithSchema } from './schema-problems';
import { displayPath, readAuthorJson } from './read-author-file';
import type { ContentProblem } from './problems';
import { GLOSSARY_LINK_PATTERN } from './glossary-links';
import { ANY_LANGUAGE } from '../../main/config/topic-links';
import { textKeysForTopic, topicSchema, type CompiledHandout, type CompiledTopic, type HandoutStructure, type LanguageRegistry, type TopicStructure } from './schema';
import { checkChapters } from './check-chapters';
import { checkHandout } from './check-handout';
import { checkSourcePassages } from './check-source-passages';
import { checkTopicDiagrams, DIAGRAM_FOLDER } from './check-topic-diagrams';
import type { TextLeaf } from './text-rules';

export interface CheckedTopic {
  topic: CompiledTopic;
  /** Absolute folder of the topic, for copying its SVG files. */
  folder: string;
  /** language → the topic's text in that language. */
  texts: Map<string, unknown>;
}

/**
 * Checks every topic folder under content/: its structure (topic.json), its icon, and one text
 * file per registered language that has exactly the keys the structure calls for.
 */
export function checkTopics(projectRoot: string, contentDir: string, registry: LanguageRegistry, problems: ContentProblem[]): CheckedTopic[] {
  const folders = existsSync(contentDir)
    ? readdirSync(contentDir).filter((name) => statSync(path.join(contentDir, name)).isDirectory()).sort()
    : [];
  if (folders.length === 0) problems.push({ file: displayPath(projectRoot, contentDir), field: '(folder)', message: 'has no topic folders' });
  const checked: CheckedTopic[] = [];
  for (const folderName of folders) {
    const result = checkTopicFolder(projectRoot, path.join(contentDir, folderName), registry, problems);
    if (result !== null) checked.push(result);
  }
  return checked.sort((a, b) => a.topic.order - b.topic.order || a.topic.id.localeCompare(b.topic.id));
}

function checkTopicFolder(projectRoot: string, folder: string, registry: LanguageRegistry, problems: ContentProblem[]): CheckedTopic | null {
  const folderName = path.basename(folder);
  const structureJson = readAuthorJson(projectRoot, path.join(folder, 'topic.json'), problems);
  if (structureJson === null) return null;
  const structure = checkWithSchema(topicSchema, structureJson, problems);
  if (structure === null) return null;
  const before = problems.length;
  const relativeFolder = displayPath(projectRoot, folder);
  if (structure.id !== folderName) {
    problems.push({ file: structureJson.file, field: 'id', message: `is "${structure.id}" but the folder is "${folderName}"; they must match`, line: structureJson.lineOf(['id']) });
  }
  checkUniqueIds(structure, structureJson, problems);
  checkChapters(structure, structureJson, problems);
  checkHandout(structure, structureJson, problems);
  checkTranslationReviews(structure, structureJson, registry, problems);
  checkTakeHomeLinks(structure, structureJson, registry, problems);
  checkSourcePassages(projectRoot, structure, structureJson, problems);
  if (!existsSync(path.join(folder, structure.icon))) {
    problems.push({ file: structureJson.file, field: 'icon', message: `names ${relativeFolder}/${structure.icon}, which does not exist`, line: structureJson.lineOf(['icon']) });
  }

  const codes = registry.languages.map((language) => language.code);
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.json') && n !== 'topic.json')) {
    if (!codes.includes(name.slice(0, -5))) {
      problems.push({ file: `${relativeFolder}/${name}`, field: '(file)', message: `is not a language in locales/languages.json (known: ${codes.join(', ')})` });
    }
  }
  const texts = new Map<string, unknown>();
  const source = registry.sourceLanguage;
  let sourceLeaves: Map<string, TextLeaf> | undefined;
  const { labelsById: diagramLabels, unreadable } = checkTopicDiagrams(projectRoot, folder, structure, structureJson, problems);
  const rules = textKeysForTopic(structure, diagramLabels);
  const labelsUncheckable = (key: string) => [...unreadable].some((id) => key.startsWith(`diagrams.${id}.labels.`));
  const allowed = new Set(rules.map((rule) => rule.key));
  for (const language of [source, ...codes.filter((code) => code !== source)]) {
    const json = readAuthorJson(projectRoot, path.join(folder, `${language}.json`), problems);
    if (json === null) continue;
    texts.set(language, json.value);
    const leaves = readTextLeaves(json, problems);
    for (const rule of rules) {
      const sourceHasIt = sourceLeaves?.has(rule.key) ?? false;
      if (!leaves.has(rule.key) && (rule.required || sourceHasIt)) {
        const why = rule.required ? '' : ` (${relativeFolder}/${source}.json has it)`;
        problems.push({ file: json.file, field: rule.key, message: `missing${why}`, line: json.lineOf(rule.key.split('.').slice(0, -1)) });
      }
    }
    for (const [key, leaf] of leaves) {
      if (!allowed.has(key) && !labelsUncheckable(key)) {
        problems.push({ file: json.file, field: key, message: 'is not used by any screen in topic.json (remove it, or fix its name)', line: json.lineOf(leaf.path) });
      } else if (sourceLeaves !== undefined) {
        checkPlaceholders(json, leaf, sourceLeaves.get(key)?.value, `${relativeFolder}/${source}.json`, problems);
      }
    }
    checkGlossaryLinks(structure, json, leaves, problems);
    if (language === source) sourceLeaves = leaves;
  }
  if (problems.length > before) return null;
  return {
    folder,
    texts,
    topic: {
      ...structure,
      screens: structure.screens.map(({ sourcePassages: _quotes, diagram, ...screen }) =>
        diagram === undefined
          ? screen
          : { ...screen, diagram: { id: diagram.id, url: `content/${structure.id}/${DIAGRAM_FOLDER}/${diagram.id}.svg`, labels: diagramLabels.get(diagram.id) ?? [] } },
      ),
      sources: structure.sources.map(({ id }) => ({ id })),
      handout: structure.handout === undefined ? undefined : compileHandout(structure.handout),
      iconUrl: `content/${structure.id}/${structure.icon}`,
      languages: [...texts.keys()],
    },
  };
}

function checkUniqueIds(structure: TopicStructure, json: JsonFile, problems: ContentProblem[]): void {
  const seen = new Set<string>();
  structure.screens.forEach((screen, index) => {
    if (seen.has(screen.id)) {
      problems.push({ file: json.file, field: `screens[${index}].id`, message: `"${screen.id}" is used by an earlier screen; screen ids must be unique`, line: json.lineOf(['screens', index, 'id']) });
    }
    seen.add(screen.id);
  });
}

/** Every [[term]] link names a glossary term, and every glossary term is linked somewhere. */
function checkGlossaryLinks(structure: TopicStructure, json: JsonFile, leaves: Map<string, TextLeaf>, problems: ContentProblem[]): void {
  const used = new Set<string>();
  for (const [key, leaf] of leaves) {
    if (typeof leaf.value !== 'string') continue;
    for (const match of leaf.value.matchAll(GLOSSARY_LINK_PATTERN)) {
      const term = match[1] ?? '';
      used.add(term);
      if (!structure.glossary.includes(term)) {
        problems.push({ file: json.file, field: key, message: `links the glossary term "${term}", which topic.json's glossary does not list`, line: json.lineOf(leaf.path) });
      }
    }
    if (key.startsWith('diagrams.') && leaf.value.includes('[[')) {
      problems.push({ file: json.file, field: key, message: 'diagram words cannot link to the glossary; write the plain word', line: json.lineOf(leaf.path) });
      continue;
    }
    const unclosed = leaf.value.replace(GLOSSARY_LINK_PATTERN, '');
    if (unclosed.includes('[[') || unclosed.includes(']]')) {
      problems.push({ file: json.file, field: key, message: 'has a glossary link that is not written [[term]] or [[term|shown words]]', line: json.lineOf(leaf.path) });
    }
  }
  for (const term of structure.glossary.filter((candidate) => !used.has(candidate))) {
    problems.push({ file: json.file, field: `glossary.${term}`, message: `is never linked in the text (mark a word with [[${term}]] or remove the term)`, line: json.lineOf(['glossary', term]) });
  }
}

/** Translation reviews may only name translated languages this build has. */
function checkTranslationReviews(structure: TopicStructure, json: JsonFile, registry: LanguageRegistry, problems: ContentProblem[]): void {
  const translated = registry.languages.map((language) => language.code).filter((code) => code !== registry.sourceLanguage);
  for (const code of Object.keys(structure.translationReviews)) {
    if (translated.includes(code)) continue;
    const message =
      code === registry.sourceLanguage
        ? `"${code}" is the source language; its review is the topic's "review"`
        : `"${code}" is not a translated language in locales/languages.json (known: ${translated.join(', ')})`;
    problems.push({ file: json.file, field: `translationReviews.${code}`, message, line: json.lineOf(['translationReviews', code]) });
  }
}

/** QR-code addresses may only be given for languages this build has (or "*" for every other one). */
function checkTakeHomeLinks(structure: TopicStructure, json: JsonFile, registry: LanguageRegistry, problems: ContentProblem[]): void {
  const codes = registry.languages.map((language) => language.code);
  for (const code of Object.keys(structure.takeHomeLinks ?? {})) {
    if (code === ANY_LANGUAGE || codes.includes(code)) continue;
    const message = `"${code}" is not a language in locales/languages.json (known: ${codes.join(', ')}; or "${ANY_LANGUAGE}" for every language without its own address)`;
    problems.push({ file: json.file, field: `takeHomeLinks.${code}`, message, line: json.lineOf(['takeHomeLinks', code]) });
  }
}

/** The handout without its quotations: they stay with the authors, like the screens'. */
function compileHandout(handout: HandoutStructure): CompiledHandout {
  const { keyPoints, ...references } = handout;
  return { ...references, keyPoints: keyPoints.map(({ chapter, points }) => ({ ...(chapter === undefined ? {} : { chapter }), points: points.map((point) => point.id) })) };
}

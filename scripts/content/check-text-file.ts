import type { JsonFile } from './json-file';
import type { ContentProblem } from './problems';
import { flattenText, leafValueProblem, placeholdersOf, type TextLeaf } from './text-rules';

/** Every leaf of a text file, after checking that each is non-empty text. */
export function readTextLeaves(json: JsonFile, problems: ContentProblem[]): Map<string, TextLeaf> {
  const leaves = new Map<string, TextLeaf>();
  if (json.value === null || typeof json.value !== 'object' || Array.isArray(json.value)) {
    problems.push({ file: json.file, field: '(root)', message: 'must be an object of texts', line: 1 });
    return leaves;
  }
  for (const leaf of flattenText(json.value)) {
    const problem = leafValueProblem(leaf.value);
    if (problem !== null) problems.push({ file: json.file, field: leaf.key, message: problem, line: json.lineOf(leaf.path) });
    leaves.set(leaf.key, leaf);
  }
  return leaves;
}

/**
 * Reports a translated text whose {{placeholders}} differ from the source language's. A plural
 * form that stands for one exact number (`_zero`, `_one`, `_two`) may leave out {{count}}: Arabic
 * says "صفحتان" (two pages), not "2 صفحتان", which repeats the number.
 */
export function checkPlaceholders(
  json: JsonFile,
  leaf: TextLeaf,
  sourceText: unknown,
  sourceFile: string,
  problems: ContentProblem[],
): void {
  if (typeof leaf.value !== 'string' || typeof sourceText !== 'string') return;
  const exactNumberForm = /_(zero|one|two)$/.test(leaf.key);
  const actualList = placeholdersOf(leaf.value);
  const expectedList = placeholdersOf(sourceText).filter((name) => !(exactNumberForm && name === 'count' && !actualList.includes('count')));
  const expected = expectedList.join(', ');
  const actual = actualList.join(', ');
  if (expected !== actual) {
    problems.push({
      file: json.file,
      field: leaf.key,
      message: `has placeholders {${actual || 'none'}} but ${sourceFile} has {${expected || 'none'}}`,
      line: json.lineOf(leaf.path),
    });
  }
}

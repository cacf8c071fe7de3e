import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseJsonFile, type JsonFile } from './json-file';
import type { ContentProblem } from './problems';

/** Project-relative path with forward slashes, as shown in every problem message. */
export function displayPath(projectRoot: string, absolutePath: string): string {
  return path.relative(projectRoot, absolutePath).split(path.sep).join('/');
}

/** Reads and parses one author-edited JSON file; on failure records a problem and returns null. */
export function readAuthorJson(projectRoot: string, absolutePath: string, problems: ContentProblem[]): JsonFile | null {
  const file = displayPath(projectRoot, absolutePath);
  let text: string;
  try {
    text = readFileSync(absolutePath, 'utf8');
  } catch {
    problems.push({ file, field: '(file)', message: 'is missing' });
    return null;
  }
  const parsed = parseJsonFile(file, text.replace(/^\uFEFF/, ''));
  if ('value' in parsed) return parsed;
  problems.push(parsed);
  return null;
}

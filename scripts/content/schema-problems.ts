import type { z } from 'zod';
import type { JsonFile } from './json-file';
import type { ContentProblem } from './problems';

/** Renders a value path as authors read it: `screens[2].items`. */
export function fieldName(path: readonly PropertyKey[]): string {
  let name = '';
  for (const part of path) name += typeof part === 'number' ? `[${part}]` : `${name ? '.' : ''}${String(part)}`;
  return name || '(root)';
}

/**
 * Validates a parsed file with a zod schema and turns each issue into a plain-words problem that
 * names the file, the field and the line. Returns the typed value, or null if anything is wrong.
 */
export function checkWithSchema<T>(schema: z.ZodType<T>, json: JsonFile, problems: ContentProblem[]): T | null {
  const result = schema.safeParse(json.value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path as (string | number)[];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({ file: json.file, field: fieldName([...path, key]), message: 'is not a known field (check its spelling)', line: json.lineOf([...path, key]) });
      }
      continue;
    }
    problems.push({ file: json.file, field: fieldName(path), message: describeIssue(issue, valueAt(json.value, path)), line: json.lineOf(path) });
  }
  return null;
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union' || issue.code === 'invalid_value')) {
    return 'missing';
  }
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${article(issue.expected)}, not ${describeValue(value)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, not ${JSON.stringify(value)}`;
    case 'invalid_union':
      return `is not one of the allowed choices (${JSON.stringify(value)})`;
    default:
      return issue.message;
  }
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let current: unknown = root;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { ContentProblem } from './problems';

/** A parsed JSON file that remembers where each value sits, so problems can name a line. */
export interface JsonFile {
  file: string;
  value: unknown;
  /** 1-based line of the value at `path`, or of its nearest existing ancestor. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

/** Parses strict JSON (no comments, no trailing commas); syntax errors become problems. */
export function parseJsonFile(file: string, text: string): JsonFile | ContentProblem {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const firstError = errors[0];
  if (firstError !== undefined || tree === undefined) {
    const offset = firstError?.offset ?? 0;
    const what = firstError ? printParseErrorCode(firstError.error) : 'EmptyFile';
    return { file, field: '(file)', message: `is not valid JSON (${describeParseError(what)})`, line: lineAt(text, offset) };
  }
  return {
    file,
    value: getNodeValue(tree),
    lineOf(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const node: Node | undefined = findNodeAtLocation(tree, path.slice(0, depth) as (string | number)[]);
        if (node !== undefined) return lineAt(text, node.offset);
      }
      return undefined;
    },
  };
}

function describeParseError(code: string): string {
  const words = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words === 'empty file' ? 'the file is empty' : words;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

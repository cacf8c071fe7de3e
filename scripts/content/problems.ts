/** One thing wrong in an author's file, reported as `file: field: message (line N)`. */
export interface ContentProblem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** Dotted field inside the file, or `(file)` for the file as a whole. */
  field: string;
  message: string;
  line?: number | undefined;
}

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? '' : ` (line ${problem.line})`;
  return `${problem.file}: ${problem.field}: ${problem.message}${where}`;
}

/** Thrown by the build when authors' files are wrong; the message lists every problem. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`${problems.length} problem(s) in content or locale files:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
  }
}

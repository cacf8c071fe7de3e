/**
 * A function of the bench's, as a script for page.evaluate that calls it with `args` (plain JSON
 * values) and returns its result. tsx compiles the bench with names kept, so it may wrap named
 * functions inside it in a `__name` helper that the page does not have: the script brings its own.
 */
export function pageScript(work: (...args: never[]) => unknown, ...args: unknown[]): string {
  return `(() => { const __name = (fn) => fn; return (${work.toString()})(${args.map((arg) => JSON.stringify(arg)).join(', ')}); })()`;
}

/**
 * The double's one rule for the unknown: where it does not know what Electron would do, it throws
 * this instead of guessing, so a test can never pass on behaviour we made up.
 */
export class NotModelledError extends Error {
  constructor(what: string) {
    super(`Electron test double: ${what} is not modelled. Add it to tests/electron-double/ only with Electron's documented behaviour.`);
    this.name = 'NotModelledError';
  }
}

export function notModelled(what: string): never {
  throw new NotModelledError(what);
}

/**
 * An object whose listed fields throw when read: for event details Electron fills in but the
 * double cannot observe in Chromium (a popup's frame name, a crashed renderer's exit code...).
 * Code that never reads them runs; code that does fails loudly.
 */
export function withUnobservableFields<T extends object>(known: T, unobservable: readonly string[], context: string): T {
  // Defined on the object itself (callers pass a fresh one), so an event keeps its preventDefault().
  for (const field of unobservable) {
    Object.defineProperty(known, field, {
      enumerable: false,
      get: () => notModelled(`${context}.${field}`),
    });
  }
  return known;
}

import { readFileSync } from 'node:fs';

/**
 * The language codes in the built language registry (dist/renderer/locales/languages.json), so
 * the IT config can name a missing language in the log instead of the renderer quietly falling
 * back. Undefined when the registry cannot be read: then only the format of a code is checked.
 */
export function readLanguageCodes(registryFile: string): string[] | undefined {
  try {
    const registry = JSON.parse(readFileSync(registryFile, 'utf8')) as { languages?: unknown };
    if (!Array.isArray(registry.languages)) return undefined;
    const codes = registry.languages.map((entry: { code?: unknown } | null) => entry?.code);
    return codes.every((code): code is string => typeof code === 'string') ? codes : undefined;
  } catch {
    return undefined;
  }
}

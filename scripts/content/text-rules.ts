/**
 * Rules shared by interface strings (locales/) and topic text (content/): texts are nested
 * objects whose leaves are non-empty strings; translations keep the source's {{placeholders}};
 * plural keys (`_one`, `_other`, ...) cover every plural form the language has.
 */

export interface TextLeaf {
  /** Dotted path, e.g. `screens.causes.title`. */
  key: string;
  /** The same path as segments, for locating the line in the file. */
  path: string[];
  value: unknown;
}

/** Lists every leaf of a nested text object. Arrays and non-objects are leaves (and invalid). */
export function flattenText(value: unknown, path: string[] = []): TextLeaf[] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([name, child]) => flattenText(child, [...path, name]));
  }
  return [{ key: path.join('.'), path, value }];
}

/** Problem with one leaf's value, or null when it is usable text. */
export function leafValueProblem(value: unknown): string | null {
  if (typeof value !== 'string') return `must be text, not ${Array.isArray(value) ? 'a list' : typeof value}`;
  if (value.trim() === '') return 'is empty';
  return null;
}

/** The {{placeholders}} a text uses, sorted, without formatting options. */
export function placeholdersOf(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(/\{\{\s*([^,}\s]+)[^}]*\}\}/g)) names.add(match[1] ?? '');
  return [...names].sort();
}

export const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const pluralPattern = new RegExp(`^(.*)_(${PLURAL_SUFFIXES.join('|')})$`);

/** Splits `items_one` into base `items` and form `one`; null for keys without a plural suffix. */
export function splitPluralKey(key: string): { base: string; form: string } | null {
  const match = pluralPattern.exec(key);
  return match ? { base: match[1] ?? '', form: match[2] ?? '' } : null;
}

/** The plural forms i18next will ask for in this language, from the platform's CLDR data. */
export function pluralFormsOf(language: string): string[] {
  return new Intl.PluralRules(language).resolvedOptions().pluralCategories.map(String);
}

/** The text at a dotted key (`screens.causes.title`) of a nested text object, if it is text. */
export function textAt(tree: unknown, key: string): string | undefined {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
  return typeof value === 'string' ? value : undefined;
}

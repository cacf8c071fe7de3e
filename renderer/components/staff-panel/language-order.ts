import type { KioskSettingsView } from '../../../main/ipc/contract';
import type { LanguageEntry } from '../../content/content-store';

/**
 * The staff panel's language list: pure rules, unit-tested. Enabled languages come first in the
 * staff's order, then the others in registry order. "All enabled" (null) is the registry order.
 */
export interface LanguageRow {
  language: LanguageEntry;
  enabled: boolean;
}

export function offeredOrder(languages: LanguageEntry[], enabled: string[] | null): LanguageRow[] {
  const enabledCodes = enabledList(languages, enabled);
  const byCode = new Map(languages.map((language) => [language.code, language]));
  const on = enabledCodes.flatMap((code) => {
    const language = byCode.get(code);
    return language ? [{ language, enabled: true }] : [];
  });
  const off = languages.filter((language) => !enabledCodes.includes(language.code)).map((language) => ({ language, enabled: false }));
  return [...on, ...off];
}

/** The enabled codes as an explicit list (languages no longer in the build are dropped). */
export function enabledList(languages: LanguageEntry[], enabled: string[] | null): string[] {
  const known = new Set(languages.map((language) => language.code));
  return (enabled ?? languages.map((language) => language.code)).filter((code) => known.has(code));
}

export type ToggleResult = { enabledLanguages: string[] } | { problem: 'last-language' | 'default-language' };

/** Turns a language on (added at the end) or off; the last one, and the default, stay on. */
export function toggleLanguage(languages: LanguageEntry[], settings: Pick<KioskSettingsView, 'enabledLanguages' | 'defaultLanguage'>, code: string): ToggleResult {
  const current = enabledList(languages, settings.enabledLanguages);
  if (!current.includes(code)) return { enabledLanguages: [...current, code] };
  if (current.length === 1) return { problem: 'last-language' };
  if (code === settings.defaultLanguage) return { problem: 'default-language' };
  return { enabledLanguages: current.filter((entry) => entry !== code) };
}

/** Moves an enabled language one place up (-1) or down (+1); at either end nothing changes. */
export function moveLanguage(languages: LanguageEntry[], enabled: string[] | null, code: string, by: -1 | 1): string[] {
  const order = enabledList(languages, enabled);
  const from = order.indexOf(code);
  const to = from + by;
  if (from < 0 || to < 0 || to >= order.length) return order;
  [order[from], order[to]] = [order[to]!, order[from]!];
  return order;
}

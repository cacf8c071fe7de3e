import i18next, { type TFunction } from 'i18next';
import type {} from './shared-i18n';
import type { LanguageRegistry } from '../content/content-store';
import { runWhenIdleAfterFirstPaint } from '../start/after-paint';
import { fetchLanguageTexts, topicNamespace, UI_NAMESPACE, type LanguageTexts } from './language-texts';
import { numberFormatter } from './number-format';

export { topicNamespace, UI_NAMESPACE } from './language-texts';

let registry: LanguageRegistry | null = null;
let topicIds: string[] = [];
/** Each language whose texts are loaded or loading; a language that failed is not kept. */
const languageLoads = new Map<string, Promise<void>>();

/**
 * Starts i18next in the given language with the interface strings and every topic's text
 * loaded, so the first screen paints translated. The files are fetched here, all at once, and
 * handed to i18next as resources: no backend plugin, so no timer hop between the start-up data
 * and these requests. Only that language (and the source language, the fallback for any
 * missing text) is loaded before the first screen: the other offered languages load once it is
 * painted and the page is idle (runWhenIdleAfterFirstPaint), so they neither compete with the
 * first screen for the network and the main thread nor make a later switch wait.
 * If the language's interface strings cannot be loaded, the kiosk starts in the source language.
 */
export async function startI18n(languages: LanguageRegistry, language: string, topics: string[], offered: string[] = []): Promise<void> {
  registry = languages;
  topicIds = topics;
  const source = languages.sourceLanguage;
  const wanted = language === source ? [source] : [language, source];
  const results = await Promise.allSettled(wanted.map((code) => fetchLanguageTexts(code, topics)));
  const resources: Record<string, LanguageTexts> = {};
  results.forEach((result, index) => {
    const code = wanted[index]!;
    if (result.status === 'fulfilled') {
      resources[code] = result.value;
      languageLoads.set(code, Promise.resolve());
    } else if (code === source) {
      throw result.reason;
    } else {
      console.warn(`[kiosk] language "${code}" could not be loaded; starting in "${source}":`, result.reason);
    }
  });
  i18next.on('languageChanged', applyDocumentLanguage);
  await i18next.init({
    lng: resources[language] ? language : source,
    fallbackLng: source,
    supportedLngs: languages.languages.map((entry) => entry.code),
    ns: [UI_NAMESPACE, ...topics.map(topicNamespace)],
    defaultNS: UI_NAMESPACE,
    resources,
    initAsync: false,
    interpolation: { escapeValue: false }, // Lit escapes every interpolated value itself
    returnEmptyString: false,
  });
  // The store exists from init on; a language loaded later may fill in texts looked up before.
  i18next.store.on('added', () => plainTexts.clear());
  // {{x, number}}: small counts without loading Intl's number data (see number-format.ts).
  i18next.services.formatter?.addCached('number', (code, options) => {
    const language = code ?? i18next.language;
    return numberFormatter(language, numberingSystemOf(language), options as Record<string, unknown>);
  });
  applyDocumentLanguage(i18next.language);
  const others = offered.filter((code) => !languageLoads.has(code));
  if (others.length > 0) {
    runWhenIdleAfterFirstPaint(() => {
      // A language that fails to load here is loaded (or reported) again when it is chosen.
      for (const code of others) loadLanguage(code).catch((error: unknown) => console.warn(`[kiosk] could not preload "${code}":`, error));
    });
  }
}

/** Fetches a language's texts into i18next once; concurrent callers share the one load. */
function loadLanguage(language: string): Promise<void> {
  let load = languageLoads.get(language);
  if (!load) {
    load = fetchLanguageTexts(language, topicIds).then((texts) => {
      for (const [namespace, bundle] of Object.entries(texts)) i18next.addResourceBundle(language, namespace, bundle, true, true);
    });
    languageLoads.set(language, load);
    load.catch(() => languageLoads.delete(language));
  }
  return load;
}

/**
 * Switches every visible string at once; resolves when the new language is painted-ready.
 * A language whose interface strings cannot be loaded is logged and the screen stays as it is,
 * rather than showing a mix of languages.
 */
export async function switchLanguage(language: string): Promise<void> {
  try {
    await loadLanguage(language);
  } catch (error) {
    console.warn(`[kiosk] language "${language}" could not be loaded; staying in "${currentLanguage()}":`, error);
    return;
  }
  await i18next.changeLanguage(language);
}

export function currentLanguage(): string {
  return i18next.resolvedLanguage ?? i18next.language;
}

/** Whether a language is the one every text is written in first (so it is not a translation). */
export function isSourceLanguage(language: string): boolean {
  return registry?.sourceLanguage === language;
}

/**
 * Texts looked up without options (and, filledText below, with a few plain values filled in),
 * kept for the current language. A screen asks for the same few dozen keys on every render, and
 * each i18next lookup resolves the key, its namespace, the fallbacks, nesting and interpolation
 * again: ~1 ms of every page turn on a slow kiosk CPU (bench/README.md). Dropped when the
 * language changes or texts are added.
 */
const plainTexts = new Map<string, string>();
let plainTextsLanguage = '';

/** The kept text named `cacheKey` in the current language, looked up (and kept, if a text) the first time. */
function keptText(cacheKey: string, lookUp: () => unknown): unknown {
  if (plainTextsLanguage !== i18next.language) {
    plainTexts.clear();
    plainTextsLanguage = i18next.language;
  }
  const kept = plainTexts.get(cacheKey);
  if (kept !== undefined) return kept;
  const result = lookUp();
  // Only texts: an object or array (returnObjects) is i18next's own each time.
  if (typeof result === 'string') plainTexts.set(cacheKey, result);
  return result;
}

function plainText(namespace: string, key: string): string {
  return String(keptText(`${namespace}\u0000${key}`, () => i18next.t(key, { ns: namespace })));
}

/**
 * Texts looked up with a few plain values filled in ("Page {{current}} of {{total}}"), kept with
 * the plain ones: i18next's interpolation cost a slow kiosk CPU ~1.3 ms for the one such text in
 * a page turn (bench/README.md). Only when every option is a string, number or boolean: then the
 * options' JSON names the result.
 */
function filledText(key: string, options: Record<string, unknown>): unknown {
  return keptText(`\u0001${key}\u0000${JSON.stringify(options)}`, () => i18next.t(key, options));
}

function hasOnlyPlainValues(options: unknown): options is Record<string, string | number | boolean> {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return false;
  return Object.values(options).every((value) => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean');
}

/** Interface strings. */
export const t: TFunction = ((...args: Parameters<TFunction>) => {
  const [key, options] = args as unknown[];
  if (typeof key !== 'string' || !i18next.isInitialized) return i18next.t(...args);
  if (args.length === 1) return plainText(UI_NAMESPACE, key);
  if (args.length === 2 && hasOnlyPlainValues(options)) return filledText(key, options);
  return i18next.t(...args);
}) as TFunction;

/** A topic's text, by key inside content/<topic>/<lng>.json. */
export function topicText(topicId: string, key: string): string {
  return i18next.isInitialized ? plainText(topicNamespace(topicId), key) : i18next.t(key, { ns: topicNamespace(topicId) });
}

/** Whether a topic's text has a key (optional keys such as a list's lead sentence). */
export function hasTopicText(topicId: string, key: string): boolean {
  return i18next.exists(key, { ns: topicNamespace(topicId) });
}

export function onLanguageChanged(listener: (language: string) => void): () => void {
  i18next.on('languageChanged', listener);
  return () => i18next.off('languageChanged', listener);
}

function numberingSystemOf(language: string): string | undefined {
  return registry?.languages.find((entry) => entry.code === language)?.numberingSystem;
}

/**
 * `<html lang dir>` is the single source of direction and language for the whole UI; the
 * registry's `dir` and `font` come from data, so a new language needs no code change.
 */
function applyDocumentLanguage(language: string): void {
  const entry = registry?.languages.find((candidate) => candidate.code === language);
  const root = document.documentElement;
  root.lang = language;
  root.dir = entry?.dir ?? i18next.dir(language);
  if (entry) root.style.setProperty('--kx-font-family', entry.font);
}

// Scripts loaded later (the topic screens, the staff screens, the Take this home sheet) use this
// instance, not a copy of their own (shared-i18n.ts).
globalThis.kioskI18n = { t, topicText, hasTopicText, currentLanguage, isSourceLanguage, onLanguageChanged };

import i18next, { type TFunction } from 'i18next';
import HttpBackend, { type HttpBackendOptions } from 'i18next-http-backend';
import type { LanguageRegistry } from '../content/content-store';

/** Interface strings live in locales/<lng>/ui.json. */
export const UI_NAMESPACE = 'ui';

/** Each topic's text is its own namespace, loaded from content/<topic>/<lng>.json. */
export function topicNamespace(topicId: string): string {
  return `topic-${topicId}`;
}

let registry: LanguageRegistry | null = null;

/**
 * Starts i18next in the given language with the interface strings and every topic's text
 * loaded, so the first screen paints translated. Only that language is loaded before the first
 * screen: the other offered languages load once it is painted and the page is idle (see
 * preloadAfterFirstPaint), so they neither compete with the first screen for the network and
 * the main thread nor make a later switch wait.
 */
export async function startI18n(languages: LanguageRegistry, language: string, topicIds: string[], offered: string[] = []): Promise<void> {
  registry = languages;
  i18next.on('languageChanged', applyDocumentLanguage);
  await i18next.use(HttpBackend).init<HttpBackendOptions>({
    lng: language,
    fallbackLng: languages.sourceLanguage,
    supportedLngs: languages.languages.map((entry) => entry.code),
    load: 'currentOnly',
    ns: [UI_NAMESPACE, ...topicIds.map(topicNamespace)],
    defaultNS: UI_NAMESPACE,
    interpolation: { escapeValue: false }, // Lit escapes every interpolated value itself
    returnEmptyString: false,
    backend: {
      loadPath: (_languages, namespaces) => {
        const namespace = namespaces[0] ?? UI_NAMESPACE;
        return namespace.startsWith('topic-') ? `content/${namespace.slice('topic-'.length)}/{{lng}}.json` : 'locales/{{lng}}/{{ns}}.json';
      },
    },
  });
  applyDocumentLanguage(i18next.language);
  const others = offered.filter((code) => code !== language);
  if (others.length > 0) {
    preloadAfterFirstPaint(() => {
      // A language that fails to load here is loaded (or reported) again when it is chosen.
      i18next.loadLanguages(others).catch((error: unknown) => console.warn('[kiosk] could not preload languages:', error));
    });
  }
}

/**
 * Runs `work` after the next frame has been painted, when the main thread is idle (or after
 * 2 s at the latest). The caller has just made the first screen's DOM, so that frame is it.
 */
function preloadAfterFirstPaint(work: () => void): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2000 });
      else work();
    }),
  );
}

/**
 * The first Intl.NumberFormat a page creates loads the number-formatting data: 17-22 ms of main
 * thread on our build machines; every count on screen ("20 pages") goes through one. Called while the
 * start-up requests are in flight, that cost overlaps the wait instead of delaying the first
 * screen. Plural rules come from the same data.
 */
export function warmUpNumberFormatting(): void {
  new Intl.NumberFormat().format(0);
  new Intl.PluralRules().select(0);
}

/** Switches every visible string at once; resolves when the new language is painted-ready. */
export async function switchLanguage(language: string): Promise<void> {
  await i18next.changeLanguage(language);
}

export function currentLanguage(): string {
  return i18next.resolvedLanguage ?? i18next.language;
}

/** Whether a language is the one every text is written in first (so it is not a translation). */
export function isSourceLanguage(language: string): boolean {
  return registry?.sourceLanguage === language;
}

/** Interface strings. */
export const t: TFunction = ((...args: Parameters<TFunction>) => i18next.t(...args)) as TFunction;

/** A topic's text, by key inside content/<topic>/<lng>.json. */
export function topicText(topicId: string, key: string): string {
  return i18next.t(key, { ns: topicNamespace(topicId) });
}

/** Whether a topic's text has a key (optional keys such as a list's lead sentence). */
export function hasTopicText(topicId: string, key: string): boolean {
  return i18next.exists(key, { ns: topicNamespace(topicId) });
}

export function onLanguageChanged(listener: (language: string) => void): () => void {
  i18next.on('languageChanged', listener);
  return () => i18next.off('languageChanged', listener);
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

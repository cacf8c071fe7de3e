import { fetchAppJson } from '../content/content-store';

/** Interface strings live in locales/<lng>/ui.json. */
export const UI_NAMESPACE = 'ui';

/** Each topic's text is its own namespace, loaded from content/<topic>/<lng>.json. */
export function topicNamespace(topicId: string): string {
  return `topic-${topicId}`;
}

export type TextBundle = Record<string, unknown>;

/** One language's texts by namespace; a namespace whose file could not be read is absent. */
export type LanguageTexts = Record<string, TextBundle>;

const prefetched = new Map<string, Promise<LanguageTexts>>();

/**
 * Starts fetching a language's texts before anyone asks for them (see
 * renderer/start/start-up-data.ts); the next fetchLanguageTexts for that language takes this
 * request instead of making another.
 */
export function prefetchLanguageTexts(language: string, topicIds: string[]): void {
  if (prefetched.has(language)) return;
  const request = fetchAllTexts(language, topicIds);
  request.catch(() => undefined); // reported by whoever takes it
  prefetched.set(language, request);
}

/** A language's texts: the prefetched request if there is one, else a new one. */
export function fetchLanguageTexts(language: string, topicIds: string[]): Promise<LanguageTexts> {
  const request = prefetched.get(language);
  if (!request) return fetchAllTexts(language, topicIds);
  prefetched.delete(language);
  return request;
}

/**
 * Fetches one language's interface strings and every topic's text, all at once. A topic file
 * that cannot be read is logged and left out, so that topic falls back to the source language;
 * without the interface strings the language is unusable, so that failure rejects.
 */
async function fetchAllTexts(language: string, topicIds: string[]): Promise<LanguageTexts> {
  const files = [
    { namespace: UI_NAMESPACE, path: `locales/${language}/ui.json` },
    ...topicIds.map((topicId) => ({ namespace: topicNamespace(topicId), path: `content/${topicId}/${language}.json` })),
  ];
  const results = await Promise.allSettled(files.map((file) => fetchAppJson<TextBundle>(file.path)));
  const texts: LanguageTexts = {};
  results.forEach((result, index) => {
    const { namespace, path } = files[index]!;
    if (result.status === 'fulfilled') texts[namespace] = result.value;
    else if (namespace === UI_NAMESPACE) throw new Error(`The "${language}" interface strings could not be loaded (${path})`, { cause: result.reason });
    else console.warn(`[kiosk] ${path} could not be loaded; that topic shows its source-language text:`, result.reason);
  });
  return texts;
}

/**
 * The pages a patient steps through in a topic, in order: a contents page when the topic has
 * chapters, then its screens, then "Sources and review". Back and Next walk this list; the
 * page position, the progress bar and the contents page read their numbers from it.
 *
 * Written against the shapes both topic.json and the compiled index share, so the e2e tests
 * walk the same pages as the kiosk.
 */

export interface ScreenLike {
  id: string;
}
export interface TopicLike<Screen extends ScreenLike> {
  screens: Screen[];
  chapters?: { id: string; screens: string[] }[] | undefined;
}

/** Where a screen sits in its chapter ("Causes · 2 of 6"). */
export interface ChapterPlace {
  id: string;
  /** 1-based page number inside the chapter. */
  pageInChapter: number;
  pagesInChapter: number;
}

/** A chapter as the contents page lists it. */
export interface ChapterEntry {
  id: string;
  /** Index of the chapter's first page in the topic's pages. */
  firstPage: number;
  pageCount: number;
}

export type TopicPage<Screen extends ScreenLike = ScreenLike> =
  | { kind: 'contents' }
  | { kind: 'screen'; screen: Screen; chapter: ChapterPlace | null }
  | { kind: 'sources' };

export interface TopicPages<Screen extends ScreenLike = ScreenLike> {
  pages: TopicPage<Screen>[];
  /** Empty for a topic without chapters. */
  chapters: ChapterEntry[];
}

const cache = new WeakMap<object, TopicPages<ScreenLike>>();

/** The topic's pages; computed once per topic object (the renderer asks on every render). */
export function topicPages<Screen extends ScreenLike>(topic: TopicLike<Screen>): TopicPages<Screen> {
  const cached = cache.get(topic);
  if (cached) return cached as TopicPages<Screen>;
  const pages: TopicPage<Screen>[] = [];
  const chapters: ChapterEntry[] = [];
  const chapterOf = new Map<string, { id: string; index: number; size: number }>();
  for (const chapter of topic.chapters ?? []) {
    chapter.screens.forEach((screenId, index) => chapterOf.set(screenId, { id: chapter.id, index, size: chapter.screens.length }));
  }
  if (chapterOf.size > 0) pages.push({ kind: 'contents' });
  for (const screen of topic.screens) {
    const place = chapterOf.get(screen.id);
    if (place?.index === 0) chapters.push({ id: place.id, firstPage: pages.length, pageCount: place.size });
    pages.push({ kind: 'screen', screen, chapter: place ? { id: place.id, pageInChapter: place.index + 1, pagesInChapter: place.size } : null });
  }
  pages.push({ kind: 'sources' });
  const result = { pages, chapters };
  cache.set(topic, result as TopicPages<ScreenLike>);
  return result;
}

/** How many pages Back and Next walk through. */
export function pageCount(topic: TopicLike<ScreenLike>): number {
  return topicPages(topic).pages.length;
}

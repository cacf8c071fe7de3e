import { topicPages, type CompiledScreen, type CompiledTopic, type TopicPage } from '../../content/content-store';
import { t, topicText } from '../../i18n/i18n';

/*
 * The words that name a topic page: its heading and its position. Shared by the topic screen and
 * the app's screen-reader announcement; kept apart from the (lazily loaded) topic screen so the
 * home screen's bundle does not grow.
 */

/** The page's heading: the topic's title on the contents page. */
export function pageTitle(topic: CompiledTopic, shown: TopicPage<CompiledScreen>): string {
  switch (shown.kind) {
    case 'contents':
      return topicText(topic.id, 'title');
    case 'sources':
      return t('sources.title');
    case 'screen':
      return topicText(topic.id, `screens.${shown.screen.id}.title`);
  }
}

/** "Page 2 of 21", or in a topic with chapters "Causes · 2 of 9", "Contents", "Sources and review". */
export function positionText(topic: CompiledTopic, page: number): string {
  const { pages, chapters } = topicPages(topic);
  const shown = pages[page];
  if (chapters.length === 0 || !shown) return t('nav.position', { current: page + 1, total: pages.length });
  if (shown.kind === 'contents') return t('nav.contents');
  if (shown.kind === 'sources') return t('sources.title');
  if (!shown.chapter) return t('nav.position', { current: page + 1, total: pages.length });
  const { id, pageInChapter, pagesInChapter } = shown.chapter;
  return t('nav.chapterPosition', { chapter: topicText(topic.id, `chapters.${id}.title`), current: pageInChapter, total: pagesInChapter });
}

/** The id a page's read-aloud files are named by: `contents`, a screen id, or `sources`. */
export function speechPageId(shown: TopicPage<CompiledScreen>): string {
  return shown.kind === 'screen' ? shown.screen.id : shown.kind;
}

/** The key read-aloud's timings name the page's heading by. */
export function pageSpeechKey(shown: TopicPage<CompiledScreen>): string {
  switch (shown.kind) {
    case 'contents':
      return 'title';
    case 'sources':
      return 'ui:sources.title';
    case 'screen':
      return `screens.${shown.screen.id}.title`;
  }
}

/** The page's heading, for the screen-reader announcement of a page change. */
export function pageHeading(topic: CompiledTopic, page: number): string {
  const shown = topicPages(topic).pages[page];
  return shown ? pageTitle(topic, shown) : '';
}

import { topicPages, type ScreenLike, type TopicLike } from '../../content/topic-pages';

/**
 * The pages a patient on `page` most likely turns to next, in page order: the next page, and on
 * a contents page each chapter's first page. The topic screen makes these ahead, hidden, while
 * the patient reads, so the tap that shows one only has to reveal it. Only later pages: Back is
 * rarer, and a page made ahead always comes after the page shown.
 */
export function pagesLikelyNext(topic: TopicLike<ScreenLike>, page: number): number[] {
  const { pages, chapters } = topicPages(topic);
  const likely = new Set<number>();
  if (page + 1 < pages.length) likely.add(page + 1);
  if (pages[page]?.kind === 'contents') for (const chapter of chapters) likely.add(chapter.firstPage);
  return [...likely].filter((index) => index > page && index < pages.length).sort((a, b) => a - b);
}

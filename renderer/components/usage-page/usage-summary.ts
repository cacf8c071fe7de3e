import type { UsageDay } from '../../../main/ipc/contract';
import { addDays, SESSION_LENGTH_BUCKETS, type SessionLengthBucket } from '../../../main/usage/usage-counts';

/**
 * What the staff panel's Usage page shows, worked out from the days' counts the main process
 * sends ('usage/summary'): plain numbers for a chart and a few short lists. Pure, so the page
 * only draws.
 */
export interface UsageOverview {
  /** Every day of the period, oldest first, zero where nothing was counted (the bar chart). */
  sessionsByDay: { day: string; sessions: number }[];
  totals: { sessions: number; idleResets: number; readAloudPlays: number; handoutsPrinted: number; qrCodesShown: number; diagramsEnlarged: number };
  /** Sessions by how long they lasted. */
  sessionLengths: Record<SessionLengthBucket, number>;
  /** Most opened first: how many opened each topic, how far they read (the funnel), and how many read it to the end. */
  topics: TopicUsage[];
  /** Most used first: sessions that chose a language, and sessions that ended in it. */
  languages: { language: string; chosen: number; endedIn: number }[];
  /** The ten glossary words opened most ("topic/term"), most first. */
  glossaryTop: { key: string; opened: number }[];
}

export interface TopicUsage {
  topicId: string;
  opened: number;
  reachedEnd: number;
  /** Page index (from 0) → sessions that reached it. */
  pagesReached: Record<number, number>;
  /** Chapter id → sessions that opened it from the contents page. */
  chaptersOpened: Record<string, number>;
}

export function usageOverview(today: string, days: Record<string, UsageDay>, dayCount: number): UsageOverview {
  const sessionsByDay = Array.from({ length: dayCount }, (_, index) => {
    const day = addDays(today, index - (dayCount - 1));
    return { day, sessions: days[day]?.sessions ?? 0 };
  });
  const all = Object.values(days);
  const sum = (pick: (day: UsageDay) => number) => all.reduce((total, day) => total + pick(day), 0);
  const topics = new Map<string, Omit<TopicUsage, 'topicId'>>();
  const languages = new Map<string, { chosen: number; endedIn: number }>();
  const glossary = new Map<string, number>();
  for (const day of all) {
    for (const [topicId, counts] of Object.entries(day.topics)) {
      const topic = topics.get(topicId) ?? { opened: 0, reachedEnd: 0, pagesReached: {}, chaptersOpened: {} };
      topic.opened += counts.opened;
      topic.reachedEnd += counts.reachedEnd;
      for (const [page, count] of Object.entries(counts.pagesReached)) topic.pagesReached[Number(page)] = (topic.pagesReached[Number(page)] ?? 0) + count;
      for (const [chapter, count] of Object.entries(counts.chaptersOpened)) topic.chaptersOpened[chapter] = (topic.chaptersOpened[chapter] ?? 0) + count;
      topics.set(topicId, topic);
    }
    for (const [language, count] of Object.entries(day.languagesChosen)) languageEntry(languages, language).chosen += count;
    for (const [language, count] of Object.entries(day.languagesEnded)) languageEntry(languages, language).endedIn += count;
    for (const [key, count] of Object.entries(day.glossaryOpened)) glossary.set(key, (glossary.get(key) ?? 0) + count);
  }
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    sessionsByDay,
    totals: {
      sessions: sum((day) => day.sessions),
      idleResets: sum((day) => day.idleResets),
      readAloudPlays: sum((day) => day.readAloudPlays),
      handoutsPrinted: sum((day) => day.handoutsPrinted),
      qrCodesShown: sum((day) => day.qrCodesShown),
      diagramsEnlarged: sum((day) => day.diagramsEnlarged),
    },
    sessionLengths: Object.fromEntries(SESSION_LENGTH_BUCKETS.map((bucket) => [bucket, sum((day) => day.sessionLengths[bucket])])) as Record<SessionLengthBucket, number>,
    topics: [...topics].map(([topicId, counts]) => ({ topicId, ...counts })).sort((a, b) => b.opened - a.opened || byName(a.topicId, b.topicId)),
    languages: [...languages].map(([language, counts]) => ({ language, ...counts })).sort((a, b) => b.endedIn + b.chosen - (a.endedIn + a.chosen) || byName(a.language, b.language)),
    glossaryTop: [...glossary].map(([key, opened]) => ({ key, opened })).sort((a, b) => b.opened - a.opened || byName(a.key, b.key)).slice(0, 10),
  };
}

function languageEntry(map: Map<string, { chosen: number; endedIn: number }>, language: string) {
  let entry = map.get(language);
  if (entry === undefined) map.set(language, (entry = { chosen: 0, endedIn: 0 }));
  return entry;
}

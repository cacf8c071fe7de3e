import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  addDays,
  DAYS_KEPT,
  DISTINCT_KEY_LIMITS,
  emptyUsageCounts,
  localDay,
  recordUsage,
  sessionLengthBucket,
  TOPIC_DAY_FIELDS,
  USAGE_DAY_FIELDS,
  type MainProcessUsageEvent,
  type SessionMemory,
  type UsageCounts,
  type UsageEvent,
} from '../../../../main/usage/usage-counts';

/** Local noon on a date, so time-zone offsets never move it to another day. */
const at = (day: string, hours = 12, minutes = 0) => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date, hours, minutes);
};

function play(events: [UsageEvent | MainProcessUsageEvent, Date][], start: UsageCounts = emptyUsageCounts()): { counts: UsageCounts; session: SessionMemory | null } {
  let counts = start;
  let session: SessionMemory | null = null;
  for (const [event, time] of events) ({ counts, session } = recordUsage(counts, session, event, time));
  return { counts, session };
}

const DAY = '2026-11-30';
const topic = 'muscle-atrophy';

describe('what is counted', () => {
  test('a scripted patient: wake, open the topic, read 5 pages, switch to Arabic, open a glossary word, idle reset', () => {
    const t = (minutes: number) => at(DAY, 10, minutes);
    const { counts, session } = play([
      [{ event: 'session-started' }, t(0)],
      [{ event: 'topic-opened', topicId: topic }, t(0)],
      ...[0, 1, 2, 3, 4].map((page): [UsageEvent, Date] => [{ event: 'page-reached', topicId: topic, page, pageCount: 22 }, t(1)]),
      [{ event: 'language-chosen', language: 'ar' }, t(2)],
      [{ event: 'glossary-opened', topicId: topic, term: 'atrophy' }, t(2)],
      [{ event: 'session-ended', language: 'ar' }, t(4)],
    ]);
    assert.equal(session, null);
    const day = counts.days[DAY]!;
    assert.equal(day.sessions, 1);
    assert.equal(day.idleResets, 1);
    assert.deepEqual(day.sessionLengths, { 'under-1-min': 0, '1-3-min': 0, '3-10-min': 1, 'over-10-min': 0 });
    assert.deepEqual(day.topics[topic], { opened: 1, pagesReached: { 0: 1, 1: 1, 2: 1, 3: 1, 4: 1 }, chaptersOpened: {}, reachedEnd: 0 });
    assert.deepEqual(day.languagesChosen, { ar: 1 });
    assert.deepEqual(day.languagesEnded, { ar: 1 });
    assert.deepEqual(day.glossaryOpened, { [`${topic}/atrophy`]: 1 });
  });

  test('a page or chapter read twice in one session counts once; in the next session it counts again', () => {
    const page: UsageEvent = { event: 'page-reached', topicId: topic, page: 3, pageCount: 4 };
    const chapter: UsageEvent = { event: 'chapter-opened', topicId: topic, chapterId: 'signs' };
    const { counts } = play([
      [page, at(DAY)],
      [page, at(DAY)],
      [chapter, at(DAY)],
      [chapter, at(DAY)],
      [{ event: 'topic-opened', topicId: topic }, at(DAY)],
      [{ event: 'topic-opened', topicId: topic }, at(DAY)],
      [{ event: 'session-ended', language: 'en' }, at(DAY)],
      [page, at(DAY)],
    ]);
    const counted = counts.days[DAY]!.topics[topic]!;
    assert.deepEqual(counted.pagesReached, { 3: 2 });
    assert.equal(counted.reachedEnd, 2, 'page 3 of 4 is the last');
    assert.deepEqual(counted.chaptersOpened, { signs: 1 });
    assert.equal(counted.opened, 1);
    assert.equal(counts.days[DAY]!.sessions, 2, 'a touch after the reset is a new patient');
  });

  test('any event outside a session starts one; a second start does not', () => {
    const { counts } = play([
      [{ event: 'text-size-changed', size: 'large' }, at(DAY)],
      [{ event: 'session-started' }, at(DAY)],
      [{ event: 'contrast-changed', theme: 'high-contrast' }, at(DAY)],
      [{ event: 'diagram-enlarged' }, at(DAY)],
      [{ event: 'read-aloud-played' }, at(DAY)],
      [{ event: 'qr-code-shown' }, at(DAY)],
      [{ event: 'handout-printed' }, at(DAY)],
    ]);
    const day = counts.days[DAY]!;
    assert.equal(day.sessions, 1);
    assert.deepEqual([day.textSizeChanges, day.contrastChanges, day.diagramsEnlarged, day.readAloudPlays, day.qrCodesShown, day.handoutsPrinted], [{ large: 1 }, { 'high-contrast': 1 }, 1, 1, 1, 1]);
  });

  test('session lengths go into four buckets only', () => {
    assert.deepEqual([0, 59_999, 60_000, 179_999, 180_000, 599_999, 600_000, 36e5].map(sessionLengthBucket), [
      'under-1-min',
      'under-1-min',
      '1-3-min',
      '1-3-min',
      '3-10-min',
      '3-10-min',
      'over-10-min',
      'over-10-min',
    ]);
  });

  test('a page that sends made-up ids cannot grow a day without end', () => {
    const events: [UsageEvent, Date][] = [];
    for (let n = 0; n < DISTINCT_KEY_LIMITS.glossary + 50; n++) events.push([{ event: 'glossary-opened', topicId: topic, term: `term-${n}` }, at(DAY)]);
    for (let n = 0; n < DISTINCT_KEY_LIMITS.topics + 50; n++) events.push([{ event: 'topic-opened', topicId: `topic-${n}` }, at(DAY)]);
    const day = play(events).counts.days[DAY]!;
    assert.equal(Object.keys(day.glossaryOpened).length, DISTINCT_KEY_LIMITS.glossary);
    assert.equal(Object.keys(day.topics).length, DISTINCT_KEY_LIMITS.topics);
  });
});

describe('days', () => {
  test('counts roll over at local midnight: a session that runs past it ends on the new day', () => {
    const { counts } = play([
      [{ event: 'session-started' }, at('2026-11-30', 23, 58)],
      [{ event: 'topic-opened', topicId: topic }, at('2026-11-30', 23, 59)],
      [{ event: 'diagram-enlarged' }, at('2026-12-01', 0, 1)],
      [{ event: 'session-ended', language: 'en' }, at('2026-12-01', 0, 2)],
    ]);
    assert.equal(counts.days['2026-11-30']!.sessions, 1);
    assert.equal(counts.days['2026-11-30']!.topics[topic]!.opened, 1);
    assert.equal(counts.days['2026-12-01']!.diagramsEnlarged, 1);
    assert.deepEqual(counts.days['2026-12-01']!.sessionLengths['3-10-min'], 1);
    assert.equal(localDay(at('2026-12-01', 0, 0)), '2026-12-01');
  });

  test(`${DAYS_KEPT} days are kept; older days are dropped`, () => {
    let counts = emptyUsageCounts();
    for (let n = 0; n < DAYS_KEPT + 30; n++) counts = recordUsage(counts, null, { event: 'session-started' }, at(addDays('2025-06-01', n))).counts;
    const days = Object.keys(counts.days).sort();
    assert.equal(days.length, DAYS_KEPT);
    assert.equal(days.at(-1), addDays('2025-06-01', DAYS_KEPT + 29));
    assert.equal(days[0], addDays('2025-06-01', 30));
  });

  test('calendar arithmetic crosses months, years and leap days', () => {
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(addDays('2026-03-01', -1), '2026-02-28');
  });
});

describe('what is never stored', () => {
  test('a day holds only the listed fields, counts as whole numbers, and no time finer than its date', () => {
    const { counts } = play([
      [{ event: 'session-started' }, at(DAY, 9, 7)],
      [{ event: 'topic-opened', topicId: topic }, at(DAY, 9, 8)],
      [{ event: 'page-reached', topicId: topic, page: 0, pageCount: 2 }, at(DAY, 9, 8)],
      [{ event: 'chapter-opened', topicId: topic, chapterId: 'signs' }, at(DAY, 9, 9)],
      [{ event: 'glossary-opened', topicId: topic, term: 'atrophy' }, at(DAY, 9, 9)],
      [{ event: 'language-chosen', language: 'zh-Hans' }, at(DAY, 9, 10)],
      [{ event: 'text-size-changed', size: 'largest' }, at(DAY, 9, 10)],
      [{ event: 'session-ended', language: 'zh-Hans' }, at(DAY, 9, 12)],
    ]);
    const text = JSON.stringify(counts);
    assert.doesNotMatch(text, /\d{1,2}:\d{2}|T\d{2}|\d{10,}/, 'no clock time, ISO time or epoch number');
    assert.deepEqual(Object.keys(counts), ['version', 'days']);
    for (const [dayKey, day] of Object.entries(counts.days)) {
      assert.match(dayKey, /^\d{4}-\d{2}-\d{2}$/);
      assert.deepEqual(Object.keys(day).sort(), [...USAGE_DAY_FIELDS].sort());
      for (const topicCounts of Object.values(day.topics)) assert.deepEqual(Object.keys(topicCounts).sort(), [...TOPIC_DAY_FIELDS].sort());
      const numbers = (value: unknown): boolean => (typeof value === 'number' ? Number.isInteger(value) && value >= 0 : typeof value === 'object' && value !== null && Object.values(value).every(numbers));
      assert.ok(numbers(day), 'every leaf is a whole number');
    }
  });
});

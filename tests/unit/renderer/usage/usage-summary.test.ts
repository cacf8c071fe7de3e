import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyUsageDay, type UsageDay } from '../../../../main/usage/usage-counts';
import { usageOverview } from '../../../../renderer/components/usage-page/usage-summary';

function day(change: Partial<UsageDay>): UsageDay {
  return { ...emptyUsageDay(), ...change };
}

test("the Usage page's figures: 30 days of sessions zero-filled, totals, topics, languages and the top glossary words", () => {
  const days: Record<string, UsageDay> = {
    '2026-11-02': day({
      sessions: 3,
      sessionLengths: { 'under-1-min': 2, '1-3-min': 1, '3-10-min': 0, 'over-10-min': 0 },
      idleResets: 3,
      readAloudPlays: 2,
      topics: { 'muscle-atrophy': { opened: 2, pagesReached: { 0: 2, 1: 1 }, chaptersOpened: { causes: 1 }, reachedEnd: 1 } }, languagesChosen: { ar: 1 }, languagesEnded: { ar: 1, en: 2 } }),
    '2026-11-30': day({
      sessions: 5,
      sessionLengths: { 'under-1-min': 0, '1-3-min': 0, '3-10-min': 1, 'over-10-min': 4 },
      handoutsPrinted: 1,
      qrCodesShown: 2,
      topics: { 'muscle-atrophy': { opened: 4, pagesReached: { 0: 4, 2: 1 }, chaptersOpened: { causes: 2, symptoms: 1 }, reachedEnd: 0 }, 'back-pain': { opened: 4, pagesReached: {}, chaptersOpened: {}, reachedEnd: 4 } },
      languagesEnded: { es: 5 },
      glossaryOpened: Object.fromEntries(Array.from({ length: 12 }, (_, n) => [`muscle-atrophy/term-${String(n).padStart(2, '0')}`, n + 1])),
    }),
  };
  const overview = usageOverview('2026-11-30', days, 30);
  assert.equal(overview.sessionsByDay.length, 30);
  assert.deepEqual(overview.sessionsByDay[0], { day: '2026-11-01', sessions: 0 });
  assert.deepEqual(overview.sessionsByDay[1], { day: '2026-11-02', sessions: 3 });
  assert.deepEqual(overview.sessionsByDay[29], { day: '2026-11-30', sessions: 5 });
  assert.deepEqual(overview.totals, { sessions: 8, idleResets: 3, readAloudPlays: 2, handoutsPrinted: 1, qrCodesShown: 2, diagramsEnlarged: 0 });
  assert.deepEqual(overview.sessionLengths, { 'under-1-min': 2, '1-3-min': 1, '3-10-min': 1, 'over-10-min': 4 });
  assert.deepEqual(overview.topics, [
    { topicId: 'muscle-atrophy', opened: 6, reachedEnd: 1, pagesReached: { 0: 6, 1: 1, 2: 1 }, chaptersOpened: { causes: 3, symptoms: 1 } },
    { topicId: 'back-pain', opened: 4, reachedEnd: 4, pagesReached: {}, chaptersOpened: {} },
  ]);
  assert.deepEqual(overview.languages, [
    { language: 'es', chosen: 0, endedIn: 5 },
    { language: 'ar', chosen: 1, endedIn: 1 },
    { language: 'en', chosen: 0, endedIn: 2 },
  ]);
  assert.equal(overview.glossaryTop.length, 10);
  assert.deepEqual(overview.glossaryTop[0], { key: 'muscle-atrophy/term-11', opened: 12 });
});

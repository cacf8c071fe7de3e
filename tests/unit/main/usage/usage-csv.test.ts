import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { emptyUsageCounts, recordUsage, type MainProcessUsageEvent, type SessionMemory, type UsageEvent } from '../../../../main/usage/usage-counts';
import { csvField, usageCsv } from '../../../../main/usage/usage-csv';

const golden = path.join(path.dirname(fileURLToPath(import.meta.url)), 'golden', 'usage.csv');

/** Two days: a patient who reads in Arabic and prints, and a quieter one the next day. */
function twoDays() {
  const counts = emptyUsageCounts();
  let session: SessionMemory | null = null;
  const play = (time: Date, ...events: (UsageEvent | MainProcessUsageEvent)[]) => {
    for (const event of events) session = recordUsage(counts, session, event, time).session;
  };
  const day1 = new Date(2026, 10, 30, 10, 0);
  play(
    day1,
    { event: 'session-started' },
    { event: 'topic-opened', topicId: 'muscle-atrophy' },
    { event: 'page-reached', topicId: 'muscle-atrophy', page: 0, pageCount: 3 },
    { event: 'chapter-opened', topicId: 'muscle-atrophy', chapterId: 'signs' },
    { event: 'page-reached', topicId: 'muscle-atrophy', page: 2, pageCount: 3 },
    { event: 'language-chosen', language: 'ar' },
    { event: 'glossary-opened', topicId: 'muscle-atrophy', term: 'atrophy' },
    { event: 'diagram-enlarged' },
    { event: 'read-aloud-played' },
    { event: 'qr-code-shown' },
    { event: 'handout-printed' },
    { event: 'text-size-changed', size: 'large' },
    { event: 'contrast-changed', theme: 'high-contrast' },
  );
  play(new Date(2026, 10, 30, 10, 4), { event: 'session-ended', language: 'ar' });
  play(new Date(2026, 11, 1, 9, 0), { event: 'session-started' }, { event: 'topic-opened', topicId: 'muscle-atrophy' }, { event: 'page-reached', topicId: 'muscle-atrophy', page: 0, pageCount: 3 });
  play(new Date(2026, 11, 1, 9, 0, 40), { event: 'session-ended', language: 'en' });
  return counts;
}

describe('the usage CSV', () => {
  test('matches the golden file: header, one row per day, measure and item, UTF-8 with a BOM and CRLF', () => {
    const csv = usageCsv(twoDays(), 'front-desk-2');
    // After a deliberate change of format: UPDATE_GOLDEN=1, then read the new file before committing it.
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, csv);
    assert.equal(csv, readFileSync(golden, 'utf8'));
  });

  test('an empty kiosk writes the header only', () => {
    assert.equal(usageCsv(emptyUsageCounts()), '\uFEFFkiosk_id,date,measure,item,count\r\n');
  });

  test('fields a spreadsheet would misread are quoted, and none can become a formula', () => {
    assert.equal(csvField('Clinic, North'), '"Clinic, North"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvField('+1 555'), "'+1 555");
    assert.equal(csvField('plain'), 'plain');
  });
});

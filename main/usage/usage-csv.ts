import { SESSION_LENGTH_BUCKETS, type UsageCounts, type UsageDay } from './usage-counts';

/**
 * The usage counts as a CSV file for a spreadsheet: one row per day, measure and item, so files
 * from many kiosks can be put together and filtered or pivoted as they are.
 *
 * Columns (README "Usage counts" lists them for clinics):
 *   kiosk_id  the IT config's kioskId, or empty
 *   date      the local day, YYYY-MM-DD
 *   measure   what is counted (below)
 *   item      what it is counted for: a topic id, "topic/page" (pages numbered from 1), "topic/chapter",
 *             "topic/term", a language code, a text size or theme, a session-length bucket; empty
 *             for the day's totals
 *   count     a whole number
 *
 * UTF-8 with a byte order mark (so spreadsheet programs read it as UTF-8), a header row, CRLF line
 * ends (RFC 4180). Every day has a `sessions` row; other rows only where the count is above zero.
 */

export const USAGE_CSV_HEADER = ['kiosk_id', 'date', 'measure', 'item', 'count'] as const;

type Row = [measure: string, item: string, count: number];

/** The measures in the order they are written each day. */
function rowsOfDay(day: UsageDay): Row[] {
  const rows: Row[] = [['sessions', '', day.sessions]];
  for (const bucket of SESSION_LENGTH_BUCKETS) rows.push(['session_length', bucket, day.sessionLengths[bucket]]);
  rows.push(['idle_resets', '', day.idleResets]);
  for (const [topicId, topic] of sorted(day.topics)) {
    rows.push(['topic_opened', topicId, topic.opened]);
    for (const [page, count] of Object.entries(topic.pagesReached).sort(([a], [b]) => Number(a) - Number(b))) rows.push(['page_reached', `${topicId}/${Number(page) + 1}`, count]);
    for (const [chapter, count] of sorted(topic.chaptersOpened)) rows.push(['chapter_opened', `${topicId}/${chapter}`, count]);
    rows.push(['topic_read_to_end', topicId, topic.reachedEnd]);
  }
  for (const [language, count] of sorted(day.languagesChosen)) rows.push(['language_chosen', language, count]);
  for (const [language, count] of sorted(day.languagesEnded)) rows.push(['language_at_end', language, count]);
  for (const [term, count] of sorted(day.glossaryOpened)) rows.push(['glossary_word_opened', term, count]);
  rows.push(['diagrams_enlarged', '', day.diagramsEnlarged], ['read_aloud_plays', '', day.readAloudPlays], ['handouts_printed', '', day.handoutsPrinted], ['qr_codes_shown', '', day.qrCodesShown]);
  for (const [size, count] of sorted(day.textSizeChanges)) rows.push(['text_size_chosen', size, count]);
  for (const [theme, count] of sorted(day.contrastChanges)) rows.push(['contrast_chosen', theme, count]);
  return rows.filter(([measure, , count]) => measure === 'sessions' || count > 0);
}

export function usageCsv(counts: UsageCounts, kioskId = ''): string {
  const lines = [USAGE_CSV_HEADER.join(',')];
  for (const [date, day] of sorted(counts.days)) {
    for (const [measure, item, count] of rowsOfDay(day)) lines.push([kioskId, date, measure, item, String(count)].map(csvField).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function sorted<T>(record: Record<string, T>): [string, T][] {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * One field: quoted when it holds a comma, quote or line break; a field a spreadsheet would take
 * for a formula (=, +, -, @ first) gets a leading apostrophe, so opening the file runs nothing.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

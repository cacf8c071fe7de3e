/**
 * What the kiosk counts about its use, for the clinic's educators: daily totals, nothing else.
 *
 * THE RULE (README "Usage counts"): counts are kept per calendar day (local time) and never hold
 * a time finer than the day, the order of one session's actions, anything typed, the staff PIN,
 * or anything else that could single out a person. A session's own state (when it began, which
 * pages it already reached) lives only in memory, in `SessionMemory`, and is dropped when the
 * session ends; only the totals below are stored. `USAGE_DAY_FIELDS` is the whole list of what a
 * stored day may hold, and a unit test holds the stored file to it.
 *
 * Pure functions over plain data: the store (usage-store.ts) reads, writes and schedules.
 */

/** Session lengths, in buckets only: never the length itself. */
export const SESSION_LENGTH_BUCKETS = ['under-1-min', '1-3-min', '3-10-min', 'over-10-min'] as const;
export type SessionLengthBucket = (typeof SESSION_LENGTH_BUCKETS)[number];

/** How far patients read into one topic on one day. */
export interface TopicDayCounts {
  /** Sessions that opened the topic. */
  opened: number;
  /** Per page (0-based, as the topic's pages run), the sessions that reached it: the funnel. */
  pagesReached: Record<string, number>;
  /** Per chapter, the sessions that opened it from the contents page. */
  chaptersOpened: Record<string, number>;
  /** Sessions that reached the topic's last page. */
  reachedEnd: number;
}

/** One day's totals. Every key here is listed in USAGE_DAY_FIELDS. */
export interface UsageDay {
  sessions: number;
  sessionLengths: Record<SessionLengthBucket, number>;
  idleResets: number;
  topics: Record<string, TopicDayCounts>;
  /** Languages patients chose (a choice, not the default the kiosk started in). */
  languagesChosen: Record<string, number>;
  /** The language each session ended in. */
  languagesEnded: Record<string, number>;
  /** "<topic>/<term>" → times a glossary word was opened. */
  glossaryOpened: Record<string, number>;
  diagramsEnlarged: number;
  readAloudPlays: number;
  handoutsPrinted: number;
  qrCodesShown: number;
  /** Text size chosen → times. */
  textSizeChanges: Record<string, number>;
  /** Colour theme chosen → times. */
  contrastChanges: Record<string, number>;
}

export const USAGE_DAY_FIELDS = [
  'sessions',
  'sessionLengths',
  'idleResets',
  'topics',
  'languagesChosen',
  'languagesEnded',
  'glossaryOpened',
  'diagramsEnlarged',
  'readAloudPlays',
  'handoutsPrinted',
  'qrCodesShown',
  'textSizeChanges',
  'contrastChanges',
] as const satisfies readonly (keyof UsageDay)[];

export const TOPIC_DAY_FIELDS = ['opened', 'pagesReached', 'chaptersOpened', 'reachedEnd'] as const satisfies readonly (keyof TopicDayCounts)[];

/** The stored file: days by local date, `YYYY-MM-DD`. */
export interface UsageCounts {
  version: 1;
  days: Record<string, UsageDay>;
}

/** Days kept: a little over a year, so a clinic can compare a month with the same month last year. */
export const DAYS_KEPT = 400;

/**
 * Limits on how many different keys one day may gather, so a page that sends made-up ids cannot
 * grow the file without end. Generous next to any real kiosk's content.
 */
export const DISTINCT_KEY_LIMITS = { topics: 100, pages: 200, chapters: 20, languages: 60, glossary: 500, choices: 10 } as const;

/** What the kiosk's pages report (closed list; main/ipc/contract.ts carries it over IPC). */
export type UsageEvent =
  | { event: 'session-started' }
  | { event: 'session-ended'; language: string }
  | { event: 'topic-opened'; topicId: string }
  | { event: 'page-reached'; topicId: string; page: number; pageCount: number }
  | { event: 'chapter-opened'; topicId: string; chapterId: string }
  | { event: 'language-chosen'; language: string }
  | { event: 'glossary-opened'; topicId: string; term: string }
  | { event: 'diagram-enlarged' }
  | { event: 'read-aloud-played' }
  | { event: 'qr-code-shown' }
  | { event: 'text-size-changed'; size: string }
  | { event: 'contrast-changed'; theme: string };

/** Counted by the main process itself, never sent by a page. */
export type MainProcessUsageEvent = { event: 'handout-printed' };

/**
 * The running session, in memory only: when it began (for its length bucket) and what it already
 * reached (so a page read twice counts once). Never written anywhere.
 */
export interface SessionMemory {
  startedAt: number;
  topicsOpened: Set<string>;
  pagesReached: Set<string>;
  chaptersOpened: Set<string>;
  endsReached: Set<string>;
}

export function emptyUsageCounts(): UsageCounts {
  return { version: 1, days: {} };
}

export function emptyUsageDay(): UsageDay {
  return {
    sessions: 0,
    sessionLengths: { 'under-1-min': 0, '1-3-min': 0, '3-10-min': 0, 'over-10-min': 0 },
    idleResets: 0,
    topics: {},
    languagesChosen: {},
    languagesEnded: {},
    glossaryOpened: {},
    diagramsEnlarged: 0,
    readAloudPlays: 0,
    handoutsPrinted: 0,
    qrCodesShown: 0,
    textSizeChanges: {},
    contrastChanges: {},
  };
}

/** The local calendar day of `time`, `YYYY-MM-DD`: the finest time the counts ever hold. */
export function localDay(time: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}

export function sessionLengthBucket(milliseconds: number): SessionLengthBucket {
  const minutes = milliseconds / 60_000;
  if (minutes < 1) return 'under-1-min';
  if (minutes < 3) return '1-3-min';
  if (minutes < 10) return '3-10-min';
  return 'over-10-min';
}

export interface RecordResult {
  /** The same object as given, changed in place. */
  counts: UsageCounts;
  session: SessionMemory | null;
  /** False when the event changed nothing (e.g. a page already reached this session). */
  changed: boolean;
}

/**
 * Counts one event on the day of `now`, changing `counts` in place (the store holds the only
 * copy; a copy per event would cost more than the counting on a year of days).
 */
export function recordUsage(counts: UsageCounts, session: SessionMemory | null, event: UsageEvent | MainProcessUsageEvent, now: Date): RecordResult {
  const dayKey = localDay(now);
  const isNewDay = !(dayKey in counts.days);
  const day: UsageDay = (counts.days[dayKey] ??= emptyUsageDay());
  let nextSession = session;
  let changed = true;

  // Events outside a session (before the first touch, or after a reset) start one: a tap is a patient.
  const inSession = (): SessionMemory => {
    if (nextSession === null) {
      nextSession = newSession(now);
      day.sessions += 1;
    }
    return nextSession;
  };

  switch (event.event) {
    case 'session-started':
      if (session !== null) changed = false;
      else inSession();
      break;
    case 'session-ended': {
      day.idleResets += 1;
      if (session !== null) {
        day.sessionLengths[sessionLengthBucket(now.getTime() - session.startedAt)] += 1;
        bump(day.languagesEnded, event.language, DISTINCT_KEY_LIMITS.languages);
      }
      nextSession = null;
      break;
    }
    case 'topic-opened': {
      const memory = inSession();
      if (memory.topicsOpened.has(event.topicId) || !hasRoom(day.topics, event.topicId, DISTINCT_KEY_LIMITS.topics)) {
        changed = false;
        break;
      }
      memory.topicsOpened.add(event.topicId);
      topicCounts(day, event.topicId).opened += 1;
      break;
    }
    case 'page-reached': {
      const memory = inSession();
      const key = `${event.topicId}/${event.page}`;
      if (memory.pagesReached.has(key) || !hasRoom(day.topics, event.topicId, DISTINCT_KEY_LIMITS.topics)) {
        changed = false;
        break;
      }
      memory.pagesReached.add(key);
      const topic = topicCounts(day, event.topicId);
      bump(topic.pagesReached, String(event.page), DISTINCT_KEY_LIMITS.pages);
      if (event.page === event.pageCount - 1 && !memory.endsReached.has(event.topicId)) {
        memory.endsReached.add(event.topicId);
        topic.reachedEnd += 1;
      }
      break;
    }
    case 'chapter-opened': {
      const memory = inSession();
      const key = `${event.topicId}/${event.chapterId}`;
      if (memory.chaptersOpened.has(key) || !hasRoom(day.topics, event.topicId, DISTINCT_KEY_LIMITS.topics)) {
        changed = false;
        break;
      }
      memory.chaptersOpened.add(key);
      bump(topicCounts(day, event.topicId).chaptersOpened, event.chapterId, DISTINCT_KEY_LIMITS.chapters);
      break;
    }
    case 'language-chosen':
      inSession();
      changed = bump(day.languagesChosen, event.language, DISTINCT_KEY_LIMITS.languages);
      break;
    case 'glossary-opened':
      inSession();
      changed = bump(day.glossaryOpened, `${event.topicId}/${event.term}`, DISTINCT_KEY_LIMITS.glossary);
      break;
    case 'diagram-enlarged':
      inSession();
      day.diagramsEnlarged += 1;
      break;
    case 'read-aloud-played':
      inSession();
      day.readAloudPlays += 1;
      break;
    case 'qr-code-shown':
      inSession();
      day.qrCodesShown += 1;
      break;
    case 'handout-printed':
      // Printed from a session's sheet, but counted by the main process when the job went through.
      day.handoutsPrinted += 1;
      break;
    case 'text-size-changed':
      inSession();
      changed = bump(day.textSizeChanges, event.size, DISTINCT_KEY_LIMITS.choices);
      break;
    case 'contrast-changed':
      inSession();
      changed = bump(day.contrastChanges, event.theme, DISTINCT_KEY_LIMITS.choices);
      break;
  }
  // A session started by this event is a change even when the event itself added nothing.
  if (nextSession !== session) changed = true;
  // A new day is the moment to let the oldest go.
  if (isNewDay) counts.days = keepRecentDays(counts, dayKey).days;
  return { counts, session: nextSession, changed: changed || isNewDay };
}

/** Drops days more than DAYS_KEPT days before `today` (by date, so a clock change cannot drop today). */
export function keepRecentDays(counts: UsageCounts, today: string): UsageCounts {
  const oldestKept = addDays(today, -(DAYS_KEPT - 1));
  const days = Object.fromEntries(Object.entries(counts.days).filter(([day]) => day >= oldestKept && day <= addDays(today, 1)));
  return { version: 1, days };
}

/** `YYYY-MM-DD` plus `count` days, on the calendar (no time zone involved). */
export function addDays(day: string, count: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(year, month - 1, date + count));
  return shifted.toISOString().slice(0, 10);
}

function newSession(now: Date): SessionMemory {
  return { startedAt: now.getTime(), topicsOpened: new Set(), pagesReached: new Set(), chaptersOpened: new Set(), endsReached: new Set() };
}

function topicCounts(day: UsageDay, topicId: string): TopicDayCounts {
  return (day.topics[topicId] ??= { opened: 0, pagesReached: {}, chaptersOpened: {}, reachedEnd: 0 });
}

function hasRoom(map: Record<string, unknown>, key: string, limit: number): boolean {
  return key in map || Object.keys(map).length < limit;
}

/** Adds one under `key`, unless the map is full of other keys; says whether it counted. */
function bump(map: Record<string, number>, key: string, limit: number): boolean {
  if (!hasRoom(map, key, limit)) return false;
  map[key] = (map[key] ?? 0) + 1;
  return true;
}

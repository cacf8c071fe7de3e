import { z } from 'zod';
import { TEXT_SIZES, THEMES } from '../ipc/contract';
import { contentId as id, languageTag } from '../settings/settings-schema';
import type { UsageEvent } from './usage-counts';
import type { UsageStore } from './usage-store';

const pageIndex = z.number().int().min(0).max(500);

/** The closed list of events a page may report (usage-counts.ts says what each one counts). */
const usageEventSchema = z.discriminatedUnion('event', [
  z.strictObject({ event: z.literal('session-started') }),
  z.strictObject({ event: z.literal('session-ended'), language: languageTag }),
  z.strictObject({ event: z.literal('topic-opened'), topicId: id }),
  z.strictObject({ event: z.literal('page-reached'), topicId: id, page: pageIndex, pageCount: pageIndex.min(1) }).refine((value) => value.page < value.pageCount, 'page must be below pageCount'),
  z.strictObject({ event: z.literal('chapter-opened'), topicId: id, chapterId: id }),
  z.strictObject({ event: z.literal('language-chosen'), language: languageTag }),
  z.strictObject({ event: z.literal('glossary-opened'), topicId: id, term: id }),
  z.strictObject({ event: z.literal('diagram-enlarged') }),
  z.strictObject({ event: z.literal('read-aloud-played') }),
  z.strictObject({ event: z.literal('qr-code-shown') }),
  z.strictObject({ event: z.literal('text-size-changed'), size: z.enum(TEXT_SIZES) }),
  z.strictObject({ event: z.literal('contrast-changed'), theme: z.enum(THEMES) }),
]);

export interface UsageRecorder {
  /** Counts a page's report if it is on the list; refuses anything else. */
  record(raw: unknown): void;
}

/**
 * Takes the pages' reports for the usage store. A refused report is logged once per kind (its
 * event name, or "not an event"), so a page that keeps sending a bad one cannot fill the log;
 * the report's values are never logged.
 */
export function createUsageRecorder(store: UsageStore, logRefusal: (kind: string) => void): UsageRecorder {
  const refused = new Set<string>();
  return {
    record(raw) {
      const parsed = usageEventSchema.safeParse(raw);
      if (parsed.success) {
        store.record(parsed.data as UsageEvent);
        return;
      }
      const name = typeof raw === 'object' && raw !== null && typeof (raw as { event?: unknown }).event === 'string' ? (raw as { event: string }).event.slice(0, 40) : 'not an event';
      if (refused.has(name)) return;
      refused.add(name);
      logRefusal(name);
    },
  };
}

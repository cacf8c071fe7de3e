import { z } from 'zod';
import { comparePackVersions, PACK_LIMITS, packManifestSchema } from './pack-manifest';

/**
 * When a kiosk looks for new content on IT's server (the IT config's `contentUpdateUrl`, issue 24),
 * and what it makes of the answer: pure decisions over plain data, tested without timers or a
 * network. content-updates.ts does the fetching and asks these functions.
 *
 * - Once a day at IT's time (`contentUpdateTime`, local), moved later by up to SPREAD_MS so a
 *   hundred kiosks do not ask the server in the same second.
 * - Also once FIRST_CHECK_DELAY_MS after each start: a kiosk switched off every night would
 *   otherwise never be on at the daily time.
 * - A check that fails is tried again sooner, doubling from RETRY_FIRST_MS up to RETRY_LONGEST_MS,
 *   but never later than the next daily check.
 */

export const DEFAULT_CONTENT_UPDATE_TIME = '03:00';
export const FIRST_CHECK_DELAY_MS = 5 * 60_000;
export const SPREAD_MS = 30 * 60_000;
export const RETRY_FIRST_MS = 15 * 60_000;
export const RETRY_LONGEST_MS = 4 * 60 * 60_000;

/**
 * The small file beside the packs on the server, written by `npm run content:pack`: which pack is
 * the latest, and the size and SHA-256 of its file, so a download cut short is caught before the
 * pack is opened. It is not signed and need not be: the pack inside is, and the kiosk checks it.
 */
export const CONTENT_INDEX_FILE = 'content-latest.json';
export const CONTENT_INDEX_MAX_BYTES = 64 * 1024;

export interface ContentIndex {
  name: string;
  version: string;
  /** The pack's file name in the same folder on the server. */
  file: string;
  size: number;
  sha256: string;
}

export const contentIndexSchema = z.strictObject({
  name: packManifestSchema.shape.name,
  version: packManifestSchema.shape.version,
  // A name in the same folder, nothing more: no slash, no "..", no query.
  file: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,150}\.kioskpack$/),
  size: z.number().int().positive().max(PACK_LIMITS.packBytes),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export interface ContentCheckState {
  /** When the last check ended (ms since the epoch); null before the first. */
  lastCheckAt: number | null;
  /** Checks (or downloads, or installs) that failed in a row since the last success. */
  failuresInARow: number;
}

export interface ScheduleFacts {
  /** When the process started (ms since the epoch). */
  startedAt: number;
  /** "HH:MM", local time. */
  dailyAt: string;
  /** This kiosk's share of the spread, 0 to SPREAD_MS (chosen at random once per start). */
  spreadMs: number;
}

/** The first moment at or after `after` when the local clock shows `dailyAt`, plus the spread. */
export function nextDailyCheck(after: number, dailyAt: string, spreadMs: number): number {
  const [hours = 0, minutes = 0] = dailyAt.split(':').map(Number);
  const candidate = new Date(after);
  candidate.setHours(hours, minutes, 0, 0);
  let time = candidate.getTime() + spreadMs;
  if (time <= after) {
    // Tomorrow at the same local time (setDate keeps the clock time across a daylight-saving change).
    candidate.setDate(candidate.getDate() + 1);
    time = candidate.getTime() + spreadMs;
  }
  return time;
}

/** When the next check starts (ms since the epoch). */
export function nextContentCheckAt(state: ContentCheckState, facts: ScheduleFacts): number {
  if (state.lastCheckAt === null) return facts.startedAt + FIRST_CHECK_DELAY_MS;
  const daily = nextDailyCheck(state.lastCheckAt, facts.dailyAt, facts.spreadMs);
  if (state.failuresInARow === 0) return daily;
  const retry = state.lastCheckAt + Math.min(RETRY_LONGEST_MS, RETRY_FIRST_MS * 2 ** (state.failuresInARow - 1));
  return Math.min(retry, daily);
}

export type IndexDecision =
  | { action: 'download' }
  | { action: 'skip'; reason: 'up-to-date' | 'older' | 'failed-to-start-before' };

/**
 * Whether the pack the server names is worth downloading: only one newer than the content shown
 * (or waiting to be shown), and never again one that already failed to start on this kiosk.
 */
export function decideOnIndex(index: ContentIndex, installed: { version: string } | null, failedToStart: readonly { name: string; version: string }[]): IndexDecision {
  if (failedToStart.some((failed) => failed.name === index.name && failed.version === index.version)) return { action: 'skip', reason: 'failed-to-start-before' };
  if (installed === null) return { action: 'download' };
  const order = comparePackVersions(index.version, installed.version);
  if (order === 0) return { action: 'skip', reason: 'up-to-date' };
  return order > 0 ? { action: 'download' } : { action: 'skip', reason: 'older' };
}

/** The index's address and the pack's, from IT's folder address (with or without its last slash). */
export function contentUpdateAddresses(folderUrl: string, packFile?: string): { index: string; pack: string | null } {
  const base = folderUrl.endsWith('/') ? folderUrl : `${folderUrl}/`;
  return {
    index: new URL(CONTENT_INDEX_FILE, base).toString(),
    pack: packFile === undefined ? null : new URL(encodeURIComponent(packFile), base).toString(),
  };
}

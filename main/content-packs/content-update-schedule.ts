import { z } from 'zod';
import type { DeclinedPack } from './declined-packs';
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
  /** The lowest kiosk version the pack needs (as in its manifest): older kiosks do not download it. */
  minAppVersion: string;
  /** The pack's file name in the same folder on the server. */
  file: string;
  size: number;
  sha256: string;
}

export const contentIndexSchema = z.strictObject({
  name: packManifestSchema.shape.name,
  version: packManifestSchema.shape.version,
  minAppVersion: packManifestSchema.shape.minAppVersion,
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

/** The first moment after `after` when the local clock shows `dailyAt`, plus the spread. */
export function nextDailyCheck(after: number, dailyAt: string, spreadMs: number): number {
  const [hours = 0, minutes = 0] = dailyAt.split(':').map(Number);
  const day = new Date(after);
  // Each day's time is made afresh: a time that does not exist on a daylight-saving day (02:30 in
  // spring) moves only that day's check, not the days after it.
  for (let offset = 0; ; offset += 1) {
    const time = new Date(day.getFullYear(), day.getMonth(), day.getDate() + offset, hours, minutes).getTime() + spreadMs;
    if (time > after) return time;
  }
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
  | { action: 'skip'; reason: 'up-to-date' | 'older' | 'needs-newer-app' | 'failed-to-start-before' | 'staff-went-back' };

/**
 * Whether the pack the server names is worth downloading: only one newer than the content shown
 * (or waiting to be shown) that this app can show, and never one this kiosk declined: it failed to
 * start here, or staff went back from it (declined-packs.ts).
 */
export function decideOnIndex(index: ContentIndex, installed: { version: string } | null, declined: readonly DeclinedPack[], appVersion: string): IndexDecision {
  const declinedEntry = declined.find((entry) => entry.name === index.name && entry.version === index.version);
  if (declinedEntry !== undefined) return { action: 'skip', reason: declinedEntry.reason === 'failed-to-start' ? 'failed-to-start-before' : 'staff-went-back' };
  if (comparePackVersions(index.minAppVersion, appVersion) > 0) return { action: 'skip', reason: 'needs-newer-app' };
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

import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { contentUpdateAddresses, decideOnIndex, nextContentCheckAt, SPREAD_MS, type ContentCheckState } from './content-update-schedule';
import { downloadPack, fetchContentIndex, type FetchLike } from './pack-download';
import type { ContentServerCheck } from '../ipc/contract';
import type { PackService } from './pack-service';
import type { PackProblem } from './unpack-pack';

const LONGEST_WAIT_MS = 24 * 60 * 60_000 + SPREAD_MS;
const STOPPED_REASON = 'stopped: the kiosk is closing';

/**
 * The daily look at IT's content server (IT config `contentUpdateUrl`): fetch the index, and when
 * it names a newer pack, download it to a file of its own and install it like a pack from a USB
 * stick (PackService.install checks everything and shows it from the next idle reset). The times
 * come from content-update-schedule.ts; the fetching from pack-download.ts.
 */

export interface ContentUpdatesOptions {
  /** IT's folder address (http or https: packs are signed, so the transport need not be trusted). */
  url: string;
  /** "HH:MM" local time. */
  dailyAt: string;
  packs: PackService;
  /** This kiosk's version: a pack needing a newer one is not downloaded. */
  appVersion: string;
  /** Where downloads are kept until installed (content-packs/downloads/; emptyDownloads at start). */
  downloadsFolder: string;
  fetch: FetchLike;
  log: (event: 'content-update-check', details: Record<string, string>) => void;
  startedAt: number;
  now?: () => number;
  /** 0 to SPREAD_MS; random unless a test sets it. */
  spreadMs?: number;
  /** Check this often instead (first after this long, then again each time): the preview's KIOSK_CONTENT_CHECK_SECONDS, for tests. */
  everyMs?: number;
}

export type ContentCheckResult = ContentServerCheck['result'];

export interface ContentUpdates {
  /** One check now (the timer's, or a test's); checks never overlap. */
  checkNow(): Promise<ContentCheckResult>;
  /** The status file's "last content check", and the staff panel's (with the version and a refusal's reason). */
  lastCheck(): ContentServerCheck | null;
  /**
   * No more checks (the kiosk is closing): a download under way ends at once, is removed and
   * logged as failed, and nothing is installed after this.
   */
  stop(): void;
}

export function startContentUpdates(options: ContentUpdatesOptions): ContentUpdates {
  const now = options.now ?? Date.now;
  const spreadMs = options.spreadMs ?? Math.floor(Math.random() * SPREAD_MS);
  let state: ContentCheckState = { lastCheckAt: null, failuresInARow: 0 };
  let last: ContentServerCheck | null = null;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<ContentCheckResult> | null = null;
  let stopped = false;
  const stopping = new AbortController();
  // Every request of a check ends when the checks stop, as well as on its own time limit.
  const fetchUntilStopped: FetchLike = (url, init) => options.fetch(url, { ...init, signal: AbortSignal.any([init.signal, stopping.signal]) });
  /** Packs (by SHA-256) refused this run, and why: not downloaded again until the server offers another file. */
  const refused = new Map<string, PackProblem>();

  const log = (result: ContentCheckResult, details: Record<string, string> = {}) => options.log('content-update-check', { result, ...details });
  /** Logs one look's end and gives what staff are told about it. */
  const ended = (result: ContentCheckResult, told: Omit<ContentServerCheck, 'at' | 'result'>, details: Record<string, string>): Omit<ContentServerCheck, 'at'> => {
    log(result, details);
    return { result, ...told };
  };

  async function check(): Promise<Omit<ContentServerCheck, 'at'>> {
    const addresses = contentUpdateAddresses(options.url);
    const fetched = await fetchContentIndex(addresses.index, fetchUntilStopped);
    if (!fetched.ok) return ended('failed', {}, { reason: fetched.reason });
    const { index } = fetched;
    const { version } = index;
    const refusedBefore = refused.get(index.sha256);
    if (refusedBefore !== undefined) {
      // Still the file refused before: still refused, for the same reason, without downloading it again.
      return ended('refused', { version, problem: refusedBefore }, { version, problem: refusedBefore, reason: 'refused-before' });
    }
    const decision = decideOnIndex(index, options.packs.installed(), options.packs.declined(), options.appVersion);
    if (decision.action === 'skip') {
      if (decision.reason === 'up-to-date') return ended('up-to-date', { version }, { version });
      // Staff are told about a pack this kiosk is too old for; the other skips are "nothing new" to them.
      return ended('skipped', decision.reason === 'needs-newer-app' ? { version, problem: 'needs-newer-app' } : { version }, { version, reason: decision.reason });
    }
    const packUrl = contentUpdateAddresses(options.url, index.file).pack!;
    let downloaded: string;
    try {
      mkdirSync(options.downloadsFolder, { recursive: true });
      downloaded = path.join(options.downloadsFolder, `download-${now().toString(36)}.kioskpack`);
    } catch (error) {
      return ended('failed', { version }, { reason: `the downloads folder cannot be made (${(error as NodeJS.ErrnoException).code ?? String(error)})` });
    }
    const download = await downloadPack(packUrl, index, downloaded, fetchUntilStopped);
    if (!download.ok) return ended('failed', { version }, { reason: download.reason });
    try {
      // Not started while the kiosk closes: it installs at the next check instead.
      if (stopped) return ended('failed', { version }, { reason: STOPPED_REASON });
      const installed = await options.packs.install(downloaded);
      if (!installed.ok) {
        // PackService has logged the details (content-pack-refused); the server's pack will not do.
        refused.set(index.sha256, installed.problem);
        return ended('refused', { version, problem: installed.problem }, { version, problem: installed.problem });
      }
      return ended('installed', { version }, { version: installed.pack.version });
    } finally {
      removeQuietly(downloaded);
    }
  }

  function schedule(): void {
    if (stopped) return;
    if (timer !== null) clearTimeout(timer);
    const at =
      options.everyMs === undefined
        ? nextContentCheckAt(state, { startedAt: options.startedAt, dailyAt: options.dailyAt, spreadMs })
        : (state.lastCheckAt ?? options.startedAt) + options.everyMs;
    // Never more than a day and the spread: a clock set back (or far ahead at the last check) cannot stop the checks.
    timer = setTimeout(() => void checkNow(), Math.max(0, Math.min(at - now(), LONGEST_WAIT_MS)));
    timer.unref?.();
  }

  function checkNow(): Promise<ContentCheckResult> {
    if (running !== null) return running;
    running = check()
      .catch((error: unknown) => ended('failed', {}, { reason: error instanceof Error ? error.message : String(error) }))
      .then(({ result, ...told }) => {
        // A refused pack is not retried sooner: that file will not do, and IT must publish another.
        const failed = result === 'failed';
        state = { lastCheckAt: now(), failuresInARow: failed ? state.failuresInARow + 1 : 0 };
        last = { at: new Date(state.lastCheckAt!).toISOString(), result, ...told };
        running = null;
        schedule();
        return result;
      });
    return running;
  }

  schedule();
  return {
    checkNow,
    lastCheck: () => last,
    stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      stopping.abort(new Error(STOPPED_REASON));
    },
  };
}

/** A download a killed kiosk left behind is never installed later: removed at start (kiosk-services.ts), whatever is set. */
export function emptyDownloads(folder: string, warn: (message: string) => void): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    try {
      rmSync(path.join(folder, name), { force: true, recursive: true });
    } catch (error) {
      // Held open (an antivirus scan on Windows): the next start tries again; the kiosk starts now.
      warn(`Could not remove the old download ${path.join(folder, name)} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
    }
  }
}

function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Removed at the next start (emptyDownloads).
  }
}

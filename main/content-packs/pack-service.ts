import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../storage/atomic-file';
import { createPackStore, type InstalledPack, type InstallResult, type PackStore } from './pack-store';

export type { InstalledPack } from './pack-store';

/**
 * Content packs in the running kiosk: which folder the pages are served from, and when that
 * changes. A pack installed (by staff, or later from the update server) is not shown at once: the
 * patient reading now keeps the content they started with, and the switch happens at the next
 * idle reset, when the page asks (`switchIfReady`) and reloads. Rolling back works the same way.
 *
 * A pack shown is on trial until the page says it started with it (`reportStarted`). A page that
 * says it could not, or that has not said so TRIAL_MS after it was requested (a crash, a hang),
 * sends the kiosk back to the previous content by itself: the pointer goes back, the reason is
 * logged, the page is reloaded, and the pack is remembered so the update server's copy of it is
 * not installed again (failedToStart). This happens at every start, too: a pack that worked
 * yesterday and fails after an app update is caught the same way.
 */
export interface PackService {
  /** The pack folder the pages are served from now; null serves the app's own content. */
  servedFolder(): string | null;
  install(packFile: string, options?: { allowOlder?: boolean }): Promise<InstallResult>;
  /** Back to the previous content (at the next reset); false when there is nothing to go back to. */
  rollBack(): boolean;
  /** Called by the page at an idle reset: true when it must reload to show new content. */
  switchIfReady(): boolean;
  /** What the staff panel and the status file say. */
  describe(): ContentPackState;
  /** The newest pack installed: shown, or waiting for the next reset (what a newer pack is compared with). */
  installed(): InstalledPack | null;
  /** Packs that were taken back because the page could not start with them, newest last. */
  failedToStart(): readonly { name: string; version: string }[];
  /** The kiosk page was requested (index.html): a pack on trial has TRIAL_MS from now to start. */
  pageRequested(): void;
  /** The page says whether it started with the content it was given; reload: it must load again (the content was taken back). */
  reportStarted(ok: boolean): { reload: boolean };
}

/** How long a page has, after it was requested, to say it started with a new pack. */
export const TRIAL_MS = 60_000;
/** How many failed packs are remembered (the oldest is forgotten first). */
const FAILED_KEPT = 20;
const failedListSchema = z.array(z.strictObject({ name: z.string(), version: z.string() }));

export interface ContentPackState {
  /** The pack the pages show now; null: the app's own content. */
  shown: InstalledPack | null;
  /** Installed (or gone back to) and shown after the next idle reset; undefined when nothing waits (null: the app's own content). */
  next?: InstalledPack | null;
  /** Whether there is content to go back to. */
  canRollBack: boolean;
}

export interface PackServiceOptions {
  /** content-packs/ in the user-data folder. */
  root: string;
  trustedKeys: readonly string[];
  appVersion: string;
  log: (event: 'content-pack-installed' | 'content-pack-refused' | 'content-pack-switched' | 'content-pack-rolled-back' | 'content-pack-failed-to-start' | 'warning', details: Record<string, string>) => void;
  /** Loads the kiosk page again after a pack on trial was taken back (Electron; the preview's page reloads when told). */
  reloadPage?: () => void;
  trialMs?: number;
}

export function createPackService(options: PackServiceOptions): PackService {
  const store: PackStore = createPackStore({ root: options.root, trustedKeys: options.trustedKeys, appVersion: options.appVersion, warn: (message) => options.log('warning', { message }) });
  store.removeLeftovers();
  let shown = store.pointer().current;
  let waiting = false;
  const failedFile = path.join(options.root, 'failed-to-start.json');
  const trialMs = options.trialMs ?? TRIAL_MS;
  /** The pack shown and not yet confirmed by the page; its timer runs once the page was requested. */
  let trial: { pack: InstalledPack; timer: NodeJS.Timeout | null } | null = shown === null ? null : { pack: shown, timer: null };

  const readFailed = (): { name: string; version: string }[] => {
    try {
      const parsed = failedListSchema.safeParse(JSON.parse(readFileSync(failedFile, 'utf8')));
      return parsed.success ? parsed.data : [];
    } catch {
      return []; // None yet, or unreadable: at worst a failed pack is downloaded and tried once more.
    }
  };

  const endTrial = () => {
    if (trial?.timer) clearTimeout(trial.timer);
    trial = null;
  };
  const startTrialOf = (pack: InstalledPack | null) => {
    endTrial();
    if (pack !== null) trial = { pack, timer: null };
  };

  /** The pack on trial did not start: back to the content before it, now (nobody can be reading a page that failed). */
  const takeBack = (reason: string): void => {
    if (trial === null) return;
    const failed = trial.pack;
    endTrial();
    try {
      const kept = [...readFailed().filter((entry) => entry.name !== failed.name || entry.version !== failed.version), { name: failed.name, version: failed.version }].slice(-FAILED_KEPT);
      writeFileAtomic(failedFile, `${JSON.stringify(kept, null, 2)}\n`);
    } catch (error) {
      options.log('warning', { message: `Could not note that content pack ${failed.version} failed to start (${(error as NodeJS.ErrnoException).code ?? String(error)}).` });
    }
    // A newer pack installed meanwhile is simply shown next; otherwise the one before comes back.
    if (store.pointer().current?.folder === failed.folder) store.rollBack();
    shown = store.pointer().current;
    waiting = false;
    options.log('content-pack-failed-to-start', { version: failed.version, reason, nowShowing: shown?.version ?? 'bundled' });
    startTrialOf(shown);
  };

  return {
    servedFolder: () => (shown === null ? null : store.folderOf(shown)),
    async install(packFile, installOptions) {
      const result = await store.install(packFile, installOptions);
      if (result.ok) {
        options.log('content-pack-installed', { name: result.pack.name, version: result.pack.version, keyId: result.pack.keyId });
        waiting = true;
      } else {
        options.log('content-pack-refused', { problem: result.problem, detail: result.detail });
      }
      return result;
    },
    rollBack() {
      if (!store.rollBack()) return false;
      options.log('content-pack-rolled-back', { to: store.pointer().current?.version ?? 'bundled' });
      waiting = true;
      return true;
    },
    switchIfReady() {
      if (!waiting) return false;
      waiting = false;
      shown = store.pointer().current;
      options.log('content-pack-switched', { version: shown?.version ?? 'bundled' });
      startTrialOf(shown);
      return true;
    },
    installed: () => store.pointer().current,
    failedToStart: readFailed,
    pageRequested() {
      if (trial === null || trial.timer !== null) return;
      trial.timer = setTimeout(() => {
        takeBack(`the page did not start with it within ${Math.round(trialMs / 1000)} seconds`);
        options.reloadPage?.();
      }, trialMs);
      trial.timer.unref?.();
    },
    reportStarted(ok) {
      if (trial === null) return { reload: false };
      if (ok) {
        endTrial();
        return { reload: false };
      }
      takeBack('the page could not start with it');
      return { reload: true };
    },
    describe() {
      const { current } = store.pointer();
      return { shown, ...(waiting ? { next: current } : {}), canRollBack: current !== null };
    },
  };
}

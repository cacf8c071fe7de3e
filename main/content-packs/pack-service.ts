import path from 'node:path';
import { createDeclinedPacks, type DeclinedPack } from './declined-packs';
import { comparePackVersions } from './pack-manifest';
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
 * logged and the page is reloaded. Once the content before starts, the pack is declined, so the
 * update server's copy is not installed again; if that content fails too, the fault is not the
 * content's and the kiosk goes back no further. This happens at every start, too: a pack that
 * worked yesterday and fails after an app update is caught the same way.
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
  /** Packs not to take from the update server again (declined-packs.ts), and one just taken back. */
  declined(): readonly DeclinedPack[];
  /** The kiosk page was requested (index.html): a pack on trial has TRIAL_MS from now to start. */
  pageRequested(): void;
  /** The page says whether it started with the content it was given; reload: it must load again (the content was taken back). */
  reportStarted(ok: boolean): { reload: boolean };
}

/** How long a page has, after it was requested, to say it started with a new pack. */
export const TRIAL_MS = 60_000;


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
  const warn = (message: string) => options.log('warning', { message });
  let shown: InstalledPack | null = null;
  /** The pack the page has not yet said it started with; its timer runs once the page was requested. */
  let trial: { pack: InstalledPack; timer: NodeJS.Timeout | null } | null = null;
  /**
   * A pack taken back, blamed only once the content before it starts: if that fails too, the fault
   * is elsewhere (the app, the machine) and the kiosk stops going back.
   */
  let suspect: InstalledPack | null = null;
  const store: PackStore = createPackStore({ root: options.root, trustedKeys: options.trustedKeys, appVersion: options.appVersion, warn, inUse: () => [shown?.folder, trial?.pack.folder] });
  store.removeLeftovers();
  shown = store.pointer().current;
  let waiting = false;
  const declined = createDeclinedPacks(path.join(options.root, 'declined.json'), warn);
  const trialMs = options.trialMs ?? TRIAL_MS;

  const endTrial = () => {
    if (trial?.timer) clearTimeout(trial.timer);
    trial = null;
  };
  const startTrialOf = (pack: InstalledPack | null) => {
    endTrial();
    if (pack !== null) trial = { pack, timer: null };
  };
  startTrialOf(shown);

  /**
   * The pack on trial did not start: back to the content before it, now (nobody can be reading a
   * page that failed). True when the page must load again.
   */
  const takeBack = (reason: string): boolean => {
    if (trial === null) return false;
    const failed = trial.pack;
    endTrial();
    if (suspect !== null) {
      warn(`The content before pack ${suspect.version} (${failed.version}) did not start either (${reason}): the fault is not in the content, so the kiosk goes back no further.`);
      suspect = null;
      return false;
    }
    suspect = failed;
    const before = store.pointer();
    try {
      // A newer pack installed meanwhile is simply shown next; otherwise the one before comes back.
      if (before.current?.folder === failed.folder) store.rollBack();
      shown = store.pointer().current;
    } catch (error) {
      // The pointer cannot be written (a full disk): go back for this run at least.
      warn(`Could not switch content back on disk (${(error as NodeJS.ErrnoException).code ?? String(error)}); the content before is shown until the kiosk restarts.`);
      shown = before.current?.folder === failed.folder ? before.previous : before.current;
    }
    waiting = false;
    options.log('content-pack-failed-to-start', { version: failed.version, reason, nowShowing: shown?.version ?? 'bundled' });
    startTrialOf(shown);
    return true;
  };

  return {
    servedFolder: () => (shown === null ? null : store.folderOf(shown)),
    async install(packFile, installOptions) {
      const replaced = store.pointer().current;
      const result = await store.install(packFile, installOptions);
      if (result.ok) {
        options.log('content-pack-installed', { name: result.pack.name, version: result.pack.version, keyId: result.pack.keyId, ...(installOptions?.allowOlder ? { by: 'staff, older on purpose' } : {}) });
        waiting = true;
        // Staff went back on purpose: the server's newer pack must not return at the next check.
        if (replaced !== null && comparePackVersions(result.pack.version, replaced.version) < 0) declined.add(replaced, 'staff-went-back');
      } else {
        options.log('content-pack-refused', { problem: result.problem, detail: result.detail });
      }
      return result;
    },
    rollBack() {
      const left = store.pointer().current;
      if (!store.rollBack()) return false;
      options.log('content-pack-rolled-back', { to: store.pointer().current?.version ?? 'bundled' });
      if (left !== null) declined.add(left, 'staff-went-back');
      waiting = true;
      return true;
    },
    switchIfReady() {
      if (!waiting) return false;
      waiting = false;
      shown = store.pointer().current;
      options.log('content-pack-switched', { version: shown?.version ?? 'bundled' });
      suspect = null;
      startTrialOf(shown);
      return true;
    },
    installed: () => store.pointer().current,
    declined: () => [...declined.list(), ...(suspect === null ? [] : [{ name: suspect.name, version: suspect.version, reason: 'failed-to-start' as const }])],
    pageRequested() {
      if (trial === null || trial.timer !== null) return;
      trial.timer = setTimeout(() => {
        if (takeBack(`the page did not start with it within ${Math.round(trialMs / 1000)} seconds`)) options.reloadPage?.();
      }, trialMs);
      trial.timer.unref?.();
    },
    reportStarted(ok) {
      if (ok) {
        // The content before a failed pack starts: now the pack is known to be at fault.
        if (suspect !== null) declined.add(suspect, 'failed-to-start');
        suspect = null;
        endTrial();
        return { reload: false };
      }
      if (trial === null) {
        if (suspect !== null) warn(`The content before pack ${suspect.version} did not start either: the fault is not in the content.`);
        suspect = null;
        return { reload: false };
      }
      return { reload: takeBack('the page could not start with it') };
    },
    describe() {
      const { current } = store.pointer();
      return { shown, ...(waiting ? { next: current } : {}), canRollBack: current !== null };
    },
  };
}

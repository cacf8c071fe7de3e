import { createPackStore, type InstalledPack, type InstallResult, type PackStore } from './pack-store';

export type { InstalledPack } from './pack-store';

/**
 * Content packs in the running kiosk: which folder the pages are served from, and when that
 * changes. A pack installed (by staff, or later from the update server) is not shown at once: the
 * patient reading now keeps the content they started with, and the switch happens at the next
 * idle reset, when the page asks (`switchIfReady`) and reloads. Rolling back works the same way.
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
}

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
  log: (event: 'content-pack-installed' | 'content-pack-refused' | 'content-pack-switched' | 'content-pack-rolled-back' | 'warning', details: Record<string, string>) => void;
}

export function createPackService(options: PackServiceOptions): PackService {
  const store: PackStore = createPackStore({ root: options.root, trustedKeys: options.trustedKeys, appVersion: options.appVersion, warn: (message) => options.log('warning', { message }) });
  store.removeLeftovers();
  let shown = store.pointer().current;
  let waiting = false;
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
      return true;
    },
    describe() {
      const { current } = store.pointer();
      return { shown, ...(waiting ? { next: current } : {}), canRollBack: current !== null };
    },
  };
}

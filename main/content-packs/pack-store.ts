import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../storage/atomic-file';
import { comparePackVersions } from './pack-manifest';
import { unpackVerifiedPack, type PackProblem, type UnpackOptions } from './unpack-pack';

/**
 * The content packs installed on this kiosk, under `content-packs/` in the user-data folder:
 *
 *   content-packs/packs/pack-<time>-<random>/         each unpacked pack, whole
 *   content-packs/current.json                        which one is shown, and the one before it
 *
 * Installing unpacks into a new folder first (unpack-pack.ts checks everything), and only then
 * replaces current.json, atomically: a kiosk killed at any moment comes back showing the old
 * content or the new one, whole, never a mix. Folders current.json does not name (a killed
 * install's half, a pack two installs old) are removed at start. The previous pack is kept so
 * the kiosk, or staff, can go back to it.
 */

export interface InstalledPack {
  name: string;
  version: string;
  /** The folder's name under packs/. */
  folder: string;
  installedAt: string;
  /** The key that signed it. */
  keyId: string;
}

export interface PackPointer {
  current: InstalledPack | null;
  previous: InstalledPack | null;
}

export type InstallResult = { ok: true; pack: InstalledPack } | { ok: false; problem: PackProblem; detail: string };

export interface PackStoreOptions {
  /** content-packs/ in the user-data folder. */
  root: string;
  trustedKeys: readonly string[];
  appVersion: string;
  warn: (message: string) => void;
  now?: () => Date;
  /**
   * Pack folders in use that the pointer may no longer name: the one the pages are served from
   * until the next idle reset (two installs can come before one), and one on trial. Never removed.
   */
  inUse?: () => readonly (string | undefined)[];
}

export interface PackStore {
  /** The pointer as it stands; packs whose folder is gone are dropped from it (and that is logged). */
  pointer(): PackPointer;
  /** Absolute folder of an installed pack. */
  folderOf(pack: InstalledPack): string;
  install(packFile: string, options?: { allowOlder?: boolean }): Promise<InstallResult>;
  /** Shows the previous pack again (or the app's own content when there was none); false when there is nothing to go back to. */
  rollBack(): boolean;
  /** Removes pack folders the pointer does not name. */
  removeLeftovers(): void;
}

const installedPackSchema = z.strictObject({
  name: z.string(),
  version: z.string(),
  folder: z.string().regex(/^pack-[a-z0-9]+-[0-9a-f]+$/),
  installedAt: z.string(),
  keyId: z.string(),
});
const pointerSchema = z.strictObject({ current: installedPackSchema.nullable(), previous: installedPackSchema.nullable() });

const EMPTY: PackPointer = { current: null, previous: null };

export function createPackStore(options: PackStoreOptions): PackStore {
  const packsFolder = path.join(options.root, 'packs');
  const pointerFile = path.join(options.root, 'current.json');
  const now = options.now ?? (() => new Date());
  const folderOf = (pack: InstalledPack) => path.join(packsFolder, pack.folder);

  /** The stored pointer; throws when the file is there but cannot be read now (so nothing is removed on a hunch). */
  const readPointer = (): PackPointer => {
    let text: string;
    try {
      text = readFileSync(pointerFile, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY;
      throw error;
    }
    try {
      const parsed = pointerSchema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
    } catch {
      // Reported below.
    }
    options.warn(`The content pack pointer ${pointerFile} is damaged; the app's own content is shown until a pack is installed again.`);
    return EMPTY;
  };

  const writePointer = (pointer: PackPointer): void => {
    mkdirSync(options.root, { recursive: true });
    writeFileAtomic(pointerFile, `${JSON.stringify(pointer, null, 2)}\n`);
  };

  const pointer = (): PackPointer => {
    let stored: PackPointer;
    try {
      stored = readPointer();
    } catch (error) {
      options.warn(`The content pack pointer ${pointerFile} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the app's own content is shown for now.`);
      return EMPTY;
    }
    const present = (pack: InstalledPack | null) => (pack !== null && existsSync(folderOf(pack)) ? pack : null);
    const current = present(stored.current);
    if (stored.current !== null && current === null) options.warn(`The content pack ${stored.current.name} ${stored.current.version} is missing from ${packsFolder}; showing the previous content.`);
    const previous = present(stored.previous);
    return current === null ? { current: previous, previous: null } : { current, previous };
  };

  /** Installs run one after another: two at once could each take the other's half-made folder for a leftover. */
  let installing: Promise<unknown> = Promise.resolve();

  return {
    pointer,
    folderOf,
    install(packFile, installOptions = {}) {
      const run = installing.then(() => installNow(packFile, installOptions));
      installing = run.catch(() => {});
      return run;
    },
    rollBack() {
      const { current, previous } = pointer();
      if (current === null) return false;
      writePointer({ current: previous, previous: null });
      return true;
    },
    removeLeftovers,
  };

  async function installNow(packFile: string, installOptions: { allowOlder?: boolean }): Promise<InstallResult> {
    const before = pointer();
    mkdirSync(packsFolder, { recursive: true });
    const folder = `pack-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
    const unpackOptions: UnpackOptions = { trustedKeys: options.trustedKeys, appVersion: options.appVersion, installedVersion: before.current?.version ?? null, allowOlder: installOptions.allowOlder };
    const result = await unpackVerifiedPack(packFile, path.join(packsFolder, folder), unpackOptions);
    if (!result.ok) return result;
    // Unpacking takes a while: the pointer may have moved meanwhile (the kiosk or staff went back).
    // Judge against it as it is now; nothing else runs between this read and the write below.
    const latest = pointer();
    if (latest.current !== null && !installOptions.allowOlder && comparePackVersions(result.manifest.version, latest.current.version) <= 0) {
      rmSync(path.join(packsFolder, folder), { recursive: true, force: true });
      return { ok: false, problem: 'not-newer', detail: `version ${result.manifest.version} is not newer than ${latest.current.version}, installed meanwhile` };
    }
    const pack: InstalledPack = { name: result.manifest.name, version: result.manifest.version, folder, installedAt: now().toISOString(), keyId: result.keyId };
    // The one step that switches: before it the old content is whole, after it the new one is.
    writePointer({ current: pack, previous: latest.current });
    removeLeftovers();
    return { ok: true, pack };
  }

  function removeLeftovers(): void {
    let stored: PackPointer;
    try {
      stored = readPointer();
    } catch {
      return; // Unsure which packs are in use: remove none.
    }
    const kept = new Set([stored.current?.folder, stored.previous?.folder, ...(options.inUse?.() ?? [])]);
    let names: string[];
    try {
      names = readdirSync(packsFolder);
    } catch {
      return;
    }
    for (const name of names) {
      if (!kept.has(name)) rmSync(path.join(packsFolder, name), { recursive: true, force: true });
    }
  }
}

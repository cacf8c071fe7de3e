import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from '../storage/atomic-file';

/**
 * Pack versions this kiosk will not take from the update server again (content-updates.ts), kept
 * in content-packs/declined.json across restarts:
 *
 * - 'failed-to-start': the page could not start with it, and the content before it then did;
 * - 'staff-went-back': staff left it on purpose (Go back, or an older pack installed by hand), so
 *   the next daily check must not bring it straight back.
 *
 * A higher version on the server is taken as usual. Staff may still install a declined pack from
 * a USB stick by hand.
 */
export type DeclineReason = 'failed-to-start' | 'staff-went-back';

export interface DeclinedPack {
  name: string;
  version: string;
  reason: DeclineReason;
}

/** The newest entries are kept: enough for years of monthly packs. */
const KEPT = 50;
const declinedSchema = z.array(z.strictObject({ name: z.string(), version: z.string(), reason: z.enum(['failed-to-start', 'staff-went-back']) }));

export interface DeclinedPacks {
  list(): DeclinedPack[];
  add(pack: { name: string; version: string }, reason: DeclineReason): void;
}

export function createDeclinedPacks(filePath: string, warn: (message: string) => void): DeclinedPacks {
  const list = (): DeclinedPack[] => {
    try {
      const parsed = declinedSchema.safeParse(JSON.parse(readFileSync(filePath, 'utf8')));
      return parsed.success ? parsed.data : [];
    } catch {
      return []; // None yet, or unreadable: at worst a declined pack is downloaded once more.
    }
  };
  return {
    list,
    add(pack, reason) {
      const others = list().filter((entry) => entry.name !== pack.name || entry.version !== pack.version);
      try {
        writeFileAtomic(filePath, `${JSON.stringify([...others, { name: pack.name, version: pack.version, reason }].slice(-KEPT), null, 2)}\n`);
      } catch (error) {
        warn(`Could not note content pack ${pack.version} as ${reason} in ${filePath} (${(error as NodeJS.ErrnoException).code ?? String(error)}); the update server may offer it again.`);
      }
    },
  };
}

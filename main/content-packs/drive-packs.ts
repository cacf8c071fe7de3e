import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { DriveLister } from '../usage/removable-drives';

/**
 * Content packs on the USB sticks plugged into the kiosk, for staff's "Update content": the
 * `.kioskpack` files in each stick's top folder. Staff choose from this list; the main process
 * looks the stick and the file up again before reading, so a page can name no other file.
 */
export interface PackOnDrive {
  driveId: string;
  driveLabel: string;
  fileName: string;
}

const PACK_FILE = /^[^/\\]+\.kioskpack$/i;

export async function listPacksOnDrives(listDrives: DriveLister): Promise<PackOnDrive[]> {
  const packs: PackOnDrive[] = [];
  for (const drive of await listDrives()) {
    let names: string[];
    try {
      names = readdirSync(drive.id);
    } catch {
      continue; // Pulled out, or unreadable: it simply has no packs to offer.
    }
    for (const fileName of names.filter((name) => PACK_FILE.test(name)).sort()) packs.push({ driveId: drive.id, driveLabel: drive.label, fileName });
  }
  return packs;
}

/** The pack file's path when that stick is still plugged in and the name is a pack in its top folder; null otherwise. */
export async function packFileOnDrive(listDrives: DriveLister, driveId: string, fileName: string): Promise<string | null> {
  // No slash or backslash in the name: the file is in the stick's top folder and nowhere else.
  if (!PACK_FILE.test(fileName)) return null;
  const drive = (await listDrives()).find((candidate) => candidate.id === driveId);
  return drive === undefined ? null : path.join(drive.id, fileName);
}

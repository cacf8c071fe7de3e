import path from 'node:path';
import { writeFileAtomic } from '../storage/atomic-file';
import { errorReason } from '../storage/recoverable-file';
import { localDay, type UsageCounts } from './usage-counts';
import { usageCsv } from './usage-csv';
import { usageExportFileName } from './usage-export';
import type { DriveLister, RemovableDrive } from './removable-drives';

/**
 * Staff's "Export" on the Usage page: the usage CSV written to a USB stick chosen from the list
 * of removable drives. The page sends only a drive's id from the list it was shown; the drive is
 * looked up again before writing, so a page can never name any other folder, and a stick pulled
 * out in between is reported as gone rather than written somewhere else.
 */
export type DriveListResult = { ok: true; drives: RemovableDrive[] } | { ok: false; reason: 'not-allowed' | 'failed' };

/**
 * Why an export failed, for the staff's message: the drive is gone, it is read-only, it is full,
 * or another error (its code, or "list" when the drives could not be listed; a permission error
 * such as EACCES is one of these, not "read-only"). `not-allowed` outside a staff session.
 */
export type DriveExportFailure = 'not-allowed' | 'drive-gone' | 'read-only' | 'full' | 'failed';

export type DriveExportResult = { ok: true; fileName: string; driveLabel: string } | { ok: false; reason: DriveExportFailure; detail?: string };

export interface UsageDriveExport {
  drives(): Promise<DriveListResult>;
  exportTo(driveId: string): Promise<DriveExportResult>;
}

export interface UsageDriveExportOptions {
  listDrives: DriveLister;
  counts: () => UsageCounts;
  /** The IT config's kioskId, in the file's name and its kiosk_id column; none on a lone kiosk. */
  kioskId?: string;
  /** After each export the IT folder's file is written too (usage-export.ts), when there is one. */
  afterExport?: () => void;
  log: (event: 'exported' | 'failed', details: Record<string, string>) => void;
  now?: () => Date;
}

export function createUsageDriveExport(options: UsageDriveExportOptions): UsageDriveExport {
  const now = options.now ?? (() => new Date());
  const list = async (): Promise<DriveListResult> => {
    try {
      return { ok: true, drives: await options.listDrives() };
    } catch (error) {
      options.log('failed', { step: 'list-drives', reason: errorReason(error) });
      return { ok: false, reason: 'failed' };
    }
  };
  return {
    drives: list,
    async exportTo(driveId) {
      const listed = await list();
      if (!listed.ok) return { ok: false, reason: 'failed', detail: 'list' };
      const drive = listed.drives.find((candidate) => candidate.id === driveId);
      if (drive === undefined) return { ok: false, reason: 'drive-gone' };
      if (drive.readOnly) return { ok: false, reason: 'read-only' };
      const fileName = usageExportFileName(options.kioskId, localDay(now()));
      try {
        writeFileAtomic(path.join(drive.id, fileName), usageCsv(options.counts(), options.kioskId ?? ''));
      } catch (error) {
        const code = errorReason(error);
        options.log('failed', { step: 'write', drive: drive.label, reason: code });
        return { ok: false, ...exportFailureOf(code) };
      }
      options.log('exported', { drive: drive.label, file: fileName });
      // After the answer to staff: IT's folder may be a slow network share.
      if (options.afterExport) setImmediate(options.afterExport);
      return { ok: true, fileName, driveLabel: drive.label };
    },
  };
}

export function exportFailureOf(code: string): { reason: DriveExportFailure; detail?: string } {
  if (code === 'ENOSPC' || code === 'EDQUOT') return { reason: 'full' };
  if (code === 'EROFS') return { reason: 'read-only' };
  if (code === 'ENOENT' || code === 'ENODEV') return { reason: 'drive-gone' };
  return { reason: 'failed', detail: code };
}

import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * Replaces `filePath` with `text` so that, whatever happens (crash, kill, power cut), the file
 * holds either the complete old text or the complete new text, never a mix or a truncated file.
 *
 * Synchronous on purpose: settings writes are rare and tiny, and a caller that gets control back
 * knows the change is on disk.
 */
export function writeFileAtomic(filePath: string, text: string): void {
  const tempPath = temporaryPathFor(filePath);
  try {
    writeDurably(tempPath, text);
    // rename() within one folder is atomic: readers see the old file or the new one, nothing between.
    renameSync(tempPath, filePath);
  } catch (error) {
    removeQuietly(tempPath);
    throw error;
  }
  // The rename is only a change to the folder's entry list; until the folder itself reaches the
  // disk, a power cut can bring back the old entry (or, on a fresh install, no file at all).
  fsyncFolder(path.dirname(filePath));
}

/**
 * Same folder as the target, so the rename never crosses file systems (which would not be atomic);
 * pid + random bytes so two writers, or a leftover from a killed one, never collide.
 */
function temporaryPathFor(filePath: string): string {
  const unique = `${process.pid}.${randomBytes(6).toString('hex')}`;
  return path.join(path.dirname(filePath), `${path.basename(filePath)}.${unique}.tmp`);
}

/** Writes and fsyncs before the rename: otherwise the rename can reach the disk before the data. */
function writeDurably(filePath: string, text: string): void {
  // 'wx': never follow or reuse an existing file at the temporary name.
  const fd = openSync(filePath, 'wx');
  try {
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Error codes of platforms that cannot open or fsync a folder (Windows: EISDIR/EPERM; some file
 * systems: EINVAL), and of a drop folder that may be written but not read (EACCES, a share for the
 * usage and status files). The file itself is written and renamed by then.
 */
const FOLDER_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EINVAL', 'EACCES']);

function fsyncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch (error) {
    if (!FOLDER_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function removeQuietly(filePath: string): void {
  try {
    unlinkSync(filePath);
  } catch {
    // Already gone (never created, or renamed before the failure): nothing to clean up.
  }
}

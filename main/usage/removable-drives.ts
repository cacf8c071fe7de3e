import { execFile } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The removable drives (USB sticks, SD cards) staff can export the usage counts to, as the
 * operating system shows them. Staff choose from this list; they never type a path, and the main
 * process only writes to a drive that is in the list at the moment of writing.
 */
export interface RemovableDrive {
  /** Where it is mounted: /media/clinic/USB STICK, E:\ ... Also its id in the staff panel. */
  id: string;
  /** What staff see: the drive's name, as the system shows it. */
  label: string;
  /** Mounted read-only: listed, so staff see why it cannot be used. */
  readOnly: boolean;
}

export type DriveLister = () => Promise<RemovableDrive[]>;

/** Where Linux desktops mount removable media: udisks (/media/<user>, /run/media/<user>) and by hand (/mnt). */
const LINUX_MOUNT_ROOTS = ['/media/', '/run/media/', '/mnt/'];

/** File systems under those roots that are not a drive (a bind of a system folder, a RAM disk). */
const NOT_A_DRIVE = new Set(['tmpfs', 'proc', 'sysfs', 'devtmpfs', 'overlay', 'autofs', 'squashfs']);

/**
 * The drives in /proc/mounts mounted under the usual removable-media folders. Each line is
 * "device mount-point type options ..."; spaces and other bytes in a mount point are written as
 * octal escapes (\040).
 */
export function parseLinuxMounts(procMounts: string): RemovableDrive[] {
  const drives: RemovableDrive[] = [];
  for (const line of procMounts.split('\n')) {
    const [device, rawMountPoint, type, options] = line.split(' ');
    if (device === undefined || rawMountPoint === undefined || type === undefined || options === undefined) continue;
    const mountPoint = rawMountPoint.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
    if (NOT_A_DRIVE.has(type) || !LINUX_MOUNT_ROOTS.some((root) => mountPoint.startsWith(root) && mountPoint.length > root.length)) continue;
    drives.push({ id: mountPoint, label: path.basename(mountPoint), readOnly: options.split(',').includes('ro') });
  }
  return drives;
}

/** PowerShell's JSON for Win32_LogicalDisk rows with DriveType 2 (removable): one object, or a list. */
export function parseWindowsDrives(json: string): RemovableDrive[] {
  if (json.trim() === '') return [];
  const parsed: unknown = JSON.parse(json);
  const rows = Array.isArray(parsed) ? parsed : [parsed];
  const drives: RemovableDrive[] = [];
  for (const row of rows) {
    if (typeof row !== 'object' || row === null) continue;
    const { DeviceID: letter, VolumeName: name } = row as { DeviceID?: unknown; VolumeName?: unknown };
    if (typeof letter !== 'string' || !/^[A-Z]:$/i.test(letter)) continue;
    const label = typeof name === 'string' && name.trim() !== '' ? `${name.trim()} (${letter})` : letter;
    drives.push({ id: `${letter}\\`, label, readOnly: false });
  }
  return drives;
}

const WINDOWS_QUERY = "Get-CimInstance -ClassName Win32_LogicalDisk -Filter 'DriveType=2' | Select-Object DeviceID,VolumeName | ConvertTo-Json -Compress";

/** How long the system may take to list its drives before staff see "no drive found". */
const LIST_TIMEOUT_MS = 10_000;

function listWindowsDrives(): Promise<RemovableDrive[]> {
  return new Promise((resolve, reject) => {
    execFile('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', WINDOWS_QUERY], { timeout: LIST_TIMEOUT_MS, windowsHide: true }, (error, stdout) => {
      if (error) reject(error);
      else resolve(parseWindowsDrives(stdout));
    });
  });
}

/** macOS mounts every volume in /Volumes; the start-up disk is the one that is a link to "/". */
function listMacDrives(): Promise<RemovableDrive[]> {
  const drives: RemovableDrive[] = [];
  for (const name of readdirSync('/Volumes')) {
    const mountPoint = path.join('/Volumes', name);
    if (lstatSync(mountPoint).isSymbolicLink()) continue;
    drives.push({ id: mountPoint, label: name, readOnly: false });
  }
  return Promise.resolve(drives);
}

/** The lister for the machine the kiosk runs on. */
export function systemDriveLister(platform: NodeJS.Platform = process.platform): DriveLister {
  if (platform === 'win32') return listWindowsDrives;
  if (platform === 'darwin') return listMacDrives;
  return () => Promise.resolve(parseLinuxMounts(readFileSync('/proc/mounts', 'utf8')));
}

/**
 * For the preview and the tests (KIOSK_REMOVABLE_DRIVES_DIR): every folder inside `folder` plays
 * a plugged-in drive, so a test can plug one in, pull it out, or make it read-only.
 */
export function folderDriveLister(folder: string): DriveLister {
  return () => {
    const drives: RemovableDrive[] = [];
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const mountPoint = path.join(folder, entry.name);
      // Write permission for its owner stands for a drive mounted read-write.
      drives.push({ id: mountPoint, label: entry.name, readOnly: (statSync(mountPoint).mode & 0o200) === 0 });
    }
    return Promise.resolve(drives.sort((a, b) => a.label.localeCompare(b.label)));
  };
}

import { execFile } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
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

/**
 * The drives in /proc/mounts mounted under the usual removable-media folders from a block device
 * that sits on a USB bus or is an SD card (`isRemovableDevice`): never a network share, a RAM
 * disk or an internal disk mounted there. Each line is "device mount-point type options ...";
 * spaces and other bytes in a mount point are written as octal escapes (\040).
 */
export function parseLinuxMounts(procMounts: string, isRemovableDevice: (device: string) => boolean = isUsbOrCardDevice): RemovableDrive[] {
  const drives: RemovableDrive[] = [];
  for (const line of procMounts.split('\n')) {
    const [device, rawMountPoint, , options] = line.split(' ');
    if (device === undefined || rawMountPoint === undefined || options === undefined) continue;
    const mountPoint = unescapeMountField(rawMountPoint);
    if (!LINUX_MOUNT_ROOTS.some((root) => mountPoint.startsWith(root) && mountPoint.length > root.length)) continue;
    // A share (//server/share, server:/path), a RAM disk (tmpfs) or a FUSE mount has no /dev/ device.
    const source = unescapeMountField(device);
    if (!source.startsWith('/dev/') || !isRemovableDevice(source)) continue;
    drives.push({ id: mountPoint, label: path.basename(mountPoint), readOnly: options.split(',').includes('ro') });
  }
  return drives;
}

function unescapeMountField(field: string): string {
  return field.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
}

/**
 * Whether a block device (/dev/sdb1, /dev/mmcblk0p1) hangs off a USB bus or an SD card reader:
 * its node in /sys/class/block leads, through the device tree, past a usb or mmc host.
 */
export function isUsbOrCardDevice(device: string): boolean {
  try {
    const devicePath = realpathSync(path.join('/sys/class/block', path.basename(realpathSync(device))));
    return /\/usb\d*\/|\/mmc_host\//.test(devicePath);
  } catch {
    return false;
  }
}

/** PowerShell's JSON for Win32_LogicalDisk rows with DriveType 2 (removable): one object, or a list. */
export function parseWindowsDrives(json: string): RemovableDrive[] {
  if (json.trim() === '') return [];
  const parsed: unknown = JSON.parse(json);
  const rows = Array.isArray(parsed) ? parsed : [parsed];
  const drives: RemovableDrive[] = [];
  for (const row of rows) {
    if (typeof row !== 'object' || row === null) continue;
    const { DeviceID: letter, VolumeName: name, Access: access } = row as { DeviceID?: unknown; VolumeName?: unknown; Access?: unknown };
    if (typeof letter !== 'string' || !/^[A-Z]:$/i.test(letter)) continue;
    const label = typeof name === 'string' && name.trim() !== '' ? `${name.trim()} (${letter})` : letter;
    // Win32_LogicalDisk.Access: 1 is read-only (a write-protected stick or card).
    drives.push({ id: `${letter}\\`, label, readOnly: access === 1 });
  }
  return drives;
}

/** UTF-8 out, so a stick's name in any script arrives intact; Size is empty for a card slot with no card. */
const WINDOWS_QUERY =
  "[Console]::OutputEncoding=[Text.Encoding]::UTF8; Get-CimInstance -ClassName Win32_LogicalDisk -Filter 'DriveType=2' | Where-Object Size | Select-Object DeviceID,VolumeName,Access | ConvertTo-Json -Compress";

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

/**
 * macOS mounts every volume in /Volumes; the start-up disk is the one that is a link to "/". A
 * plain folder left there (on the start-up disk itself) is not a drive, nor is a hidden entry.
 */
function listMacDrives(): Promise<RemovableDrive[]> {
  const drives: RemovableDrive[] = [];
  const volumesDevice = statSync('/Volumes').dev;
  for (const name of readdirSync('/Volumes')) {
    const mountPoint = path.join('/Volumes', name);
    if (name.startsWith('.') || lstatSync(mountPoint).isSymbolicLink() || statSync(mountPoint).dev === volumesDevice) continue;
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

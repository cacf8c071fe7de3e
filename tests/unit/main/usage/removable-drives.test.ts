import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { folderDriveLister, parseLinuxMounts, parseWindowsDrives } from '../../../../main/usage/removable-drives';

test('Linux: only mounts under /media, /run/media and /mnt are drives; escaped spaces are decoded and read-only mounts marked', () => {
  const mounts = [
    '/dev/sda2 / ext4 rw,relatime 0 0',
    'tmpfs /run tmpfs rw,nosuid 0 0',
    '/dev/sdb1 /media/clinic/USB\\040STICK vfat rw,nosuid,nodev 0 0',
    '/dev/sdc1 /run/media/staff/CARD exfat ro,nosuid 0 0',
    '/dev/sdd1 /mnt/backup ext4 rw 0 0',
    'tmpfs /media/ramdisk tmpfs rw 0 0',
    '/dev/sde1 /media/ vfat rw 0 0',
    '/dev/sdf1 /home/clinic/media vfat rw 0 0',
    '',
  ].join('\n');
  assert.deepEqual(parseLinuxMounts(mounts), [
    { id: '/media/clinic/USB STICK', label: 'USB STICK', readOnly: false },
    { id: '/run/media/staff/CARD', label: 'CARD', readOnly: true },
    { id: '/mnt/backup', label: 'backup', readOnly: false },
  ]);
});

test("Windows: PowerShell's one object or list of removable disks become drive letters with their names", () => {
  assert.deepEqual(parseWindowsDrives('{"DeviceID":"E:","VolumeName":"KINGSTON"}'), [{ id: 'E:\\', label: 'KINGSTON (E:)', readOnly: false }]);
  assert.deepEqual(parseWindowsDrives('[{"DeviceID":"E:","VolumeName":""},{"DeviceID":"F:","VolumeName":null},{"DeviceID":"not a letter"}]'), [
    { id: 'E:\\', label: 'E:', readOnly: false },
    { id: 'F:\\', label: 'F:', readOnly: false },
  ]);
  // No removable disk: PowerShell prints nothing.
  assert.deepEqual(parseWindowsDrives('\r\n'), []);
});

test('the preview lists each folder inside its drives folder as a drive, by name, read-only when it cannot be written', () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'kiosk-drives-'));
  mkdirSync(path.join(folder, 'USB B'));
  mkdirSync(path.join(folder, 'USB A'));
  mkdirSync(path.join(folder, 'LOCKED'));
  chmodSync(path.join(folder, 'LOCKED'), 0o555);
  writeFileSync(path.join(folder, 'not-a-drive.txt'), '');
  return folderDriveLister(folder)().then((drives) => {
    assert.deepEqual(drives, [
      { id: path.join(folder, 'LOCKED'), label: 'LOCKED', readOnly: true },
      { id: path.join(folder, 'USB A'), label: 'USB A', readOnly: false },
      { id: path.join(folder, 'USB B'), label: 'USB B', readOnly: false },
    ]);
  });
});

import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { folderDriveLister, isUsbOrCardDevice, parseLinuxMounts, parseWindowsDrives } from '../../../../main/usage/removable-drives';

test('Linux: only USB and SD-card devices mounted under /media, /run/media or /mnt; never a share, a RAM disk or an internal disk; names decoded, read-only marked', () => {
  const mounts = [
    '/dev/sda2 / ext4 rw,relatime 0 0',
    'tmpfs /run tmpfs rw,nosuid 0 0',
    '/dev/sdb1 /media/clinic/USB\\040STICK vfat rw,nosuid,nodev 0 0',
    '/dev/mmcblk0p1 /run/media/staff/CARD exfat ro,nosuid 0 0',
    '/dev/sdc1 /mnt/usb ext4 rw 0 0',
    '/dev/sda3 /mnt/data ext4 rw 0 0',
    '//fileserver/kiosks /mnt/share cifs rw 0 0',
    'fileserver:/export/kiosks /mnt/nfs nfs4 rw 0 0',
    'sshfs#it@server:/ /mnt/remote fuse.sshfs rw 0 0',
    'tmpfs /media/ramdisk tmpfs rw 0 0',
    '/dev/sdd1 /media/ vfat rw 0 0',
    '/dev/sde1 /home/clinic/media vfat rw 0 0',
    '',
  ].join('\n');
  const onUsbOrCard = (device: string) => ['/dev/sdb1', '/dev/mmcblk0p1', '/dev/sdc1', '/dev/sdd1', '/dev/sde1'].includes(device);
  assert.deepEqual(parseLinuxMounts(mounts, onUsbOrCard), [
    { id: '/media/clinic/USB STICK', label: 'USB STICK', readOnly: false },
    { id: '/run/media/staff/CARD', label: 'CARD', readOnly: true },
    { id: '/mnt/usb', label: 'usb', readOnly: false },
  ]);
});

test('Linux: a device that does not exist is no USB stick', () => {
  assert.equal(isUsbOrCardDevice('/dev/no-such-device'), false);
});

test("Windows: PowerShell's one object or list of removable disks become drive letters with their names", () => {
  assert.deepEqual(parseWindowsDrives('{"DeviceID":"E:","VolumeName":"KINGSTON","Access":0}'), [{ id: 'E:\\', label: 'KINGSTON (E:)', readOnly: false }]);
  assert.deepEqual(parseWindowsDrives('{"DeviceID":"G:","VolumeName":"ΚΑΡΤΑ","Access":1}'), [{ id: 'G:\\', label: 'ΚΑΡΤΑ (G:)', readOnly: true }]);
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

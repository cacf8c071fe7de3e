import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { RemovableDrive } from '../../../../main/usage/removable-drives';
import { emptyUsageCounts, recordUsage } from '../../../../main/usage/usage-counts';
import { createUsageDriveExport, exportFailureOf } from '../../../../main/usage/usage-drive-export';

const NOON = new Date(2026, 10, 30, 12);
const counts = () => recordUsage(emptyUsageCounts(), null, { event: 'session-started' }, NOON).counts;

function setUp(kioskId?: string) {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'kiosk-drive-export-'));
  const stick = path.join(folder, 'USB STICK');
  mkdirSync(stick);
  let drives: RemovableDrive[] = [{ id: stick, label: 'USB STICK', readOnly: false }];
  const logged: { outcome: string; details: Record<string, string> }[] = [];
  let afterExports = 0;
  const exporter = createUsageDriveExport({
    listDrives: () => Promise.resolve(drives),
    counts,
    kioskId,
    afterExport: () => (afterExports += 1),
    log: (outcome, details) => logged.push({ outcome, details }),
    now: () => NOON,
  });
  return { exporter, stick, logged, afterExports: () => afterExports, setDrives: (next: RemovableDrive[]) => (drives = next) };
}

test("export writes the usage CSV to the chosen stick's top folder, named by kiosk and date; it is logged and IT's folder is written after", async () => {
  const { exporter, stick, logged, afterExports } = setUp('lobby-1');
  assert.deepEqual(await exporter.exportTo(stick), { ok: true, fileName: 'usage-lobby-1-2026-11-30.csv', driveLabel: 'USB STICK' });
  assert.deepEqual(readdirSync(stick), ['usage-lobby-1-2026-11-30.csv']);
  assert.match(readFileSync(path.join(stick, 'usage-lobby-1-2026-11-30.csv'), 'utf8'), /^\uFEFFkiosk_id,date,measure,item,count\r\nlobby-1,2026-11-30,sessions,,1\r\n/);
  assert.deepEqual(logged, [{ outcome: 'exported', details: { drive: 'USB STICK', file: 'usage-lobby-1-2026-11-30.csv' } }]);
  // IT's folder is written just after staff have their answer.
  assert.equal(afterExports(), 0);
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(afterExports(), 1);
});

test('a kiosk without a kioskId writes usage-<date>.csv with an empty kiosk column', async () => {
  const { exporter, stick } = setUp();
  assert.deepEqual(await exporter.exportTo(stick), { ok: true, fileName: 'usage-2026-11-30.csv', driveLabel: 'USB STICK' });
  assert.match(readFileSync(path.join(stick, 'usage-2026-11-30.csv'), 'utf8'), /\r\n,2026-11-30,sessions,,1\r\n/);
});

test('only a drive in the list at the moment of writing is written: any other folder, or a stick pulled out, is "drive-gone"', async () => {
  const { exporter, stick, afterExports, setDrives } = setUp();
  const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'kiosk-not-a-drive-'));
  assert.deepEqual(await exporter.exportTo(elsewhere), { ok: false, reason: 'drive-gone' });
  assert.deepEqual(readdirSync(elsewhere), []);
  setDrives([]);
  assert.deepEqual(await exporter.exportTo(stick), { ok: false, reason: 'drive-gone' });
  assert.equal(afterExports(), 0);
});

test('a read-only drive is refused before writing; a drive that vanished between the list and the write is reported and logged', async () => {
  const { exporter, stick, logged, setDrives } = setUp();
  setDrives([{ id: stick, label: 'USB STICK', readOnly: true }]);
  assert.deepEqual(await exporter.exportTo(stick), { ok: false, reason: 'read-only' });
  setDrives([{ id: stick, label: 'USB STICK', readOnly: false }]);
  rmSync(stick, { recursive: true });
  assert.deepEqual(await exporter.exportTo(stick), { ok: false, reason: 'drive-gone' });
  assert.deepEqual(logged, [{ outcome: 'failed', details: { step: 'write', drive: 'USB STICK', reason: 'ENOENT' } }]);
});

test('a list that cannot be read is a failure staff see, and is logged', async () => {
  const logged: string[] = [];
  const exporter = createUsageDriveExport({ listDrives: () => Promise.reject(new Error('powershell timed out')), counts, log: (outcome) => logged.push(outcome) });
  assert.deepEqual(await exporter.drives(), { ok: false, reason: 'failed' });
  assert.deepEqual(await exporter.exportTo('E:\\'), { ok: false, reason: 'failed', detail: 'list' });
  assert.deepEqual(logged, ['failed', 'failed']);
});

test('write errors are named for staff: full, read-only, gone, or another code', () => {
  assert.deepEqual(exportFailureOf('ENOSPC'), { reason: 'full' });
  assert.deepEqual(exportFailureOf('EROFS'), { reason: 'read-only' });
  assert.deepEqual(exportFailureOf('EACCES'), { reason: 'failed', detail: 'EACCES' });
  assert.deepEqual(exportFailureOf('ENOENT'), { reason: 'drive-gone' });
  assert.deepEqual(exportFailureOf('EIO'), { reason: 'failed', detail: 'EIO' });
});

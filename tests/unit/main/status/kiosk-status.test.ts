import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { readLogEntries, type LogEntry } from '../../../../main/log/read-log';
import { kioskStatus, recentTrouble } from '../../../../main/status/kiosk-status';
import { createStatusWriter } from '../../../../main/status/status-writer';

const NOW = new Date('2026-11-30T12:00:00.000Z');
const at = (hoursAgo: number, event: string): LogEntry => ({ time: new Date(NOW.getTime() - hoursAgo * 3_600_000).toISOString(), event });

test('the last 24 hours: a start after anything but a quit is an unexpected restart; screen crashes, hangs and recoveries are counted; older ones are not', () => {
  const entries = [
    at(30, 'start'),
    at(29, 'renderer-crashed'), // more than a day ago
    at(28, 'start'), // no quit before it, but more than a day ago
    at(20, 'renderer-hung'),
    at(20, 'renderer-reloaded'),
    at(10, 'start'), // the run before ended without a quit: a crash, a kill or a power cut
    at(9, 'renderer-silent'),
    at(9, 'renderer-hung'),
    at(9, 'fallback-shown'),
    at(8, 'renderer-reloaded'),
    at(5, 'quit'),
    at(4, 'start'), // after a quit: expected
    at(1, 'renderer-crashed'),
  ];
  assert.deepEqual(recentTrouble(entries, NOW), { unexpectedRestarts: 1, rendererCrashes: 1, rendererHangs: 2, rendererSilent: 1, rendererReloads: 2, fallbackShown: 1 });
  // The very first start of a kiosk is not a restart.
  assert.equal(recentTrouble([at(1, 'start')], NOW).unexpectedRestarts, 0);
  // A line written after the quit (the usage counts' last write failing, say) does not hide it.
  assert.equal(recentTrouble([at(3, 'start'), at(2, 'quit'), at(2, 'warning'), at(1, 'start')], NOW).unexpectedRestarts, 0);
  // The log begins mid-run (older files rotated away): that first start is not counted.
  assert.equal(recentTrouble([at(3, 'renderer-reloaded'), at(1, 'start')], NOW).unexpectedRestarts, 0);
});

test('the status: versions, start and uptime, the trouble, the update check and the disk, written at a time', () => {
  const status = kioskStatus(
    {
      kioskId: 'lobby-1',
      appVersion: '1.4.0',
      electronVersion: '45.1.0',
      contentVersion: 'bundled',
      startedAt: new Date(NOW.getTime() - 90 * 60_000),
      logEntries: [at(2, 'quit'), at(1.5, 'start')],
      lastUpdateCheck: null,
      lastContentCheck: { at: '2026-11-30T03:12:00.000Z', result: 'installed' },
      freeDiskBytes: 5e9,
    },
    NOW,
  );
  assert.deepEqual(status, {
    statusVersion: 1,
    kioskId: 'lobby-1',
    writtenAt: '2026-11-30T12:00:00.000Z',
    appVersion: '1.4.0',
    electronVersion: '45.1.0',
    contentVersion: 'bundled',
    startedAt: '2026-11-30T10:30:00.000Z',
    uptimeSeconds: 5400,
    last24Hours: { unexpectedRestarts: 0, rendererCrashes: 0, rendererHangs: 0, rendererSilent: 0, rendererReloads: 0, fallbackShown: 0 },
    lastUpdateCheck: null,
    lastContentCheck: { at: '2026-11-30T03:12:00.000Z', result: 'installed' },
    freeDiskBytes: 5e9,
  });
});

test('the log is read oldest file first; lines cut short or not from the log are skipped', () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'kiosk-read-log-'));
  writeFileSync(path.join(folder, 'kiosk.2.log'), `${JSON.stringify(at(9, 'start'))}\n`);
  writeFileSync(path.join(folder, 'kiosk.1.log'), `${JSON.stringify(at(8, 'renderer-crashed'))}\n{"time":"2026-11-30T0`);
  writeFileSync(path.join(folder, 'kiosk.log'), `not json\n{"event":"start"}\n${JSON.stringify(at(1, 'start'))}\n`);
  assert.deepEqual(
    readLogEntries(folder).map((entry) => entry.event),
    ['start', 'renderer-crashed', 'start'],
  );
  assert.deepEqual(readLogEntries(path.join(folder, 'missing')), []);
});

test('the status file is written whole to the folder; a missing folder is logged once and the file written once it is there', () => {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'kiosk-status-'));
  const folder = path.join(parent, 'status');
  const warnings: string[] = [];
  let writes = 0;
  const writer = createStatusWriter({
    folder,
    kioskId: 'lobby-1',
    warn: (message) => warnings.push(message),
    now: () => NOW,
    facts: () => {
      writes += 1;
      return { kioskId: 'lobby-1', appVersion: '1.4.0', electronVersion: null, contentVersion: 'bundled', startedAt: NOW, logEntries: [], lastUpdateCheck: null, lastContentCheck: null, freeDiskBytes: null };
    },
  });
  assert.deepEqual(writer.writeNow(), { ok: false, reason: 'ENOENT' });
  assert.deepEqual(writer.writeNow(), { ok: false, reason: 'ENOENT' });
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /Could not write the status file .*status-lobby-1\.json \(ENOENT\); trying again in 5 minutes/);
  mkdirSync(folder);
  assert.deepEqual(writer.writeNow(), { ok: true, file: path.join(folder, 'status-lobby-1.json') });
  assert.equal(JSON.parse(readFileSync(path.join(folder, 'status-lobby-1.json'), 'utf8')).writtenAt, NOW.toISOString());
  assert.equal(writes, 3);
});

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { compareVersions, fleetReport, fleetTable } from '../../../../main/status/fleet-report';
import { kioskStatus, type StatusFacts } from '../../../../main/status/kiosk-status';

const NOW = new Date('2026-11-30T12:00:00.000Z');
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

function statusText(change: Partial<StatusFacts>, writtenMinutesAgo = 2): string {
  const facts: StatusFacts = { kioskId: 'lobby-1', appVersion: '1.4.0', electronVersion: '45.1.0', contentVersion: 'bundled', startedAt: minutesAgo(3 * 24 * 60 + 65), logEntries: [], lastUpdateCheck: null, lastContentCheck: null, freeDiskBytes: 20 * 1024 ** 3, ...change };
  return JSON.stringify(kioskStatus(facts, minutesAgo(writtenMinutesAgo)));
}

test('versions compare by number, and a pre-release before its release', () => {
  assert.equal(compareVersions('1.10.0', '1.9.2'), 1);
  assert.equal(compareVersions('1.4.0', '1.4.0'), 0);
  assert.equal(compareVersions('1.4.0-beta.1', '1.4.0'), -1);
  assert.equal(compareVersions('2.0', '1.99.99'), 1);
});

test('each kiosk is flagged when it needs a look: silent for 15 minutes, an older app, trouble in the last day, little disk, or a file that cannot be read', () => {
  const rows = fleetReport(
    [
      { file: 'status-lobby-1.json', text: statusText({}) },
      { file: 'status-ward-2.json', text: statusText({ kioskId: 'ward-2', appVersion: '1.3.9', freeDiskBytes: 0.5 * 1024 ** 3 }, 47) },
      { file: 'status-ward-3.json', text: statusText({ kioskId: 'ward-3', logEntries: [{ time: minutesAgo(60).toISOString(), event: 'renderer-crashed' }, { time: minutesAgo(59).toISOString(), event: 'renderer-crashed' }] }) },
      { file: 'status-ward-4.json', text: '{"statusVersion":1,"kioskId":"ward-4"' },
      { file: 'status-ward-5.json', error: 'cannot be read (EACCES)' },
    ],
    NOW,
  );
  assert.deepEqual(
    rows.map((row) => [row.kioskId, row.flags]),
    [
      ['lobby-1', []],
      ['ward-2', ['not-heard-from', 'older-app', 'low-disk']],
      ['ward-3', ['trouble']],
      ['ward-4', ['unreadable']],
      ['ward-5', ['unreadable']],
    ],
  );
  const table = fleetTable(rows).split('\n');
  assert.match(table[0]!, /^kiosk\s+app\s+content\s+last heard\s+up\s+free disk\s+last 24 h\s+flags$/);
  assert.match(table[1]!, /^lobby-1\s+1\.4\.0\s+bundled\s+2 min ago\s+3d 1h\s+20\.0 GB\s+none$/);
  assert.match(table[2]!, /^ward-2\s+1\.3\.9 .*47 min ago.*0\.5 GB\s+none\s+NOT HEARD FROM, OLDER APP, LOW DISK$/);
  assert.match(table[3]!, /2 screen crashes\s+TROUBLE$/);
  assert.match(table[4]!, /^ward-4 .*not valid JSON \(cut short\?\)\s+UNREADABLE$/);
});

test('npm run fleet:status prints the table and exits 1 when a kiosk is flagged, 0 when none is, 2 without a folder', () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'kiosk-fleet-'));
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', path.join('scripts', 'fleet-status.ts'), ...args], { encoding: 'utf8' });
  const fresh = JSON.stringify(kioskStatus({ kioskId: 'lobby-1', appVersion: '1.4.0', electronVersion: null, contentVersion: 'bundled', startedAt: new Date(), logEntries: [], lastUpdateCheck: null, lastContentCheck: null, freeDiskBytes: null }, new Date()));
  writeFileSync(path.join(folder, 'status-lobby-1.json'), fresh);
  writeFileSync(path.join(folder, 'notes.txt'), 'not a status file');
  const healthy = run(folder);
  assert.equal(healthy.status, 0, healthy.stderr);
  assert.match(healthy.stdout, /^lobby-1\s+1\.4\.0/m);
  writeFileSync(path.join(folder, 'status-ward-2.json'), 'garbage');
  const flagged = run(folder, '--json');
  assert.equal(flagged.status, 1);
  assert.deepEqual((JSON.parse(flagged.stdout) as { kioskId: string; flags: string[] }[]).map((row) => [row.kioskId, row.flags]), [['lobby-1', []], ['ward-2', ['unreadable']]]);
  assert.equal(run().status, 2);
  assert.equal(run(path.join(folder, 'missing')).status, 2);
});

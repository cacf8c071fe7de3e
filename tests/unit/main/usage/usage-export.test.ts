import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { emptyUsageCounts, recordUsage } from '../../../../main/usage/usage-counts';
import { createUsageExporter } from '../../../../main/usage/usage-export';

const counts = () => recordUsage(emptyUsageCounts(), null, { event: 'session-started' }, new Date(2026, 10, 30, 12)).counts;

test("once a day the kiosk writes its file to IT's folder and removes its own older ones, never another kiosk's", () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'kiosk-usage-share-'));
  writeFileSync(path.join(folder, 'usage-lobby-1-2026-11-28.csv'), 'old');
  writeFileSync(path.join(folder, 'usage-lobby-2-2026-11-28.csv'), 'another kiosk');
  let day = 29;
  const exporter = createUsageExporter({ folder, kioskId: 'lobby-1', counts, warn: assert.fail, now: () => new Date(2026, 10, day, 12) });
  exporter.exportIfDue();
  exporter.exportIfDue();
  assert.deepEqual(readdirSync(folder).sort(), ['usage-lobby-1-2026-11-29.csv', 'usage-lobby-2-2026-11-28.csv']);
  day = 30;
  exporter.exportIfDue();
  assert.deepEqual(readdirSync(folder).sort(), ['usage-lobby-1-2026-11-30.csv', 'usage-lobby-2-2026-11-28.csv']);
  const csv = readFileSync(path.join(folder, 'usage-lobby-1-2026-11-30.csv'), 'utf8');
  assert.match(csv, /^\uFEFFkiosk_id,date,measure,item,count\r\nlobby-1,2026-11-30,sessions,,1\r\n/);
});

test('a missing folder is logged once and tried again; the file is written once the folder is there', () => {
  const folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'kiosk-usage-share-')), 'not-yet');
  const warnings: string[] = [];
  const exporter = createUsageExporter({ folder, kioskId: 'lobby-1', counts, warn: (message) => warnings.push(message), now: () => new Date(2026, 10, 30, 12) });
  assert.deepEqual(exporter.exportNow(), { ok: false, reason: 'ENOENT' });
  exporter.exportIfDue();
  exporter.exportIfDue();
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /Could not write the usage file .*usage-lobby-1-2026-11-30\.csv \(ENOENT\); trying again within the hour/);
  mkdirSync(folder);
  exporter.exportIfDue();
  assert.deepEqual(readdirSync(folder), ['usage-lobby-1-2026-11-30.csv']);
});

test('a folder path that is a file (or cannot be written) is refused the same way, and nothing throws', () => {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'kiosk-usage-share-'));
  const notAFolder = path.join(parent, 'share');
  writeFileSync(notAFolder, 'a file where the folder should be');
  const warnings: string[] = [];
  const exporter = createUsageExporter({ folder: notAFolder, kioskId: 'lobby-1', counts, warn: (message) => warnings.push(message) });
  const result = exporter.exportNow();
  assert.equal(result.ok, false);
  assert.equal(warnings.length, 1);
});

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { addDays, DAYS_KEPT, emptyUsageDay, localDay, type UsageCounts } from '../../../../main/usage/usage-counts';
import { createUsageStore, parseUsageFile, serializeUsage } from '../../../../main/usage/usage-store';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '..', '..', '..', '..');
const folder = () => mkdtempSync(path.join(os.tmpdir(), 'kiosk-usage-'));
const noWarnings = (message: string) => assert.fail(`unexpected warning: ${message}`);
const NOON = new Date(2026, 10, 30, 12, 0);

describe('when the counts are written', () => {
  test('not at each event: at the first change a timer is set, and the write happens when it fires', async () => {
    const filePath = path.join(folder(), 'usage.json');
    const store = createUsageStore({ filePath, warn: noWarnings, now: () => NOON, writeIntervalMs: 30 });
    store.record({ event: 'session-started' });
    store.record({ event: 'diagram-enlarged' });
    assert.equal(existsSync(filePath), false);
    await new Promise((resolve) => setTimeout(resolve, 80));
    const written = JSON.parse(readFileSync(filePath, 'utf8')) as UsageCounts;
    assert.equal(written.days['2026-11-30']!.diagramsEnlarged, 1);
    store.close();
  });

  test('at once at an idle reset, and at quit', () => {
    const filePath = path.join(folder(), 'usage.json');
    const store = createUsageStore({ filePath, warn: noWarnings, now: () => NOON, writeIntervalMs: 3_600_000 });
    store.record({ event: 'session-started' });
    store.record({ event: 'session-ended', language: 'es' });
    assert.deepEqual((JSON.parse(readFileSync(filePath, 'utf8')) as UsageCounts).days['2026-11-30']!.languagesEnded, { es: 1 });
    store.record({ event: 'read-aloud-played' });
    store.close();
    assert.equal((JSON.parse(readFileSync(filePath, 'utf8')) as UsageCounts).days['2026-11-30']!.readAloudPlays, 1);
  });

  test('a new store reads what the last one wrote and counts on', () => {
    const filePath = path.join(folder(), 'usage.json');
    const first = createUsageStore({ filePath, warn: noWarnings, now: () => NOON });
    first.record({ event: 'session-started' });
    first.close();
    const second = createUsageStore({ filePath, warn: noWarnings, now: () => NOON });
    second.record({ event: 'session-started' });
    second.close();
    assert.equal(second.counts().days['2026-11-30']!.sessions, 2);
  });

  test("staff's reset empties the counts on disk too", () => {
    const filePath = path.join(folder(), 'usage.json');
    const store = createUsageStore({ filePath, warn: noWarnings, now: () => NOON });
    store.record({ event: 'session-started' });
    store.flush();
    store.reset();
    assert.deepEqual(JSON.parse(readFileSync(filePath, 'utf8')), { version: 1, days: {} });
    store.close();
  });
});

test('the summary holds the last days asked for, up to today', () => {
  let day = 0;
  const store = createUsageStore({ filePath: null, warn: noWarnings, now: () => new Date(2026, 9, 1 + day, 12) });
  for (day = 0; day < 60; day += 1) {
    store.record({ event: 'session-started' });
    store.record({ event: 'session-ended', language: 'en' });
  }
  day = 59;
  const summary = store.summary(30);
  assert.equal(summary.today, '2026-11-29');
  assert.deepEqual(Object.keys(summary.days).sort().slice(0, 1), ['2026-10-31']);
  assert.equal(Object.keys(summary.days).length, 30);
});

describe('bad files and failing disks', () => {
  test('a damaged file is moved aside, counting starts again, and the log says so', () => {
    const dir = folder();
    const filePath = path.join(dir, 'usage.json');
    writeFileSync(filePath, '{"version":1,"days":{"2026-11-30":{"sessions":');
    const warnings: string[] = [];
    const store = createUsageStore({ filePath, warn: (message) => warnings.push(message), now: () => NOON });
    assert.deepEqual(store.counts(), { version: 1, days: {} });
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /Usage file .* is unusable: it is not valid JSON.*moved it to .*usage\.broken-.*counting starts again from zero/);
    assert.equal(readdirSync(dir).filter((name) => name.startsWith('usage.broken-')).length, 1);
    store.close();
  });

  test('a file with a field outside the fixed list is refused (a later version, or someone editing it)', () => {
    const day = { ...emptyUsageDay(), sessions: 2, patientName: 'x' };
    assert.equal(parseUsageFile(JSON.stringify({ version: 1, days: { '2026-11-30': day } })).ok, false);
    assert.equal(parseUsageFile(JSON.stringify({ version: 1, days: { '2026-11-30T10:15': emptyUsageDay() } })).ok, false, 'a time finer than the day');
    assert.equal(parseUsageFile(JSON.stringify({ version: 1, days: { '2026-11-30': { ...emptyUsageDay(), sessions: 2.5 } } })).ok, false);
    assert.equal(parseUsageFile(serializeUsage({ version: 1, days: { '2026-11-30': emptyUsageDay() } })).ok, true);
  });

  test('a folder that cannot be written: logged once, counting goes on in memory, and it is written once it can be', () => {
    const dir = folder();
    const filePath = path.join(dir, 'missing', 'usage.json');
    const warnings: string[] = [];
    const store = createUsageStore({ filePath, warn: (message) => warnings.push(message), now: () => NOON });
    for (let n = 0; n < 3; n += 1) {
      store.record({ event: 'session-started' });
      store.record({ event: 'session-ended', language: 'en' });
    }
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0]!, /Could not write the usage counts .* \(ENOENT\); they are kept in memory/);
    mkdirSync(path.dirname(filePath));
    store.record({ event: 'session-started' });
    store.record({ event: 'session-ended', language: 'en' });
    assert.equal((JSON.parse(readFileSync(filePath, 'utf8')) as UsageCounts).days['2026-11-30']!.sessions, 4);
    store.close();
  });
});

test(`after a simulated ${DAYS_KEPT + 100} busy days the file keeps ${DAYS_KEPT} and stays small`, () => {
  const filePath = path.join(folder(), 'usage.json');
  // Written once at the end (a long write interval, and no idle resets counted as writes below),
  // so the test measures the counting and the file, not thousands of fsyncs.
  let today = '2025-01-01';
  const [year, month, date] = today.split('-').map(Number) as [number, number, number];
  let day = 0;
  const store = createUsageStore({ filePath: null, warn: noWarnings, now: () => new Date(year, month - 1, date + day, 12) });
  for (day = 0; day < DAYS_KEPT + 100; day += 1) {
    // A busy day: 40 patients in six languages, each reading part of the topic, a few words and a diagram.
    for (let patient = 0; patient < 40; patient += 1) {
      store.record({ event: 'session-started' });
      store.record({ event: 'topic-opened', topicId: 'muscle-atrophy' });
      for (let page = 0; page < 2 + (patient % 20); page += 1) store.record({ event: 'page-reached', topicId: 'muscle-atrophy', page, pageCount: 22 });
      store.record({ event: 'chapter-opened', topicId: 'muscle-atrophy', chapterId: ['about', 'signs', 'causes', 'treatments'][patient % 4]! });
      store.record({ event: 'glossary-opened', topicId: 'muscle-atrophy', term: ['atrophy', 'physical-therapy', 'fes', 'neurogenic'][patient % 4]! });
      store.record({ event: 'diagram-enlarged' });
      store.record({ event: 'session-ended', language: ['en', 'es', 'fr', 'ar', 'zh-Hans', 'vi'][patient % 6]! });
    }
  }
  writeFileSync(filePath, serializeUsage(store.counts()));
  today = localDay(new Date(year, month - 1, date + DAYS_KEPT + 99, 12));
  const written = JSON.parse(readFileSync(filePath, 'utf8')) as UsageCounts;
  assert.equal(Object.keys(written.days).length, DAYS_KEPT);
  assert.equal(Object.keys(written.days).sort()[0], addDays(today, -(DAYS_KEPT - 1)));
  const bytes = readFileSync(filePath).length;
  // Measured: printed so the README's figure can be checked against it.
  console.log(`usage.json after ${DAYS_KEPT} kept busy days: ${bytes} bytes`);
  assert.ok(bytes < 1_000_000, `${bytes} bytes`);
});

test('the counts survive 15 SIGKILLs in the middle of writing: the file is always whole and never goes back', { timeout: 60_000 }, async () => {
  const filePath = path.join(folder(), 'usage.json');
  let previousSessions = 0;
  for (let round = 1; round <= 15; round += 1) {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'support', 'usage-writer-child.ts'), filePath], { cwd: projectRoot, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
    const printed = (line: string) => new Promise<void>((resolve, reject) => {
      const check = () => stdout.split('\n').includes(line) && resolve();
      child.stdout.on('data', check);
      void exited.then(() => reject(new Error(`the writer exited before "${line}": ${stderr}`)));
      check();
    });
    await printed('ready');
    child.stdin.write('go\n');
    await printed('writing');
    await new Promise((resolve) => setTimeout(resolve, 5 + Math.floor(Math.random() * 60)));
    child.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL', `round ${round}: the writer should still be writing: ${stderr}`);

    const warnings: string[] = [];
    const counts = createUsageStore({ filePath, warn: (message) => warnings.push(message) }).counts();
    for (const warning of warnings) assert.match(warning, /recovered the last good usage counts/, `round ${round}: ${warning}`);
    const sessions = Object.values(counts.days).reduce((sum, day) => sum + day.sessions, 0);
    assert.ok(sessions >= previousSessions, `round ${round}: ${sessions} sessions after ${previousSessions}`);
    previousSessions = sessions;
  }
  assert.ok(previousSessions > 0, 'the writers never completed a write');
});

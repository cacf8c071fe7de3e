import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { createRotatingLog, MAX_DETAIL_LENGTH, type KioskLogDetails } from '../../../../main/log/rotating-log';

const sandbox = mkdtempSync(path.join(os.tmpdir(), 'kiosk-log-'));
after(() => rmSync(sandbox, { recursive: true, force: true }));

function tempDir(): string {
  return mkdtempSync(path.join(sandbox, 'case-'));
}

function readLines(filePath: string): Record<string, unknown>[] {
  return readFileSync(filePath, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const fixedTime = () => new Date('2025-03-04T05:06:07.089Z');

describe('createRotatingLog', () => {
  test('writes one JSON object per line with time, event and details', () => {
    const directory = tempDir();
    const log = createRotatingLog({ directory, now: fixedTime });
    log.write('start', { version: '0.1.0', packaged: false });
    log.write('renderer-crashed', { reason: 'crashed', exitCode: 139 });
    log.write('quit');
    assert.deepStrictEqual(readLines(path.join(directory, 'kiosk.log')), [
      { time: '2025-03-04T05:06:07.089Z', event: 'start', version: '0.1.0', packaged: false },
      { time: '2025-03-04T05:06:07.089Z', event: 'renderer-crashed', reason: 'crashed', exitCode: 139 },
      { time: '2025-03-04T05:06:07.089Z', event: 'quit' },
    ]);
  });

  test('time is a real ISO timestamp by default, and details cannot overwrite time or event', () => {
    const directory = tempDir();
    createRotatingLog({ directory }).write('warning', { time: 'yesterday', event: 'start', code: 'x' });
    const [line] = readLines(path.join(directory, 'kiosk.log'));
    assert.equal(line?.event, 'warning');
    assert.equal(line?.code, 'x');
    assert.equal(typeof line?.time, 'string');
    assert.equal(new Date(line?.time as string).toISOString(), line?.time);
  });

  test('only primitive details are written, and long strings are cut', () => {
    const directory = tempDir();
    const smuggled = { nested: { patient: 'x' }, list: ['a'], long: 'y'.repeat(1_000), ok: 1 } as unknown as KioskLogDetails;
    createRotatingLog({ directory, now: fixedTime }).write('warning', smuggled);
    const [line] = readLines(path.join(directory, 'kiosk.log'));
    assert.deepStrictEqual(Object.keys(line ?? {}), ['time', 'event', 'long', 'ok']);
    assert.ok((line?.long as string).length <= MAX_DETAIL_LENGTH + 1);
  });

  test('rotation keeps exactly keepFiles old files, the newest lines in kiosk.log', () => {
    const directory = tempDir();
    const maxBytes = 300;
    const log = createRotatingLog({ directory, maxBytes, keepFiles: 3, now: fixedTime });
    const total = 60;
    for (let index = 0; index < total; index += 1) log.write('warning', { index });

    assert.deepStrictEqual(readdirSync(directory).sort(), ['kiosk.1.log', 'kiosk.2.log', 'kiosk.3.log', 'kiosk.log']);
    const ordered = ['kiosk.3.log', 'kiosk.2.log', 'kiosk.1.log', 'kiosk.log'].map((name) => path.join(directory, name));
    for (const file of ordered) assert.ok(statSync(file).size <= maxBytes, `${file} is within the size limit`);
    // Oldest file first, the lines run on without a gap and end with the last one written.
    const indexes = ordered.flatMap((file) => readLines(file).map((line) => line.index as number));
    assert.equal(indexes.at(-1), total - 1);
    assert.deepStrictEqual(indexes, Array.from({ length: indexes.length }, (_, offset) => total - indexes.length + offset));
    assert.ok(indexes.length < total, 'the oldest lines were deleted');
  });

  test('rotation happens before a line would take the file past maxBytes', () => {
    const directory = tempDir();
    const log = createRotatingLog({ directory, maxBytes: 200, keepFiles: 1, now: fixedTime });
    log.write('start');
    const firstSize = statSync(path.join(directory, 'kiosk.log')).size;
    const fitting = Math.floor(200 / firstSize);
    for (let index = 1; index < fitting; index += 1) log.write('start');
    assert.equal(existsSync(path.join(directory, 'kiosk.1.log')), false, 'a full-but-not-over file is not rotated');
    log.write('quit');
    assert.equal(readLines(path.join(directory, 'kiosk.1.log')).length, fitting);
    assert.deepStrictEqual(readLines(path.join(directory, 'kiosk.log')).map((line) => line.event), ['quit']);
  });

  test('a custom file name rotates with its own numbering', () => {
    const directory = tempDir();
    const log = createRotatingLog({ directory, fileName: 'health.log', maxBytes: 80, keepFiles: 2, now: fixedTime });
    for (let index = 0; index < 10; index += 1) log.write('start');
    assert.deepStrictEqual(readdirSync(directory).sort(), ['health.1.log', 'health.2.log', 'health.log']);
  });

  test('keepFiles 0 keeps only the current file', () => {
    const directory = tempDir();
    const log = createRotatingLog({ directory, maxBytes: 80, keepFiles: 0, now: fixedTime });
    for (let index = 0; index < 10; index += 1) log.write('warning', { index });
    assert.deepStrictEqual(readdirSync(directory), ['kiosk.log']);
    assert.deepStrictEqual(readLines(path.join(directory, 'kiosk.log')).map((line) => line.index), [9]);
  });

  test('a missing folder is created', () => {
    const directory = path.join(tempDir(), 'logs', 'nested');
    const fallbackLines: string[] = [];
    createRotatingLog({ directory, fallback: (line) => fallbackLines.push(line) }).write('start');
    assert.equal(readLines(path.join(directory, 'kiosk.log')).length, 1);
    assert.deepStrictEqual(fallbackLines, []);
  });

  test('a write failure goes to the fallback and never throws', () => {
    const notAFolder = path.join(tempDir(), 'file');
    writeFileSync(notAFolder, 'in the way');
    const fallbackLines: string[] = [];
    const log = createRotatingLog({ directory: notAFolder, now: fixedTime, fallback: (line) => fallbackLines.push(line) });
    assert.doesNotThrow(() => log.write('renderer-hung', { seconds: 10 }));
    assert.equal(fallbackLines.length, 1);
    assert.deepStrictEqual(JSON.parse(fallbackLines[0] ?? ''), { time: '2025-03-04T05:06:07.089Z', event: 'renderer-hung', seconds: 10 });
  });

  test('a failing clock or a throwing fallback still never throws', () => {
    const notAFolder = path.join(tempDir(), 'file');
    writeFileSync(notAFolder, 'in the way');
    const brokenClock = () => new Date(Number.NaN);
    const fallbackLines: string[] = [];
    assert.doesNotThrow(() => createRotatingLog({ directory: tempDir(), now: brokenClock, fallback: (line) => fallbackLines.push(line) }).write('start'));
    assert.deepStrictEqual(fallbackLines.map((line) => JSON.parse(line) as unknown), [{ event: 'start' }]);
    const throwing = () => {
      throw new Error('console is gone');
    };
    assert.doesNotThrow(() => createRotatingLog({ directory: notAFolder, fallback: throwing }).write('quit'));
  });
});

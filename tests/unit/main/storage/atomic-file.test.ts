import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { writeFileAtomic } from '../../../../main/storage/atomic-file';

function freshFolder(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'kiosk-atomic-'));
}

describe('writeFileAtomic', () => {
  test('creates a new file', () => {
    const folder = freshFolder();
    const filePath = path.join(folder, 'settings.json');
    writeFileAtomic(filePath, '{"a":1}\n');
    assert.equal(readFileSync(filePath, 'utf8'), '{"a":1}\n');
    assert.deepStrictEqual(readdirSync(folder), ['settings.json']);
  });

  test('replaces the content of an existing file, including with shorter text', () => {
    const folder = freshFolder();
    const filePath = path.join(folder, 'settings.json');
    writeFileSync(filePath, 'x'.repeat(10_000));
    writeFileAtomic(filePath, 'short — ünïcödé ✓');
    assert.equal(readFileSync(filePath, 'utf8'), 'short — ünïcödé ✓');
  });

  test('leaves no temporary files behind after many writes', () => {
    const folder = freshFolder();
    const filePath = path.join(folder, 'settings.json');
    for (let i = 0; i < 20; i += 1) writeFileAtomic(filePath, `${i}\n`);
    assert.equal(readFileSync(filePath, 'utf8'), '19\n');
    assert.deepStrictEqual(readdirSync(folder), ['settings.json']);
  });

  test('removes its temporary file and rethrows when the rename fails', () => {
    const folder = freshFolder();
    // A non-empty folder cannot be replaced by a file, so the final rename fails.
    const filePath = path.join(folder, 'settings.json');
    mkdirSync(filePath);
    writeFileSync(path.join(filePath, 'keep.txt'), 'keep');
    assert.throws(() => writeFileAtomic(filePath, '{}'), (error: NodeJS.ErrnoException) => typeof error.code === 'string');
    assert.deepStrictEqual(readdirSync(folder), ['settings.json']);
    assert.equal(readFileSync(path.join(filePath, 'keep.txt'), 'utf8'), 'keep');
  });

  test('throws when the folder does not exist, creating nothing', () => {
    const folder = freshFolder();
    assert.throws(() => writeFileAtomic(path.join(folder, 'missing', 'settings.json'), '{}'), { code: 'ENOENT' });
    assert.deepStrictEqual(readdirSync(folder), []);
  });
});

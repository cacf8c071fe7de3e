import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  type AllowListEntry,
  compareWithAllowList,
  type Finding,
  findInlineDisables,
  parseAllowList,
  toFinding,
} from '../../../scripts/security-scan';

const sandboxFinding: Finding = {
  check: 'SANDBOX_JS_CHECK',
  file: 'main/index.ts',
  line: 98,
  severity: 'MEDIUM',
  description: 'Use sandbox for untrusted origins',
  sample: 'kioskWindow = new BrowserWindow(createKioskWindowOptions({ preloadPath, allowDevTools }));',
};
const sandboxEntry: AllowListEntry = {
  check: 'SANDBOX_JS_CHECK',
  file: 'main/index.ts',
  snippet: 'new BrowserWindow(createKioskWindowOptions(',
  reason: 'createKioskWindowOptions() sets sandbox: true.',
};

test('a finding with no allow-list entry is unexplained', () => {
  const result = compareWithAllowList([sandboxFinding], []);
  assert.deepStrictEqual(result.unexplained, [sandboxFinding]);
  assert.deepStrictEqual(result.allowListed, []);
});

test('a finding matched by check, file and snippet is allow-listed, and its entry is not stale', () => {
  const result = compareWithAllowList([sandboxFinding], [sandboxEntry]);
  assert.deepStrictEqual(result.unexplained, []);
  assert.deepStrictEqual(result.allowListed, [sandboxFinding]);
  assert.deepStrictEqual(result.stale, []);
});

test('an entry for another check, file, line or snippet does not explain the finding', () => {
  const nearMisses: AllowListEntry[] = [
    { ...sandboxEntry, check: 'CONTEXT_ISOLATION_JS_CHECK' },
    { ...sandboxEntry, file: 'main/preload.ts' },
    { ...sandboxEntry, line: 99 },
    { ...sandboxEntry, snippet: 'new BrowserWindow({' },
  ];
  const result = compareWithAllowList([sandboxFinding], nearMisses);
  assert.deepStrictEqual(result.unexplained, [sandboxFinding]);
  assert.deepStrictEqual(result.stale, nearMisses);
});

test('an entry with the right line number matches', () => {
  const byLine: AllowListEntry = { check: 'SANDBOX_JS_CHECK', file: 'main/index.ts', line: 98, reason: 'sandboxed' };
  assert.deepStrictEqual(compareWithAllowList([sandboxFinding], [byLine]).allowListed, [sandboxFinding]);
});

test('an entry that matches no finding is reported as stale', () => {
  const staleEntry: AllowListEntry = { check: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/index.ts', reason: 'was removed' };
  const result = compareWithAllowList([sandboxFinding], [sandboxEntry, staleEntry]);
  assert.deepStrictEqual(result.stale, [staleEntry]);
});

test('informational findings are ignored, and an entry for one is stale', () => {
  const informational: Finding = { ...sandboxFinding, check: 'CSP_JS_CHECK', severity: 'INFORMATIONAL' };
  const entry: AllowListEntry = { check: 'CSP_JS_CHECK', file: 'main/index.ts', reason: 'noted' };
  const result = compareWithAllowList([informational], [entry]);
  assert.deepStrictEqual(result.unexplained, []);
  assert.deepStrictEqual(result.allowListed, []);
  assert.equal(result.informational, 1);
  assert.deepStrictEqual(result.stale, [entry]);
});

test('a finding with a severity it does not know is treated as serious', () => {
  const unknown: Finding = { ...sandboxFinding, severity: 'CRITICAL' };
  assert.deepStrictEqual(compareWithAllowList([unknown], []).unexplained, [unknown]);
});

test('the allow-list accepts well-formed entries', () => {
  const parsed = parseAllowList({ about: 'why', entries: [sandboxEntry, { check: 'SANDBOX_JS_CHECK', file: 'main/index.ts', line: 3, reason: 'ok' }] });
  assert.deepStrictEqual(parsed.problems, []);
  assert.equal(parsed.entries.length, 2);
});

test('an entry without a reason, or with a blank one, is rejected and not used', () => {
  const { reason: _reason, ...withoutReason } = sandboxEntry;
  const parsed = parseAllowList({ entries: [withoutReason, { ...sandboxEntry, reason: '   ' }] });
  assert.deepStrictEqual(parsed.entries, []);
  assert.equal(parsed.problems.length, 2);
  assert.match(parsed.problems[0] ?? '', /^entries\[0\]\.reason: /);
  assert.match(parsed.problems[1] ?? '', /^entries\[1\]\.reason: must explain why/);
});

test('a bad entry does not hide the good ones', () => {
  const parsed = parseAllowList({ entries: [sandboxEntry, { ...sandboxEntry, file: '/abs/main/index.ts' }] });
  assert.deepStrictEqual(parsed.entries, [sandboxEntry]);
  assert.deepStrictEqual(parsed.problems, ['entries[1].file: must be a project-relative path with /']);
});

test('misspelt fields and a missing entries list are rejected', () => {
  assert.match(parseAllowList({ entries: [{ ...sandboxEntry, reasons: 'typo' }] }).problems.join('\n'), /entries\[0\]/);
  assert.notDeepStrictEqual(parseAllowList({ entry: [sandboxEntry] }).problems, []);
  assert.notDeepStrictEqual(parseAllowList([sandboxEntry]).problems, []);
});

test('a raw issue without a sample takes the flagged source line as its sample', () => {
  const sources = new Map([['main/protocol/app-files.ts', "one\n  headers['Content-Security-Policy'] = CSP;\nthree"]]);
  const finding = toFinding(
    { id: 'CSP_GLOBAL_CHECK', file: 'main/protocol/app-files.ts', location: { line: 2 }, severity: { name: 'LOW' }, description: 'Failed to parse CSP' },
    sources,
  );
  assert.equal(finding.sample, "headers['Content-Security-Policy'] = CSP;");
  assert.equal(finding.severity, 'LOW');
});

test('eng-disable comments are found with their file and line', () => {
  const sources = new Map([
    ['main/index.ts', 'const a = 1;\nnew BrowserWindow({}); // eng-disable SANDBOX_JS_CHECK\n'],
    ['renderer/main.ts', 'clean();\n'],
  ]);
  assert.deepStrictEqual(findInlineDisables(sources), ['main/index.ts:2']);
});

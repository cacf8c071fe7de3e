import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { projectRoot } from '../../../../scripts/packaging/packaging-config';
import { publisherProblems, publisherProblemsMessage } from '../../../../scripts/packaging/publisher';

const realPublisher = { author: { name: 'Northside Clinics IT', email: 'kiosk@northside-clinics.org' }, homepage: 'https://northside-clinics.org/kiosk' };

test('a real name, email and web page are accepted', () => {
  assert.deepStrictEqual(publisherProblems(realPublisher), []);
});

test("the repository's own placeholders are refused, naming each field", () => {
  const packageJson = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
  const problems = publisherProblems(packageJson);
  assert.equal(problems.length, 2, problems.join('\n'));
  assert.match(problems[0] ?? '', /"author\.email" \(kiosk@example\.org\) is a placeholder/);
  assert.match(problems[1] ?? '', /"homepage" \(https:\/\/example\.org\/clinic-kiosk\) is a placeholder/);
});

test('reserved and missing values are refused', () => {
  const cases: [unknown, RegExp][] = [
    [{ ...realPublisher, homepage: 'https://kiosk.test/' }, /"homepage".*placeholder/],
    [{ ...realPublisher, homepage: 'http://localhost:8080/' }, /"homepage".*placeholder/],
    [{ ...realPublisher, homepage: 'ftp://northside-clinics.org/' }, /"homepage".*not a web address/],
    [{ ...realPublisher, homepage: undefined }, /"homepage".*not a web address/],
    [{ ...realPublisher, author: 'Northside <kiosk@northside-clinics.org>' }, /"author" must be an object/],
    [{ ...realPublisher, author: { name: ' ', email: 'kiosk@northside-clinics.org' } }, /"author\.name" is empty/],
    [{ ...realPublisher, author: { name: 'IT', email: 'kiosk at northside' } }, /"author\.email".*not an email address/],
    [{ ...realPublisher, author: { name: 'IT', email: 'it@clinic.example.com' } }, /"author\.email".*placeholder/],
    [{ ...realPublisher, author: { name: 'IT', email: 'it@clinic.invalid' } }, /"author\.email".*placeholder/],
  ];
  for (const [fields, expected] of cases) {
    const problems = publisherProblems(fields as Parameters<typeof publisherProblems>[0]);
    assert.equal(problems.length, 1, `${JSON.stringify(fields)}: ${problems.join('; ')}`);
    assert.match(problems[0] ?? '', expected);
  }
});

test('the message says what to set and where it is documented', () => {
  const message = publisherProblemsMessage(['"homepage" (x) is not a web address.']);
  assert.match(message, /^Cannot build installers/);
  assert.match(message, /- "homepage"/);
  assert.match(message, /docs\/deploying\.md, "Building the installers"/);
});

test('npm run dist stops at its first step, before building, while the placeholders are there', () => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'scripts/packaging/check-publisher.ts')], { cwd: projectRoot, encoding: 'utf8' });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /Cannot build installers: package\.json does not say who publishes them yet\./);
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
});

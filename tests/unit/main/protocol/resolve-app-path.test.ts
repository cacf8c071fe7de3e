import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { readAppFile } from '../../../../main/protocol/app-files';
import { resolveAppPath } from '../../../../main/protocol/resolve-app-path';
import { CONTENT_SECURITY_POLICY } from '../../../../main/security/content-security-policy';

// A sandbox: <tmp>/app is the app folder; <tmp>/secret.txt must never be served.
const sandbox = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'kiosk-protocol-')));
const appRoot = path.join(sandbox, 'app');
mkdirSync(path.join(appRoot, 'content', 'topic'), { recursive: true });
writeFileSync(path.join(appRoot, 'index.html'), '<!doctype html>');
writeFileSync(path.join(appRoot, 'app.js'), 'export {}');
writeFileSync(path.join(appRoot, 'content', 'topic', 'en.json'), '{}');
writeFileSync(path.join(appRoot, 'content', 'topic', 'a b.json'), '{}');
writeFileSync(path.join(sandbox, 'secret.txt'), 'patient data');
symlinkSync(path.join(sandbox, 'secret.txt'), path.join(appRoot, 'link-out.json'));
symlinkSync(sandbox, path.join(appRoot, 'dir-link-out'));
symlinkSync(path.join(appRoot, 'app.js'), path.join(appRoot, 'link-in.js'));

describe('resolveAppPath: files inside the app folder', () => {
  const cases: [string, string][] = [
    ['/', 'index.html'],
    ['/index.html', 'index.html'],
    ['/app.js', 'app.js'],
    ['/content/topic/en.json', 'content/topic/en.json'],
    ['/content/topic/a%20b.json', 'content/topic/a b.json'],
    ['/link-in.js', 'app.js'],
  ];
  for (const [request, expected] of cases) {
    test(`${request} → ${expected}`, async () => {
      assert.equal(await resolveAppPath(appRoot, request), path.join(appRoot, expected));
    });
  }
});

describe('resolveAppPath: refused requests', () => {
  const refused = [
    '/../secret.txt',
    '/content/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/content/%2e%2e/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/content\\..\\..\\secret.txt',
    `/${sandbox}/secret.txt`,
    `/${encodeURIComponent(path.join(sandbox, 'secret.txt'))}`,
    '//etc/passwd',
    '/C:/Windows/win.ini',
    '/index.html%00.js',
    '/index.html\0',
    '/%zz',
    '/./index.html',
    '/link-out.json',
    '/dir-link-out/secret.txt',
    '/content',
    '/missing.js',
    'index.html',
    '',
  ];
  for (const request of refused) {
    test(`refuses ${JSON.stringify(request)}`, async () => {
      assert.equal(await resolveAppPath(appRoot, request), null);
    });
  }
});

test('generated paths never resolve outside the app folder', async () => {
  const segment = fc.oneof(
    fc.constantFrom('..', '.', '%2e%2e', '%2E%2e', '%2e', '', 'content', 'topic', 'en.json', 'secret.txt', 'link-out.json', 'dir-link-out'),
    fc.constantFrom('%2f', '%5c', '\\', '%00', '\0', 'C:', sandbox, encodeURIComponent(sandbox)),
    fc.string({ maxLength: 6 }),
  );
  await fc.assert(
    fc.asyncProperty(fc.array(segment, { maxLength: 7 }), async (segments) => {
      const resolved = await resolveAppPath(appRoot, `/${segments.join('/')}`);
      if (resolved !== null) {
        const relative = path.relative(appRoot, resolved);
        assert.ok(!relative.startsWith('..') && !path.isAbsolute(relative), `escaped to ${resolved}`);
      }
    }),
    { numRuns: 2000 },
  );
});

describe('readAppFile', () => {
  test('serves HTML with the Content-Security-Policy and a content type', async () => {
    const response = await readAppFile(appRoot, '/');
    assert.equal(response.status, 200);
    assert.equal(response.headers['Content-Type'], 'text/html; charset=utf-8');
    assert.equal(response.headers['Content-Security-Policy'], CONTENT_SECURITY_POLICY);
    assert.equal(response.body.toString(), '<!doctype html>');
  });
  test('an escape attempt is a plain 404 that reveals nothing', async () => {
    const response = await readAppFile(appRoot, '/../secret.txt');
    assert.equal(response.status, 404);
    assert.equal(response.body.toString(), 'Not found');
  });
  test('file types the app does not use are not served', async () => {
    writeFileSync(path.join(appRoot, 'notes.txt'), 'x');
    assert.equal((await readAppFile(appRoot, '/notes.txt')).status, 404);
  });
});

test('the CSP allows only the app itself: no inline script, no eval', () => {
  assert.match(CONTENT_SECURITY_POLICY, /script-src 'self'(;|$)/);
  assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-inline|unsafe-eval|\*|https?:/);
  assert.match(CONTENT_SECURITY_POLICY, /default-src 'none'/);
});

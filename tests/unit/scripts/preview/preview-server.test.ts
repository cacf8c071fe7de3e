import assert from 'node:assert/strict';
import { mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createKioskServices } from '../../../../main/kiosk-services';
import { CONTENT_SECURITY_POLICY } from '../../../../main/security/content-security-policy';
import { createPreviewServer } from '../../../../scripts/preview/preview-server';

const sandbox = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'kiosk-preview-')));
const appRoot = path.join(sandbox, 'app');
const server = createPreviewServer({
  appRoot,
  handlers: createKioskServices({ settingsFile: null, appInfo: { version: '1.2.3', shell: 'preview' }, log: { write: () => {} }, exitApp: () => {} }).handlers,
});
let origin = '';

before(async () => {
  const { mkdirSync } = await import('node:fs');
  mkdirSync(appRoot);
  writeFileSync(path.join(appRoot, 'index.html'), '<!doctype html><title>k</title>');
  writeFileSync(path.join(sandbox, 'secret.json'), '{"secret":true}');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

const ipc = (channel: string, init: RequestInit = {}) =>
  fetch(`${origin}/__kiosk/ipc/${channel}`, { method: 'POST', headers: { Origin: origin }, body: '[]', ...init });

describe('preview server: files', () => {
  test('serves the app page with the CSP header', async () => {
    const response = await fetch(`${origin}/`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
    assert.match(await response.text(), /<title>k<\/title>/);
  });
  test('refuses to step outside the app folder (raw, not normalised by a client)', async () => {
    const { request } = await import('node:http');
    for (const rawPath of ['/../secret.json', '/%2e%2e/secret.json', '/..%2fsecret.json']) {
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(`${origin}${rawPath}`, { path: rawPath }, (res) => { res.resume(); resolve(res.statusCode ?? 0); });
        req.on('error', reject);
        req.end();
      });
      assert.equal(status, 404, rawPath);
    }
  });
  test('only GET and HEAD for files', async () => {
    assert.equal((await fetch(`${origin}/index.html`, { method: 'DELETE' })).status, 405);
  });
});

describe('preview server: the same IPC handlers over HTTP', () => {
  test('answers a contract channel', async () => {
    const response = await ipc('app/info');
    assert.equal(response.status, 200);
    assert.deepStrictEqual(await response.json(), { version: '1.2.3', shell: 'preview' });
  });
  test('refuses unknown channels', async () => {
    assert.equal((await ipc('settings/erase')).status, 404);
  });
  test('refuses calls from another origin or with no origin', async () => {
    assert.equal((await ipc('app/info', { headers: { Origin: 'http://evil.example' } })).status, 403);
    assert.equal((await ipc('app/info', { headers: {} })).status, 403);
  });
  test('refuses a body that is not a JSON array', async () => {
    assert.equal((await ipc('app/info', { body: '{"a":1}' })).status, 400);
    assert.equal((await ipc('app/info', { body: 'not json' })).status, 400);
  });
  test('refuses GET on a channel', async () => {
    assert.equal((await fetch(`${origin}/__kiosk/ipc/app/info`)).status, 405);
  });
});

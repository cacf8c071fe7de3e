import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isTrustedSender } from '../../../../main/ipc/bind-electron-ipc';
import {
  isNavigationAllowed,
  isPermissionGranted,
  isRequestAllowed,
  windowOpenDecision,
} from '../../../../main/security/lockdown-rules';

describe('navigation (will-navigate, will-redirect)', () => {
  for (const url of ['app://kiosk/index.html', 'app://kiosk/', 'app://kiosk/content/index.json?x=1#top']) {
    test(`allows ${url}`, () => assert.equal(isNavigationAllowed(url), true));
  }
  for (const url of [
    'https://example.org/',
    'http://127.0.0.1:4310/',
    'file:///etc/passwd',
    'app://other/index.html',
    'app://kiosk.evil/index.html',
    'javascript:alert(1)',
    'data:text/html,<h1>x</h1>',
    'devtools://devtools/bundled/inspector.html',
    'not a url',
    '',
  ]) {
    test(`refuses ${JSON.stringify(url)}`, () => assert.equal(isNavigationAllowed(url), false));
  }
});

describe('network requests', () => {
  test('app files are allowed', () => assert.equal(isRequestAllowed('app://kiosk/app.js', { allowDevTools: false }), true));
  test('the web is cancelled', () => {
    for (const url of ['https://fonts.googleapis.com/css', 'http://localhost/', 'ws://127.0.0.1/', 'file:///etc/hosts']) {
      assert.equal(isRequestAllowed(url, { allowDevTools: true }), false, url);
    }
  });
  test('devtools pages only in development', () => {
    const url = 'devtools://devtools/bundled/inspector.html';
    assert.equal(isRequestAllowed(url, { allowDevTools: true }), true);
    assert.equal(isRequestAllowed(url, { allowDevTools: false }), false);
  });
  test('malformed URLs are cancelled', () => assert.equal(isRequestAllowed('::::', { allowDevTools: true }), false));
});

test('new windows are always denied', () => assert.deepStrictEqual(windowOpenDecision(), { action: 'deny' }));
test('permission requests are always refused', () => assert.equal(isPermissionGranted(), false));

describe('IPC sender check', () => {
  test('the kiosk page may call', () => assert.equal(isTrustedSender('app://kiosk/index.html'), true));
  for (const url of [undefined, '', 'https://example.org/', 'devtools://devtools/x', 'app://elsewhere/']) {
    test(`refuses ${JSON.stringify(url)}`, () => assert.equal(isTrustedSender(url), false));
  }
});

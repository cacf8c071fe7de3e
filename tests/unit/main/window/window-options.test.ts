import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createHandoutPrintWindowOptions, createKioskWindowOptions, KIOSK_BACKGROUND_COLOR } from '../../../../main/window/window-options';

test('kiosk window options are locked down, as a whole object', () => {
  assert.deepStrictEqual(createKioskWindowOptions({ preloadPath: '/app/dist/main/preload.cjs', allowDevTools: false }), {
    show: false,
    kiosk: true,
    fullscreen: true,
    frame: false,
    roundedCorners: false,
    autoHideMenuBar: true,
    backgroundColor: '#f4f7fb',
    title: 'Clinic Kiosk',
    webPreferences: {
      preload: '/app/dist/main/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false,
      backgroundThrottling: false,
    },
  });
});

test('devtools are reachable only when asked for (development builds)', () => {
  assert.equal(createKioskWindowOptions({ preloadPath: 'p', allowDevTools: true }).webPreferences?.devTools, true);
});

test('the window background equals the page colour of the UI, so no flash at start', () => {
  const css = readFileSync(new URL('../../../../renderer/styles/global.css', import.meta.url), 'utf8');
  const match = /--kx-color-page:\s*(#[0-9a-fA-F]{6})\s*;/.exec(css);
  assert.ok(match, 'global.css defines --kx-color-page');
  assert.equal(match[1]?.toLowerCase(), KIOSK_BACKGROUND_COLOR.toLowerCase());
});

test('the print window is hidden, sandboxed, isolated and has no preload, devtools or Node', () => {
  assert.deepStrictEqual(createHandoutPrintWindowOptions(), {
    show: false,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false,
    },
  });
});

/**
 * Electron entry point: the only main-process file that imports 'electron' at run time. All
 * decisions live in small modules beside it (window options, lockdown rules, protocol resolver,
 * IPC handlers) so they can be unit-tested without an Electron binary.
 */
import { app, BrowserWindow, ipcMain, Menu, powerSaveBlocker, protocol, session } from 'electron';
import path from 'node:path';
import { readAppFile } from './protocol/app-files';
import { APP_ENTRY_URL, APP_HOST, APP_SCHEME, parseUrl } from './security/app-origin';
import {
  isNavigationAllowed,
  isPermissionGranted,
  isRequestAllowed,
  windowOpenDecision,
} from './security/lockdown-rules';
import { bringToFront } from './window/bring-to-front';
import { createKioskWindowOptions } from './window/window-options';
import { createIpcHandlers } from './ipc/handlers';
import { bindElectronIpc } from './ipc/bind-electron-ipc';
import { createSettingsStore } from './settings/settings-store';

const appRoot = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');
const allowDevTools = !app.isPackaged;

// Must happen before 'ready': makes app:// a secure, standard origin with fetch support.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

if (!app.requestSingleInstanceLock()) {
  // Another kiosk is already running: it is told (second-instance) and brings itself forward.
  app.quit();
} else {
  let kioskWindow: BrowserWindow | null = null;

  app.on('second-instance', () => bringToFront(kioskWindow));

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isNavigationAllowed(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isNavigationAllowed(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => windowOpenDecision());
  });

  app.whenReady().then(() => {
    Menu.setApplicationMenu(null);
    powerSaveBlocker.start('prevent-display-sleep');

    const kioskSession = session.defaultSession;
    kioskSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(isPermissionGranted()));
    kioskSession.setPermissionCheckHandler(() => isPermissionGranted());
    kioskSession.webRequest.onBeforeRequest((details, callback) => {
      callback({ cancel: !isRequestAllowed(details.url, { allowDevTools }) });
    });

    protocol.handle(APP_SCHEME, async (request) => {
      const url = parseUrl(request.url);
      if (url === null || url.host !== APP_HOST) return new Response('Not found', { status: 404 });
      const file = await readAppFile(appRoot, url.pathname);
      return new Response(new Uint8Array(file.body), { status: file.status, headers: file.headers });
    });

    const settings = createSettingsStore({
      filePath: path.join(app.getPath('userData'), 'settings.json'),
      warn: (message) => console.warn(message),
    });
    bindElectronIpc(ipcMain, createIpcHandlers({ settings, appInfo: { version: app.getVersion(), shell: 'electron' } }));

    kioskWindow = new BrowserWindow(createKioskWindowOptions({ preloadPath, allowDevTools }));
    const shownWindow = kioskWindow;
    shownWindow.once('ready-to-show', () => shownWindow.show());
    shownWindow.webContents.on('render-process-gone', () => shownWindow.reload());
    void shownWindow.loadURL(APP_ENTRY_URL);
  });

  app.on('window-all-closed', () => app.quit());
}

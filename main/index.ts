/**
 * Electron entry point: the only main-process file that imports 'electron' at run time. All
 * decisions live in small modules beside it (window options, lockdown rules, protocol resolver,
 * IPC handlers) so they can be unit-tested without an Electron binary.
 */
import { app, BrowserWindow, ipcMain, Menu, powerMonitor, powerSaveBlocker, protocol, session } from 'electron';
import path from 'node:path';
import { itConfigPath, readItConfig } from './config/it-config';
import { readLanguageCodes } from './config/language-codes';
import { bindElectronIpc } from './ipc/bind-electron-ipc';
import { createKioskServices, type KioskServices } from './kiosk-services';
import { systemDriveLister } from './usage/removable-drives';
import type { AppUpdates } from './updates/app-updates';
import type { PackService } from './content-packs/pack-service';
import { startElectronAppUpdates } from './updates/electron-app-updates';
import { electronPrinting } from './printing/electron-printing';
import { readLogEntries } from './log/read-log';
import { createRotatingLog } from './log/rotating-log';
import { readAppFile } from './protocol/app-files';
import { isEntryPage } from './protocol/pack-overlay';
import { watchRendererHealth, type RendererHealth } from './recovery/renderer-health';
import { APP_ENTRY_URL, APP_HOST, APP_ORIGIN, APP_SCHEME, parseUrl } from './security/app-origin';
import {
  isBlockedKeyInput,
  isNavigationAllowed,
  isPermissionGranted,
  isRequestAllowed,
  VISUAL_ZOOM_LIMITS,
  windowOpenDecision,
} from './security/lockdown-rules';
import { bringToFront } from './window/bring-to-front';
import { createHandoutPrintWindowOptions, createKioskWindowOptions } from './window/window-options';

const appRoot = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');
const allowDevTools = !app.isPackaged;

// No swipe-back/forward navigation and no pinch zoom of the page, at the engine level.
app.commandLine.appendSwitch('overscroll-history-navigation', '0');
app.commandLine.appendSwitch('disable-pinch');

// Must happen before 'ready': makes app:// a secure, standard origin with fetch support, whose
// audio files (read-aloud) an <audio> element may stream.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true, stream: true } },
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
    // Reload, zoom, history, devtools, print... keys never reach the page.
    contents.on('before-input-event', (event, input) => {
      if (isBlockedKeyInput(input, { allowDevTools })) event.preventDefault();
    });
    contents.on('zoom-changed', () => contents.setZoomLevel(0));
    void contents.setVisualZoomLevelLimits(VISUAL_ZOOM_LIMITS.minimum, VISUAL_ZOOM_LIMITS.maximum);
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

    // Made with the services below; until then (before any page loads) the app's own content is served.
    let contentPacks: PackService | undefined = undefined;
    let entryPageRequested: KioskServices['entryPageRequested'] | undefined = undefined;
    protocol.handle(APP_SCHEME, async (request) => {
      const url = parseUrl(request.url);
      if (url === null || url.host !== APP_HOST) return new Response('Not found', { status: 404 });
      // The kiosk page starts with its settings in it, and ends any staff session (kiosk-services.ts).
      const startSettings = isEntryPage(url.pathname) ? entryPageRequested?.() : undefined;
      const file = await readAppFile(appRoot, url.pathname, contentPacks?.servedFolder() ?? null, startSettings);
      return new Response(new Uint8Array(file.body), { status: file.status, headers: file.headers });
    });

    const userData = app.getPath('userData');
    const logDirectory = path.join(userData, 'logs');
    const log = createRotatingLog({ directory: logDirectory, fallback: (line) => console.warn(line) });
    const startedAt = new Date();
    log.write('start', { version: app.getVersion() });
    // The machine-wide file clinic IT writes (docs/deploying.md); each bad field is logged and skipped.
    const itConfigFile = itConfigPath(process.platform, process.env);
    const itConfig = readItConfig(itConfigFile, {
      warn: (message) => log.write('warning', { message }),
      knownLanguages: readLanguageCodes(path.join(appRoot, 'locales', 'languages.json')),
    });
    if (Object.keys(itConfig).length > 0) log.write('it-config', { file: itConfigFile, fields: Object.keys(itConfig).join(',') });
    // The health watcher needs the window, made below; the heartbeat handler needs it first.
    let rendererHealth: RendererHealth | null = null;
    // Started once the window is on its way (electron-updater loads only with an update server).
    let appUpdates: AppUpdates | undefined;
    const services = createKioskServices({
      settingsFile: path.join(userData, 'settings.json'),
      usageFile: path.join(userData, 'usage.json'),
      contentPacksFolder: path.join(userData, 'content-packs'),
      // A new content pack that fails to start is taken back; the page then loads the content before it.
      reloadPage: () => {
        if (kioskWindow !== null && !kioskWindow.isDestroyed()) void kioskWindow.loadURL(APP_ENTRY_URL).catch(() => {});
      },
      removableDrives: systemDriveLister(),
      statusSource: { readLog: () => readLogEntries(logDirectory), electronVersion: process.versions.electron ?? null, diskFolder: userData, startedAt },
      itConfig,
      appInfo: { version: app.getVersion(), shell: 'electron' },
      log,
      // app.quit() always ends with 0, which a supervisor restarts; app.exit() carries the code.
      // Nothing is lost by skipping 'before-quit': settings and log lines are written synchronously,
      // and the services write the usage counts before they call this.
      exitApp: (exitCode) => app.exit(exitCode),
      rendererAlive: (state) => {
        rendererHealth?.rendererAlive();
        appUpdates?.setAttractShowing(state.attractShowing);
      },
      appUpdates: () => appUpdates,
      printing: {
        ...electronPrinting({
          createWindow: () => new BrowserWindow(createHandoutPrintWindowOptions()),
          getPrinters: async () => (kioskWindow === null || kioskWindow.isDestroyed() ? [] : kioskWindow.webContents.getPrintersAsync()),
          appOrigin: APP_ORIGIN,
        }),
        countFile: path.join(userData, 'print-count.json'),
      },
    });
    const { handlers, usage, contentUpdates } = services;
    contentPacks = services.contentPacks;
    entryPageRequested = services.entryPageRequested;
    bindElectronIpc(ipcMain, handlers);

    kioskWindow = new BrowserWindow(createKioskWindowOptions({ preloadPath, allowDevTools }));
    const shownWindow = kioskWindow;
    shownWindow.once('ready-to-show', () => shownWindow.show());
    shownWindow.on('closed', () => (kioskWindow = null));
    rendererHealth = watchRendererHealth(shownWindow, log);
    // Once per run, whichever way it ends: the log's 'quit' tells the next start (and the fleet's
    // status files) that this run ended cleanly, not in a crash or a power cut.
    let closedDown = false;
    const closeDown = (details?: { by: string; reasons: string }) => {
      if (closedDown) return;
      closedDown = true;
      log.write('quit', details);
      usage.close();
      // A content download under way ends now rather than with the process, and is logged.
      contentUpdates?.stop();
    };
    app.on('before-quit', () => closeDown());
    // A Windows shutdown, restart or log-off ends the process without 'before-quit' (app docs);
    // Windows emits this instead, and nothing can hold the session open after it.
    shownWindow.on('session-end', (event) => closeDown({ by: 'system', reasons: event.reasons.join(',') }));
    // Linux and macOS announce a shutdown or reboot here. Whether a 'before-quit' follows depends
    // on how the desktop session ends, so the closing steps run now.
    powerMonitor.on('shutdown', () => closeDown({ by: 'system', reasons: 'shutdown' }));
    void shownWindow.loadURL(APP_ENTRY_URL);
    void startElectronAppUpdates({
      itConfig,
      log,
      startedAt,
      platform: process.platform,
      appImagePath: process.env.APPIMAGE,
      releaseInstanceLock: () => app.releaseSingleInstanceLock(),
      retakeInstanceLock: () => void app.requestSingleInstanceLock(),
    }).then((started) => (appUpdates = started));
  });

  app.on('window-all-closed', () => app.quit());
}

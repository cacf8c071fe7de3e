import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { AppDouble, type AppHost } from '../../electron-double/app';
import { ElectronDouble } from '../../electron-double/electron-double';
import { IpcMainDouble } from '../../electron-double/ipc-main';
import { NotModelledError } from '../../electron-double/not-modelled';
import { ProtocolDouble } from '../../electron-double/protocol';

// The double's own rules, without a browser: lifecycle order, the single-instance lock, IPC
// cloning and errors, and that it refuses what it does not model.

function fakeHost(events: string[]): AppHost {
  return {
    launchBrowser: async () => void events.push('browser launched'),
    closeAllWindows: () => (events.push('windows closed'), true),
    shutDown: (code) => void events.push(`shut down ${code}`),
  };
}

function newApp(events: string[], userDataDir = mkdtempSync(path.join(os.tmpdir(), 'double-app-'))): AppDouble {
  const app = new AppDouble({ userDataDir, version: '1.2.3', isPackaged: true, argv: ['kiosk'] }, fakeHost(events));
  for (const name of ['ready', 'before-quit', 'will-quit', 'quit', 'window-all-closed'] as const) app.on(name, () => events.push(name));
  return app;
}

describe('Electron test double: app lifecycle', () => {
  test('quit: before-quit, windows closed, will-quit, quit, exit 0; window-all-closed is not emitted', async () => {
    const events: string[] = [];
    const app = newApp(events);
    await app.start();
    app.quit();
    assert.equal(await app.exited, 0);
    assert.deepEqual(events, ['browser launched', 'ready', 'before-quit', 'windows closed', 'will-quit', 'quit', 'shut down 0']);
  });

  test('a prevented before-quit keeps the app running', async () => {
    const events: string[] = [];
    const app = newApp(events);
    await app.start();
    app.on('before-quit', (event) => event.preventDefault());
    app.quit();
    assert.equal(app.hasExited, false);
    assert.equal(events.includes('will-quit'), false);
  });

  test('exit(code) ends at once with that code and emits no quit events', async () => {
    const events: string[] = [];
    const app = newApp(events);
    await app.start();
    app.exit(86);
    assert.equal(await app.exited, 86);
    assert.deepEqual(events, ['browser launched', 'ready', 'shut down 86']);
  });

  test('the last window closing emits window-all-closed when someone listens, else quits', async () => {
    const listened: string[] = [];
    const listening = newApp(listened);
    await listening.start();
    listening.allWindowsClosed();
    assert.equal(listened.at(-1), 'window-all-closed');
    assert.equal(listening.hasExited, false);

    const quitEvents: string[] = [];
    const app = new AppDouble({ userDataDir: mkdtempSync(path.join(os.tmpdir(), 'double-app-')), version: '1', isPackaged: true, argv: [] }, fakeHost(quitEvents));
    await app.start();
    app.allWindowsClosed();
    assert.equal(await app.exited, 0);
  });

  test('the single-instance lock is per user-data folder; the primary hears of the second launch', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'double-lock-'));
    const primary = newApp([], folder);
    assert.equal(primary.requestSingleInstanceLock(), true);
    await primary.start();
    const heard = new Promise<string[]>((resolve) => primary.on('second-instance', (_event, argv) => resolve(argv)));
    const second = newApp([], folder);
    assert.equal(second.requestSingleInstanceLock(), false);
    assert.deepEqual(await heard, ['kiosk']);
    assert.equal(newApp([]).requestSingleInstanceLock(), true, 'another folder is another kiosk');
    primary.exit(0);
    assert.equal(newApp([], folder).requestSingleInstanceLock(), true, 'the lock ends with the primary');
  });

  test('switches appended after ready and paths other than userData are not modelled', async () => {
    const app = newApp([]);
    app.commandLine.appendSwitch('disable-pinch');
    assert.deepEqual(app.commandLine.switches, ['--disable-pinch']);
    assert.throws(() => app.getPath('temp'), NotModelledError);
    await app.start();
    assert.throws(() => app.commandLine.appendSwitch('late'), NotModelledError);
  });
});

describe('Electron test double: modules', () => {
  test('require("electron") gives only the modelled names; anything else throws', () => {
    const double = new ElectronDouble({ userDataDir: os.tmpdir(), appVersion: '1', isPackaged: true, screen: { width: 800, height: 600 }, chromium: { executablePath: '/nonexistent', args: [] }, argv: [] });
    const electron = double.mainModule as unknown as Record<string, unknown>;
    assert.equal(electron.app, double.app);
    assert.equal(electron.__esModule, undefined);
    assert.throws(() => electron.net, /require\('electron'\)\.net is not modelled/);
    assert.throws(() => electron.dialog, NotModelledError);
    // Before 'ready', as in Electron, no window and no session.
    const BrowserWindow = electron.BrowserWindow as new (options: object) => unknown;
    assert.throws(() => new BrowserWindow({ kiosk: true }), /before app is ready/);
    assert.throws(() => (electron.session as { defaultSession: unknown }).defaultSession, NotModelledError);
  });

  test('protocol: privileged schemes only before ready and once; only standard, secure schemes can be mapped', () => {
    let ready = false;
    const protocol = new ProtocolDouble(() => ready);
    assert.throws(() => protocol.registerSchemesAsPrivileged([{ scheme: 'plain', privileges: { standard: false, secure: true } }]), NotModelledError);
    const fresh = new ProtocolDouble(() => ready);
    assert.throws(() => fresh.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, bypassCSP: true } }]), /bypassCSP/);
    const used = new ProtocolDouble(() => ready);
    used.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    assert.throws(() => used.registerSchemesAsPrivileged([]), NotModelledError);
    assert.throws(() => used.handle('app', () => new Response('')), NotModelledError, 'handle before ready');
    ready = true;
    assert.throws(() => used.handle('other', () => new Response('')), NotModelledError, 'a scheme never registered');
    used.handle('app', () => new Response('hello'));
    assert.deepEqual(used.customSchemes, ['app']);
    assert.throws(() => new ProtocolDouble(() => true).registerSchemesAsPrivileged([]), /before app is ready/);
  });

  test('ipcMain: arguments and replies are structured clones; errors carry the message as Electron words them', async () => {
    const ipcMain = new IpcMainDouble();
    const sender = { webContents: {} as Electron.WebContents, frameUrl: 'app://kiosk/index.html' };
    let received: unknown;
    ipcMain.handle('echo', (event, value) => {
      assert.equal(event.senderFrame?.url, 'app://kiosk/index.html');
      received = value;
      return { value, at: new Date(0) };
    });
    const argument = { nested: [1, 2] };
    const reply = (await ipcMain.invokeFromRenderer(sender, 'echo', [argument])) as { value: unknown; at: Date };
    assert.notEqual(received, argument);
    assert.deepEqual(reply.value, argument);
    assert.ok(reply.at instanceof Date);

    ipcMain.handle('fails', () => {
      throw new Error('no such PIN');
    });
    await assert.rejects(ipcMain.invokeFromRenderer(sender, 'fails', []), { message: "Error invoking remote method 'fails': Error: no such PIN" });
    await assert.rejects(ipcMain.invokeFromRenderer(sender, 'missing', []), /No handler registered for 'missing'/);
    ipcMain.handle('function', () => () => 1);
    await assert.rejects(ipcMain.invokeFromRenderer(sender, 'function', []), /could not be cloned/);
    assert.throws(() => ipcMain.handle('echo', () => 1), /second handler/);
  });
});

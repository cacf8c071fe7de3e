import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { bindElectronIpc } from '../../../../main/ipc/bind-electron-ipc';
import { BRIDGE_METHODS, createBridge, IPC_CHANNELS, isIpcChannel } from '../../../../main/ipc/contract';
import { createKioskServices } from '../../../../main/kiosk-services';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  const ipcMain = { handle: (channel: string, listener: Listener) => listeners.set(channel, listener) } as unknown as IpcMain;
  const call = (channel: string, frameUrl: string | undefined, ...args: unknown[]) =>
    listeners.get(channel)!({ senderFrame: frameUrl === undefined ? null : { url: frameUrl } } as unknown as IpcMainInvokeEvent, ...args);
  return { ipcMain, listeners, call };
}

const { handlers } = createKioskServices({
  settingsFile: null,
  appInfo: { version: '9.9.9', shell: 'electron' },
  log: { write: () => {} },
  exitApp: () => {},
});

describe('Electron IPC binding', () => {
  test('binds exactly the contract channels', () => {
    const { ipcMain, listeners } = fakeIpcMain();
    bindElectronIpc(ipcMain, handlers);
    assert.deepStrictEqual([...listeners.keys()].sort(), [...IPC_CHANNELS].sort());
  });

  test('answers the kiosk page', async () => {
    const { ipcMain, call } = fakeIpcMain();
    bindElectronIpc(ipcMain, handlers);
    assert.deepStrictEqual(await call('app/info', 'app://kiosk/index.html'), { version: '9.9.9', shell: 'electron' });
    assert.deepStrictEqual(await call('settings/get', 'app://kiosk/index.html'), {
      defaultLanguage: 'en',
      enabledLanguages: null,
      idleTimeoutSeconds: 90,
      idleCountdownSeconds: 20,
      defaultTextSize: 'standard',
      defaultTheme: 'standard',
      motion: true,
      readAloud: true,
      readAloudVolume: 'medium',
      readAloudSpeed: 'normal',
      printingEnabled: false,
      printerName: null,
      paperSize: 'A4',
      dailyPrintLimit: 50,
      clinicName: '',
      clinicPhone: '',
      topicLinks: {},
    });
  });

  test('refuses frames that are not the kiosk page', () => {
    const { ipcMain, call } = fakeIpcMain();
    bindElectronIpc(ipcMain, handlers);
    assert.throws(() => call('settings/get', 'https://example.org/'), /untrusted frame/);
    assert.throws(() => call('settings/get', undefined), /untrusted frame/);
  });
});

describe('contract', () => {
  test('every bridge method maps to a distinct channel', () => {
    const channels = Object.values(BRIDGE_METHODS);
    assert.equal(new Set(channels).size, channels.length);
    assert.ok(channels.every(isIpcChannel));
    assert.equal(isIpcChannel('settings/delete-everything'), false);
  });

  test('createBridge exposes named functions that invoke their channel with the arguments', async () => {
    const calls: [string, unknown[]][] = [];
    const bridge = createBridge(async (channel, args) => {
      calls.push([channel, args]);
      return channel;
    });
    assert.deepStrictEqual(Object.keys(bridge).sort(), Object.keys(BRIDGE_METHODS).sort());
    assert.equal(await bridge.getAppInfo(), 'app/info');
    assert.deepStrictEqual(calls, [['app/info', []]]);
  });
});

/**
 * The one IPC contract between the renderer and the main process: channel → signature.
 * Both transports (Electron's ipcMain and the preview server's HTTP endpoint) and both bridges
 * (the preload's `window.kiosk` and the renderer's HTTP fallback) are typed from this file.
 * It must stay free of runtime imports so the renderer bundle can include it.
 */

/** What the renderer may know of the settings (never the staff PIN hash). */
export interface KioskSettingsView {
  /** The language the kiosk starts in and returns to after a patient leaves. */
  defaultLanguage: string;
  /** Languages offered to patients, in the order staff chose; null means all in the registry. */
  enabledLanguages: string[] | null;
}

export interface AppInfo {
  /** The kiosk's version from package.json. */
  version: string;
  /** 'electron' inside the real kiosk, 'preview' under `npm run serve`. */
  shell: 'electron' | 'preview';
}

export interface IpcContract {
  'settings/get': () => KioskSettingsView;
  'app/info': () => AppInfo;
}

export type IpcChannel = keyof IpcContract;

/**
 * The named functions the renderer sees on `window.kiosk`, each bound to one channel.
 * The preload never exposes `ipcRenderer` itself.
 */
export const BRIDGE_METHODS = {
  getSettings: 'settings/get',
  getAppInfo: 'app/info',
} as const satisfies Record<string, IpcChannel>;

export type BridgeMethodName = keyof typeof BRIDGE_METHODS;

export type KioskBridge = {
  [M in BridgeMethodName]: (
    ...args: Parameters<IpcContract[(typeof BRIDGE_METHODS)[M]]>
  ) => Promise<Awaited<ReturnType<IpcContract[(typeof BRIDGE_METHODS)[M]]>>>;
};

/**
 * Builds the bridge object from one `invoke` function, so the preload (ipcRenderer) and the
 * preview fallback (HTTP) expose exactly the same named functions.
 */
export function createBridge(invoke: (channel: IpcChannel, args: unknown[]) => Promise<unknown>): KioskBridge {
  const bridge: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const [name, channel] of Object.entries(BRIDGE_METHODS)) {
    bridge[name] = (...args: unknown[]) => invoke(channel, args);
  }
  return bridge as KioskBridge;
}

export const IPC_CHANNELS: readonly IpcChannel[] = Object.values(BRIDGE_METHODS);

export function isIpcChannel(value: string): value is IpcChannel {
  return (IPC_CHANNELS as readonly string[]).includes(value);
}

/** Path prefix under which the preview server exposes the same channels over HTTP POST. */
export const PREVIEW_IPC_PREFIX = '/__kiosk/ipc/';

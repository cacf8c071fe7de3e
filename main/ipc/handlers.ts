import type { AppInfo, IpcChannel, IpcContract } from './contract';
import type { SettingsStore } from '../settings/settings-store';

/**
 * Transport-free handlers: arguments arrive as `unknown[]` from an untrusted renderer and are
 * validated here, so Electron's ipcMain and the preview server's HTTP binding behave the same.
 */
export type IpcHandlers = {
  [C in IpcChannel]: (...args: unknown[]) => Promise<Awaited<ReturnType<IpcContract[C]>>>;
};

export interface HandlerDependencies {
  settings: SettingsStore;
  appInfo: AppInfo;
}

export function createIpcHandlers(deps: HandlerDependencies): IpcHandlers {
  return {
    'settings/get': async () => {
      const { defaultLanguage, enabledLanguages } = deps.settings.get();
      return { defaultLanguage, enabledLanguages: enabledLanguages ? [...enabledLanguages] : null };
    },
    'app/info': async () => ({ ...deps.appInfo }),
  };
}

import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNELS } from './contract';
import type { IpcHandlers } from './handlers';
import { isAppUrl } from '../security/app-origin';

/**
 * True when an IPC message comes from a frame showing the kiosk's own pages. Any other sender
 * (a frame that somehow navigated away, a devtools page) is refused.
 */
export function isTrustedSender(frameUrl: string | undefined): boolean {
  return frameUrl !== undefined && isAppUrl(frameUrl);
}

/** Binds exactly the contract's channels to ipcMain; nothing else is ever handled. */
export function bindElectronIpc(ipcMain: IpcMain, handlers: IpcHandlers): void {
  for (const channel of IPC_CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      if (!isTrustedSender(event.senderFrame?.url)) {
        throw new Error(`Refused IPC '${channel}' from an untrusted frame`);
      }
      return handlers[channel](...args);
    });
  }
}

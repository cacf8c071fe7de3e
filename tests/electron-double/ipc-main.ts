import { notModelled } from './not-modelled';

type InvokeHandler = (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** The sender a renderer call came from, as the double observed it. */
export interface InvokeSender {
  webContents: Electron.WebContents;
  /** The frame's URL as Electron would report it (app://..., mapped back from the page). */
  frameUrl: string;
}

/**
 * `ipcMain` (https://www.electronjs.org/docs/latest/api/ipc-main): handle only. A renderer's
 * `ipcRenderer.invoke` reaches here through a Playwright binding (preload-environment.ts), with
 * the URL of the frame that called it.
 */
export class IpcMainDouble implements Pick<Electron.IpcMain, 'handle'> {
  private readonly handlers = new Map<string, InvokeHandler>();
  /** The channels of the calls whose handler has finished, in order, for tests to wait on. */
  readonly handledCalls: string[] = [];

  handle(channel: string, listener: InvokeHandler): void {
    // Refused, as Electron does; the wording is the double's (from Electron's source, not its docs).
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }

  get channels(): string[] {
    return [...this.handlers.keys()];
  }

  /**
   * One `ipcRenderer.invoke(channel, ...args)`. Arguments and the reply are structured-cloned
   * ("Arguments will be serialized with the Structured Clone Algorithm", ipcRenderer.invoke).
   * "Errors thrown through handle in the main process are not transparent as they are serialized
   * and only the message property from the original error is provided to the renderer process"
   * (ipcMain.handle). The wording around that message follows Electron's source
   * (lib/renderer/api/ipc-renderer.ts), which the docs do not promise: our code must not parse it.
   */
  async invokeFromRenderer(sender: InvokeSender, channel: string, args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (handler === undefined) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
    const event = {
      sender: sender.webContents,
      // "The frame that sent this message." Only its URL is modelled.
      senderFrame: { url: sender.frameUrl } as Electron.WebFrameMain,
      get processId(): number {
        return notModelled('IpcMainInvokeEvent.processId');
      },
      get frameId(): number {
        return notModelled('IpcMainInvokeEvent.frameId');
      },
    } as Electron.IpcMainInvokeEvent;
    let result: unknown;
    try {
      result = await handler(event, ...structuredClone(args));
    } catch (error) {
      throw new Error(`Error invoking remote method '${channel}': ${String(error)}`);
    } finally {
      this.handledCalls.push(channel);
    }
    return structuredClone(result);
  }
}

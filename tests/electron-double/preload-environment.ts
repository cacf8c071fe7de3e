/**
 * Runs in the page, before any page script, in place of Electron's sandboxed preload runtime.
 * Bundled on its own (preload-script.ts) and followed by our real preload bundle, whose
 * `require('electron')` gets the `contextBridge` and `ipcRenderer` built here.
 *
 * What differs from Electron, and why it is acceptable for what we test:
 * - Electron runs a context-isolated preload in its own JavaScript world; the double runs it in
 *   the page's world, inside a closure, so the page cannot reach `require` or `ipcRenderer` but
 *   could in principle see the effects of what the preload does to shared globals. Our preload
 *   only calls exposeInMainWorld. That isolation itself is Electron's to prove, not ours.
 * - The binding the double uses to reach the main process is removed from `window` before the
 *   preload runs, in every frame, so page code cannot call it directly.
 */

/** The Playwright binding name (electron-double.ts exposes it; this file removes it from window). */
export const IPC_BINDING = '__electronDoubleInvoke';

type Invoke = (channel: string, args: unknown[]) => Promise<unknown>;

export interface RendererElectron {
  contextBridge: { exposeInMainWorld(apiKey: string, api: unknown): void };
  ipcRenderer: { invoke(channel: string, ...args: unknown[]): Promise<unknown> };
}

/**
 * The sandboxed preload's `require`. Electron's sandbox tutorial lists what it can load: 'electron'
 * (contextBridge, crashReporter, ipcRenderer, nativeImage, webFrame, webUtils), 'events', 'timers'
 * and 'url' (https://www.electronjs.org/docs/latest/tutorial/sandbox#preload-scripts). Only
 * 'electron' with contextBridge and ipcRenderer is modelled; anything else throws.
 */
export function createPreloadRequire(invoke: Invoke): (id: string) => RendererElectron {
  const electron: RendererElectron = {
    contextBridge: { exposeInMainWorld },
    ipcRenderer: {
      // "Send a message to the main process via channel and expect a result asynchronously."
      // "Arguments will be serialized with the Structured Clone Algorithm ... Sending Functions,
      // Promises, Symbols, WeakMaps, or WeakSets will throw an exception": cloned here, in the page,
      // so they throw as in Electron before Playwright's own serializer could drop them.
      invoke: (channel, ...args) => {
        try {
          return invoke(channel, structuredClone(args));
        } catch (error) {
          return Promise.reject(error);
        }
      },
    },
  };
  return (id) => {
    if (id === 'electron') return electron;
    throw new Error(`Electron test double: require('${id}') in a sandboxed preload is not modelled.`);
  };
}

/**
 * "The api provided to exposeInMainWorld must be a Function, string, number, Array, boolean, or an
 * object whose keys are strings and values are a Function, string, number, Array, boolean, or
 * another nested object that meets the same conditions. Function values are proxied to the other
 * context and all other values are copied and frozen."
 * (https://www.electronjs.org/docs/latest/api/context-bridge#api)
 */
function exposeInMainWorld(apiKey: string, api: unknown): void {
  // Refused as in Electron's source; the docs do not give the wording.
  if (apiKey in window) throw new Error('Cannot bind an API on top of an existing property on the window object');
  Object.defineProperty(window, apiKey, { value: copyAcrossWorlds(api), enumerable: true });
}

function copyAcrossWorlds(value: unknown): unknown {
  if (value === null || value === undefined || ['string', 'number', 'boolean'].includes(typeof value)) return value;
  if (typeof value === 'function') {
    const proxied = value as (...args: unknown[]) => unknown;
    return (...args: unknown[]) => {
      const result = proxied(...args.map(copyAcrossWorlds));
      // Promises are proxied too; what they resolve to is copied like any other value.
      return result instanceof Promise ? result.then(copyAcrossWorlds) : copyAcrossWorlds(result);
    };
  }
  if (Array.isArray(value)) return Object.freeze(value.map(copyAcrossWorlds));
  if (value instanceof Error) return new Error(value.message);
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = copyAcrossWorlds(item);
    return Object.freeze(copy);
  }
  throw new Error(`Electron test double: passing ${Object.prototype.toString.call(value)} over the context bridge is not modelled.`);
}

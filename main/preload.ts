/**
 * Runs in the sandboxed renderer before the page. It exposes one object, `window.kiosk`, whose
 * members are plain named functions built from the IPC contract; `ipcRenderer` itself never
 * reaches the page. Bundled to a single CommonJS file because sandboxed preloads cannot be ES
 * modules and may only require 'electron'.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './ipc/contract';

contextBridge.exposeInMainWorld(
  'kiosk',
  createBridge((channel, args) => ipcRenderer.invoke(channel, ...args)),
);

/**
 * The 'electron' module as the double gives it. tsconfig.json in this folder maps 'electron' here
 * and type-checks main/ against it (part of `npm run typecheck`): an Electron API or event that our
 * main process or preload starts to use, and the double does not implement, fails the check.
 * The double's classes are in turn checked against Electron 45's own typings (`implements Pick<...>`).
 */
import type { BrowserWindowDouble } from './browser-window';
import type { MainProcessElectron } from './electron-double';
import type { IpcMainDouble } from './ipc-main';
import type { RendererElectron } from './preload-environment';

export declare const app: MainProcessElectron['app'];
export declare const BrowserWindow: MainProcessElectron['BrowserWindow'];
export type BrowserWindow = BrowserWindowDouble;
export declare const ipcMain: MainProcessElectron['ipcMain'];
export type IpcMain = IpcMainDouble;
export declare const Menu: MainProcessElectron['Menu'];
export declare const powerMonitor: MainProcessElectron['powerMonitor'];
export declare const powerSaveBlocker: MainProcessElectron['powerSaveBlocker'];
export declare const protocol: MainProcessElectron['protocol'];
export declare const session: MainProcessElectron['session'];

// Preload (renderer side).
export declare const contextBridge: RendererElectron['contextBridge'];
export declare const ipcRenderer: RendererElectron['ipcRenderer'];

// Plain data types our code names; the double takes Electron's own.
export type BrowserWindowConstructorOptions = Electron.BrowserWindowConstructorOptions;
export type WebPreferences = Electron.WebPreferences;
export type IpcMainInvokeEvent = Electron.IpcMainInvokeEvent;

import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/**
 * The page background of the kiosk UI. The window paints this colour before the renderer's first
 * frame, so it must equal `--kx-color-page` in renderer/styles/global.css (a unit test checks it);
 * otherwise patients would see a flash of a different colour at every start and reload.
 */
export const KIOSK_BACKGROUND_COLOR = '#f4f7fb';

/**
 * The security-relevant preferences every window of the kiosk gets (the kiosk window and the
 * hidden print window), spelled out even where they equal Electron's defaults.
 */
const LOCKED_DOWN_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
} as const satisfies WebPreferences;

export interface KioskWindowInput {
  /** Absolute path of the bundled CommonJS preload script. */
  preloadPath: string;
  /** Development builds keep devtools reachable; packaged builds never do. */
  allowDevTools: boolean;
}

/**
 * Options for the single kiosk window. Kept pure so a unit test can assert the whole object:
 * every security-relevant flag is spelled out even where it equals Electron's default, so a
 * future default change in Electron cannot silently weaken the kiosk.
 */
export function createKioskWindowOptions(input: KioskWindowInput): BrowserWindowConstructorOptions {
  return {
    show: false, // shown on 'ready-to-show' so no blank or half-painted window ever appears
    kiosk: true,
    fullscreen: true,
    frame: false,
    // Electron 43 rounds a frameless window's corners on Linux by default; it skips them in full
    // screen, but a kiosk spells it out rather than trust that.
    roundedCorners: false,
    autoHideMenuBar: true,
    backgroundColor: KIOSK_BACKGROUND_COLOR,
    title: 'Clinic Kiosk',
    webPreferences: {
      preload: input.preloadPath,
      ...LOCKED_DOWN_WEB_PREFERENCES,
      devTools: input.allowDevTools,
      // A waiting-room screen stays in front of patients for hours; never throttle it.
      backgroundThrottling: false,
    },
  };
}

/**
 * The hidden window a handout is printed from (main/printing/electron-printing.ts). Never shown;
 * locked down like the kiosk window, and with no preload: the handout page needs no IPC, so it
 * gets no way to reach the main process at all.
 */
export function createHandoutPrintWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    webPreferences: {
      ...LOCKED_DOWN_WEB_PREFERENCES,
      devTools: false,
    },
  };
}

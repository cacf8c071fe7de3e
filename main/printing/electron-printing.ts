import type { PrintJob } from './handout-printer';
import type { SystemPrinter } from './print-decision';

/** The parts of a BrowserWindow printing uses (so a unit test can pass a fake). */
export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  isDestroyed(): boolean;
  destroy(): void;
  webContents: {
    executeJavaScript(code: string, userGesture?: boolean): Promise<unknown>;
    print(options: { silent: boolean; deviceName: string; pageSize: PrintJob['paperSize']; printBackground: boolean }, callback: (success: boolean, failureReason: string) => void): void;
  };
}

export interface ElectronPrintingDependencies {
  /** `new BrowserWindow(createHandoutPrintWindowOptions())`: hidden, locked down, no preload. */
  createWindow: () => PrintWindow;
  /** The system's printers: the kiosk window's `webContents.getPrintersAsync()`. */
  getPrinters: () => Promise<{ name: string; displayName: string }[]>;
  /** `app://kiosk`, where the handout page is. */
  appOrigin: string;
}

/**
 * Electron's side of handout printing: the handout page opens in a hidden window, and once it says
 * it is ready (`window.handoutReady`) it is printed with `webContents.print({ silent: true })`, so
 * no dialog ever shows; the window is destroyed whatever happens.
 */
export function electronPrinting(deps: ElectronPrintingDependencies): { listPrinters: () => Promise<SystemPrinter[]>; sendToPrinter: (job: PrintJob) => Promise<void> } {
  return {
    listPrinters: async () => (await deps.getPrinters()).map(({ name, displayName }) => ({ name, displayName })),
    sendToPrinter: async (job) => {
      const window = deps.createWindow();
      try {
        await window.loadURL(`${deps.appOrigin}${job.pagePath}`);
        await window.webContents.executeJavaScript('window.handoutReady', false);
        await new Promise<void>((resolve, reject) => {
          // "When silent is set to true, Electron will pick the system's default printer if
          // deviceName is empty" (webContents.print), which is what an empty device name means here.
          window.webContents.print({ silent: true, deviceName: job.deviceName, pageSize: job.paperSize, printBackground: true }, (success, failureReason) =>
            success ? resolve() : reject(new Error(failureReason || 'the print job failed')),
          );
        });
      } finally {
        if (!window.isDestroyed()) window.destroy();
      }
    },
  };
}

import type { HandoutPrintResult, HandoutRequest } from '../ipc/contract';
import type { DailyPrintCount } from './daily-print-count';
import { decidePrint, SYSTEM_DEFAULT_PRINTER, type PaperSize, type PrintRefusal, type PrintSettings, type SystemPrinter } from './print-decision';

export type { HandoutPrintResult, HandoutRequest } from '../ipc/contract';

/** One job for the printer: the app page to print and where. */
export interface PrintJob {
  /** Path and query of the handout page on the app's origin (`/handout.html?...`). */
  pagePath: string;
  deviceName: string;
  paperSize: PaperSize;
}

/** The clinic's line at the foot of every handout (staff or IT settings). */
export interface ClinicLine {
  clinicName: string;
  clinicPhone: string;
}

export interface HandoutPrinterDependencies {
  settings: () => PrintSettings & ClinicLine;
  /** The system's printers (Electron: webContents.getPrintersAsync). */
  listPrinters: () => Promise<SystemPrinter[]>;
  /** Prints one job silently; resolves when the system has taken it, rejects with the reason it failed. */
  sendToPrinter: (job: PrintJob) => Promise<void>;
  count: DailyPrintCount;
  /** Log lines carry no topic, language or time finer than the log's own: nothing about a patient. */
  log: (event: 'handout-printed' | 'handout-not-printed', details: Record<string, string | number>) => void;
  /** A printer that never answers must not leave the patient waiting. */
  timeoutMs?: number;
}

/** How long the system may take to accept a job before the patient is sent to the front desk. */
export const PRINT_TIMEOUT_MS = 30_000;

export interface HandoutPrinter {
  print(request: HandoutRequest): Promise<HandoutPrintResult>;
  /** For the staff panel's printer list. */
  printers(): Promise<SystemPrinter[]>;
}

/**
 * Sends handouts to the printer, one at a time, within the staff's settings and daily limit. Every
 * outcome is an answer for the patient's screen and a log line; nothing here can hang the kiosk
 * or show a system dialog (jobs are silent and time out).
 */
export function createHandoutPrinter(deps: HandoutPrinterDependencies): HandoutPrinter {
  const timeoutMs = deps.timeoutMs ?? PRINT_TIMEOUT_MS;
  let jobInProgress = false;

  const notPrinted = (reason: PrintRefusal | 'failed', detail: string): HandoutPrintResult => {
    deps.log('handout-not-printed', { reason, detail });
    return { ok: false, reason };
  };

  return {
    printers: () => withTimeout(deps.listPrinters(), timeoutMs, 'the printer list'),

    async print(request) {
      if (jobInProgress) return notPrinted('busy', 'a handout is already being sent to the printer');
      jobInProgress = true;
      try {
        let printers: SystemPrinter[];
        try {
          printers = await withTimeout(deps.listPrinters(), timeoutMs, 'the printer list');
        } catch (error) {
          return notPrinted('no-printer', `the printer list could not be read: ${(error as Error).message}`);
        }
        const settings = deps.settings();
        const decision = decidePrint(settings, { printers, printedToday: deps.count.printedToday(), jobInProgress: false });
        if (decision.action === 'refuse') return notPrinted(decision.reason, decision.detail);
        try {
          const pagePath = handoutPagePath(request, decision.paperSize, settings);
          await withTimeout(deps.sendToPrinter({ pagePath, deviceName: decision.deviceName, paperSize: decision.paperSize }), timeoutMs, 'the print job');
        } catch (error) {
          return notPrinted('failed', `printer ${printerLabel(decision.deviceName)}: ${(error as Error).message}`);
        }
        deps.count.add();
        deps.log('handout-printed', { printer: printerLabel(decision.deviceName), paper: decision.paperSize, today: deps.count.printedToday() });
        return { ok: true };
      } finally {
        jobInProgress = false;
      }
    },
  };
}

/**
 * The handout page for a request (renderer/handout/ reads these parameters). The clinic's line
 * travels in the address so the page needs no IPC: the print window has no preload.
 */
export function handoutPagePath(request: HandoutRequest, paperSize: PaperSize, clinic: ClinicLine = { clinicName: '', clinicPhone: '' }): string {
  const query = new URLSearchParams({ topic: request.topicId, lang: request.language, paper: paperSize });
  if (request.chapters.length > 0) query.set('chapters', request.chapters.join(','));
  if (clinic.clinicName !== '') query.set('clinic', clinic.clinicName);
  if (clinic.clinicPhone !== '') query.set('phone', clinic.clinicPhone);
  return `/handout.html?${query.toString()}`;
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} took longer than ${Math.round(ms / 1000)} s`)), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

function printerLabel(deviceName: string): string {
  return deviceName === SYSTEM_DEFAULT_PRINTER ? '(the system default)' : `"${deviceName}"`;
}

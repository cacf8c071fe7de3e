/**
 * Whether a patient's handout may print now, and on which printer. Pure, so every refusal is
 * unit-tested: main/printing/handout-printer.ts asks this before it touches Electron.
 */

import type { PaperSize, PrinterChoice } from '../ipc/contract';

export { DAILY_PRINT_LIMITS, PAPER_SIZES, type PaperSize } from '../ipc/contract';

export interface PrintSettings {
  printingEnabled: boolean;
  /** The printer staff chose; null means the system's default printer. */
  printerName: string | null;
  paperSize: PaperSize;
  dailyPrintLimit: number;
}

/** What the system says about one printer (the part of Electron's PrinterInfo we read). */
export type SystemPrinter = PrinterChoice;

/** The device name that asks the system for its default printer (Electron: an empty deviceName with silent: true). */
export const SYSTEM_DEFAULT_PRINTER = '';

export type PrintRefusal = 'printing-off' | 'no-printer' | 'limit-reached' | 'busy';

export type PrintDecision =
  | { action: 'print'; deviceName: string; paperSize: PaperSize }
  | { action: 'refuse'; reason: PrintRefusal; detail: string };

export interface PrintState {
  printers: readonly SystemPrinter[];
  printedToday: number;
  /** A job is already being sent (a second tap while the first prints). */
  jobInProgress: boolean;
}

export function decidePrint(settings: PrintSettings, state: PrintState): PrintDecision {
  if (!settings.printingEnabled) return refuse('printing-off', 'printing is turned off in the staff settings');
  if (state.jobInProgress) return refuse('busy', 'a handout is already being sent to the printer');
  if (state.printedToday >= settings.dailyPrintLimit) return refuse('limit-reached', `the daily limit of ${settings.dailyPrintLimit} handouts is reached`);
  const deviceName = chooseDevice(settings.printerName, state.printers);
  if (deviceName === null) {
    const detail =
      settings.printerName === null
        ? `no printer chosen, and ${describe(state.printers)}`
        : `the chosen printer "${settings.printerName}" is not among ${describe(state.printers)}`;
    return refuse('no-printer', detail);
  }
  return { action: 'print', deviceName, paperSize: settings.paperSize };
}

/**
 * The device to print on: the chosen printer when the system still has it; with none chosen, the
 * system's default (SYSTEM_DEFAULT_PRINTER) as long as the system has any printer; else null.
 */
export function chooseDevice(printerName: string | null, printers: readonly SystemPrinter[]): string | null {
  if (printerName !== null) return printers.some((printer) => printer.name === printerName) ? printerName : null;
  return printers.length > 0 ? SYSTEM_DEFAULT_PRINTER : null;
}

function refuse(reason: PrintRefusal, detail: string): PrintDecision {
  return { action: 'refuse', reason, detail };
}

function describe(printers: readonly SystemPrinter[]): string {
  return printers.length === 0 ? 'the system printers (there are none)' : `the system printers (${printers.map((printer) => `"${printer.name}"`).join(', ')})`;
}

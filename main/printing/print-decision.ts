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
  const printer = choosePrinter(settings.printerName, state.printers);
  if (printer === null) {
    const detail =
      settings.printerName === null
        ? `no default printer among ${describe(state.printers)}`
        : `the chosen printer "${settings.printerName}" is not among ${describe(state.printers)}`;
    return refuse('no-printer', detail);
  }
  return { action: 'print', deviceName: printer.name, paperSize: settings.paperSize };
}

/** The chosen printer by name, else (none chosen) the system default; null when neither is there. */
export function choosePrinter(printerName: string | null, printers: readonly SystemPrinter[]): SystemPrinter | null {
  if (printerName !== null) return printers.find((printer) => printer.name === printerName) ?? null;
  return printers.find((printer) => printer.isDefault) ?? null;
}

function refuse(reason: PrintRefusal, detail: string): PrintDecision {
  return { action: 'refuse', reason, detail };
}

function describe(printers: readonly SystemPrinter[]): string {
  return printers.length === 0 ? 'the system printers (there are none)' : `the system printers (${printers.map((printer) => `"${printer.name}"`).join(', ')})`;
}

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import type { KioskPrinting } from '../../main/kiosk-services';
import { CHROMIUM_ARGS, chromiumExecutable } from '../chromium';

/** The one printer the preview offers when KIOSK_PRINT_DIR names a folder. */
export const PDF_FOLDER_PRINTER = 'pdf-folder';

/**
 * The preview server's printer. With a folder it offers one printer, "PDF folder", and prints each
 * handout as Chromium would on paper (print-to-PDF of the same handout page, at the paper size staff
 * chose) into `handout-<n>.pdf` there, so the whole print flow runs on a machine without a printer.
 * Without a folder the system has no printer, as on a kiosk where none is set up.
 */
export function pdfFolderPrinting(options: { folder: string | null; appOrigin: () => string }): KioskPrinting {
  let browser: Promise<Browser> | null = null;
  let jobs = 0;
  return {
    countFile: null,
    listPrinters: async () => (options.folder === null ? [] : [{ name: PDF_FOLDER_PRINTER, displayName: `PDF folder (${options.folder})` }]),
    sendToPrinter: async (job) => {
      // The PDF folder is the preview's only printer, so it is also the system default ('').
      if (options.folder === null || ![PDF_FOLDER_PRINTER, ''].includes(job.deviceName)) throw new Error(`no printer "${job.deviceName}"`);
      browser ??= chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
      const page = await (await browser).newPage();
      try {
        await page.goto(`${options.appOrigin()}${job.pagePath}`);
        await page.evaluate(() => window.handoutReady);
        const pdf = await page.pdf({ format: job.paperSize, printBackground: true });
        await mkdir(options.folder, { recursive: true });
        jobs += 1;
        await writeFile(path.join(options.folder, `handout-${jobs}.pdf`), pdf);
      } finally {
        await page.close();
      }
    },
  };
}

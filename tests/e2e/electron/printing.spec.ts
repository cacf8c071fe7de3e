import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { topicText, uiText } from '../content-data';
import { lettersOnly, pdfText } from '../support/pdf-text';
import { readQrCode } from '../support/qr-code';
import { expect, test } from './fixtures';

// Handout printing through the real main process (main/printing/electron-printing.ts) over the
// Electron test double: a hidden window, webContents.print with silent: true, and the double's
// printers writing each job as a PDF.

function installation(settings: object): { userDataDir: string; printedDir: string } {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'kiosk-print-'));
  const userDataDir = path.join(folder, 'user-data');
  mkdirSync(userDataDir, { recursive: true });
  writeFileSync(path.join(userDataDir, 'settings.json'), JSON.stringify(settings));
  return { userDataDir, printedDir: path.join(folder, 'printed') };
}

const request = (language: string) => ({ topicId: 'muscle-atrophy', language, chapters: [] as string[] });

test('a handout prints silently from a hidden window on the system printer, which closes afterwards; the count is kept', async ({ launchKiosk }) => {
  const { userDataDir, printedDir } = installation({ printingEnabled: true, clinicName: 'Hillside Family Clinic' });
  const kiosk = await launchKiosk({ userDataDir, printedDir, printers: [{ name: 'front-desk', displayName: 'Front desk' }] });
  const page = await kiosk.page();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  expect(await page.evaluate((body) => window.kiosk!.printHandout(body), request('ar'))).toEqual({ ok: true });
  const jobs = kiosk.double.systemPrinters.printed;
  expect(jobs.map(({ printer, pageSize }) => ({ printer, pageSize }))).toEqual([{ printer: 'front-desk', pageSize: 'A4' }]);
  const text = pdfText(jobs[0]!.file);
  expect(lettersOnly(text)).toContain(lettersOnly(topicText('ar', 'title')));
  expect(text).toContain('Hillside Family Clinic');
  // The print window is gone; the kiosk window is still the only one, and still shown.
  expect(kiosk.double.windows).toHaveLength(1);
  expect(kiosk.double.windows[0]!.isVisible()).toBe(true);
  expect(JSON.parse(readFileSync(path.join(userDataDir, 'print-count.json'), 'utf8'))).toMatchObject({ count: 1 });
  expect(kiosk.logLines().find((line) => line.event === 'handout-printed')).toMatchObject({ printer: '(the system default)', paper: 'A4' });
});

test('a printer that fails, and a machine without a printer: the patient hears "ask at the front desk" and the kiosk carries on', async ({ launchKiosk }) => {
  const failing = installation({ printingEnabled: true, printerName: 'front-desk' });
  const kiosk = await launchKiosk({ userDataDir: failing.userDataDir, printedDir: failing.printedDir, printers: [{ name: 'front-desk', displayName: 'Front desk', fails: 'Print job failed' }] });
  const page = await kiosk.page();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate((body) => window.kiosk!.printHandout(body), request('en'))).toEqual({ ok: false, reason: 'failed' });
  expect(kiosk.double.windows).toHaveLength(1);
  expect(kiosk.logLines().find((line) => line.event === 'handout-not-printed')?.detail).toMatch(/Print job failed/);

  const none = installation({ printingEnabled: true });
  const bare = await launchKiosk({ userDataDir: none.userDataDir, printers: [] });
  const barePage = await bare.page();
  await expect(barePage.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await barePage.evaluate((body) => window.kiosk!.printHandout(body), request('en'))).toEqual({ ok: false, reason: 'no-printer' });
  expect(bare.double.windows).toHaveLength(1);
});

test('the QR code is drawn in the kiosk window: its encoder loads from app:// under the kiosk\'s content security policy', async ({ launchKiosk }) => {
  const address = 'https://clinic.example.org/patient-education/muscle-atrophy';
  const { userDataDir } = installation({ topicLinks: { 'muscle-atrophy': { '*': address } } });
  const kiosk = await launchKiosk({ userDataDir });
  const page = await kiosk.page();
  await page.getByRole('main').getByRole('button').first().click();
  await page.getByRole('button', { name: uiText('en', 'takeHome.button') }).click();
  expect(await readQrCode(page.locator('kx-take-home-sheet svg.qr'))).toBe(address);
});

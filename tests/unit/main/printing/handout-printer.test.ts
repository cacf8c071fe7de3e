import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { createDailyPrintCount, localDate } from '../../../../main/printing/daily-print-count';
import { createHandoutPrinter, handoutPagePath, type PrintJob } from '../../../../main/printing/handout-printer';
import { chooseDevice, decidePrint, type PrintSettings, type SystemPrinter } from '../../../../main/printing/print-decision';

const frontDesk: SystemPrinter = { name: 'front-desk', displayName: 'Front desk' };
const backOffice: SystemPrinter = { name: 'back-office', displayName: 'Back office' };
const on: PrintSettings = { printingEnabled: true, printerName: null, paperSize: 'A4', dailyPrintLimit: 3 };
const request = { topicId: 'muscle-atrophy', language: 'ar', chapters: [] };

describe('print decision', () => {
  test('prints on the chosen printer, else on the system default (an empty device name) when the system has a printer', () => {
    assert.deepEqual(decidePrint(on, { printers: [backOffice, frontDesk], printedToday: 0, jobInProgress: false }), { action: 'print', deviceName: '', paperSize: 'A4' });
    assert.equal(chooseDevice('back-office', [backOffice, frontDesk]), 'back-office');
    assert.equal(chooseDevice(null, []), null);
  });

  test('refuses, with a reason staff can read, when printing is off, busy, over the limit, or without a printer', () => {
    const state = { printers: [frontDesk], printedToday: 0, jobInProgress: false };
    const reason = (settings: PrintSettings, changes: Partial<typeof state> = {}) => {
      const decision = decidePrint(settings, { ...state, ...changes });
      return decision.action === 'refuse' ? `${decision.reason}: ${decision.detail}` : 'print';
    };
    assert.match(reason({ ...on, printingEnabled: false }), /^printing-off/);
    assert.match(reason(on, { jobInProgress: true }), /^busy/);
    assert.match(reason(on, { printedToday: 3 }), /^limit-reached: the daily limit of 3/);
    assert.match(reason(on, { printers: [] }), /^no-printer: no printer chosen, and the system printers \(there are none\)/);
    assert.match(reason({ ...on, printerName: 'gone' }), /^no-printer: the chosen printer "gone" is not among .*"front-desk"/);
  });
});

describe('handout printer', () => {
  function printer(options: { printers?: SystemPrinter[]; send?: (job: PrintJob) => Promise<void>; settings?: PrintSettings; timeoutMs?: number } = {}) {
    const jobs: PrintJob[] = [];
    const log: string[] = [];
    let printed = 0;
    const handouts = createHandoutPrinter({
      settings: () => ({ clinicName: 'Hillside Clinic', clinicPhone: '555 0100', ...(options.settings ?? on) }),
      listPrinters: async () => options.printers ?? [frontDesk],
      sendToPrinter: async (job) => {
        jobs.push(job);
        await options.send?.(job);
      },
      count: { printedToday: () => printed, add: () => void (printed += 1) },
      log: (event, details) => log.push(`${event} ${JSON.stringify(details)}`),
      timeoutMs: options.timeoutMs ?? 1_000,
    });
    return { handouts, jobs, log, printed: () => printed };
  }

  test('a job that the system takes is counted and logged without the topic or language', async () => {
    const kiosk = printer();
    assert.deepEqual(await kiosk.handouts.print(request), { ok: true });
    assert.deepEqual(kiosk.jobs, [{ pagePath: '/handout.html?topic=muscle-atrophy&lang=ar&paper=A4&clinic=Hillside+Clinic&phone=555+0100', deviceName: '', paperSize: 'A4' }]);
    assert.equal(kiosk.printed(), 1);
    assert.equal(kiosk.log.length, 1);
    assert.doesNotMatch(kiosk.log[0]!, /muscle|"ar"|Hillside/);
  });

  test('a failed job, a missing printer and the daily limit each end in "ask at the front desk", logged with the reason', async () => {
    const failing = printer({ send: async () => Promise.reject(new Error('Print job failed')) });
    assert.deepEqual(await failing.handouts.print(request), { ok: false, reason: 'failed' });
    assert.match(failing.log[0]!, /handout-not-printed .*Print job failed/);
    assert.equal(failing.printed(), 0);

    assert.deepEqual(await printer({ printers: [] }).handouts.print(request), { ok: false, reason: 'no-printer' });

    const limited = printer({ settings: { ...on, dailyPrintLimit: 1 } });
    assert.deepEqual(await limited.handouts.print(request), { ok: true });
    assert.deepEqual(await limited.handouts.print(request), { ok: false, reason: 'limit-reached' });
  });

  test('a printer that never answers times out; a second tap while a job is sent is not a second job', async () => {
    let release!: () => void;
    const stuck = printer({ send: () => new Promise<void>((resolve) => (release = resolve)), timeoutMs: 50 });
    const first = stuck.handouts.print(request);
    assert.deepEqual(await stuck.handouts.print(request), { ok: false, reason: 'busy' });
    assert.deepEqual(await first, { ok: false, reason: 'failed' });
    assert.match(stuck.log.at(-1)!, /took longer than/);
    release();
    // The kiosk is free again for the next patient.
    const next = printer();
    assert.deepEqual(await next.handouts.print(request), { ok: true });
  });

  test('chosen chapters go into the page address in topic order', () => {
    assert.equal(handoutPagePath({ ...request, chapters: ['signs', 'treatments'] }, 'Letter'), '/handout.html?topic=muscle-atrophy&lang=ar&paper=Letter&chapters=signs%2Ctreatments');
  });
});

describe('daily print count', () => {
  test('counts today, survives a restart, and starts again at midnight', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'print-count-')), 'print-count.json');
    let day = '2026-11-30';
    const warnings: string[] = [];
    const count = createDailyPrintCount({ filePath: file, today: () => day, warn: (message) => warnings.push(message) });
    count.add();
    count.add();
    assert.equal(count.printedToday(), 2);
    assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), { date: '2026-11-30', count: 2 });
    assert.equal(createDailyPrintCount({ filePath: file, today: () => day, warn: (message) => warnings.push(message) }).printedToday(), 2);
    day = '2026-12-01';
    assert.equal(count.printedToday(), 0);
    assert.deepEqual(warnings, []);
  });

  test('a damaged file counts as none today and is reported', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'print-count-')), 'print-count.json');
    writeFileSync(file, '{"date": "yesterday", "count": -4');
    const warnings: string[] = [];
    const count = createDailyPrintCount({ filePath: file, warn: (message) => warnings.push(message) });
    assert.equal(count.printedToday(), 0);
    assert.match(warnings[0]!, /damaged/);
    count.add();
    assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), { date: localDate(), count: 1 });
  });
});

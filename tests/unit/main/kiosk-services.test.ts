import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ItConfig } from '../../../main/config/it-config';
import { createKioskServices, staffLogEvent } from '../../../main/kiosk-services';
import type { KioskLogDetails, KioskLogEvent } from '../../../main/log/rotating-log';
import { STAFF_EXIT_CODE } from '../../../main/recovery/exit-codes';
import { hashPin, verifyPin } from '../../../main/staff/pin-hash';
import type { AppUpdates } from '../../../main/updates/app-updates';
import type { UpdateState } from '../../../main/updates/update-schedule';
import { folderDriveLister } from '../../../main/usage/removable-drives';

// scrypt is slow on purpose: one IT config PIN for every test.
const IT_PIN = '2468';
const IT_PIN_CONFIG: ItConfig = { staffPinHash: hashPin(IT_PIN) };

function services(itConfig: ItConfig = IT_PIN_CONFIG, settingsFile: string | null = null) {
  const lines: { event: KioskLogEvent; details?: KioskLogDetails }[] = [];
  const exitCodes: number[] = [];
  const built = createKioskServices({
    settingsFile,
    itConfig,
    appInfo: { version: '1.0.0', shell: 'preview' },
    log: { write: (event, details) => lines.push({ event, details }) },
    exitApp: (exitCode) => exitCodes.push(exitCode),
  });
  return { ...built, lines, exits: () => exitCodes.length, exitCodes };
}

test('settings changes need an open staff session, and are logged by field name only', async () => {
  const { handlers, lines } = services();
  assert.deepStrictEqual(await handlers['settings/update']({ idleTimeoutSeconds: 120 }), { ok: false, reason: 'not-allowed', message: 'Staff mode is not open.' });
  assert.equal((await handlers['staff/unlock']('2468')).outcome, 'accepted');
  const saved = await handlers['settings/update']({ idleTimeoutSeconds: 120, defaultTextSize: 'large' });
  assert.equal(saved.ok, true);
  assert.equal((await handlers['settings/get']()).idleTimeoutSeconds, 120);
  const change = lines.filter((line) => line.event === 'settings-changed').at(-1);
  assert.deepStrictEqual(String(change?.details?.fields).split(',').sort(), ['defaultTextSize', 'idleTimeoutSeconds']);
});

test('staff turn read-aloud on or off and set its volume and speed; other values are refused', async () => {
  const { handlers } = services();
  await handlers['staff/unlock']('2468');
  assert.deepStrictEqual(
    await handlers['settings/update']({ readAloud: false, readAloudVolume: 'loud', readAloudSpeed: 'slower' }).then((result) => result.ok && result.settings),
    { ...(await handlers['settings/get']()), readAloud: false, readAloudVolume: 'loud', readAloudSpeed: 'slower' },
  );
  for (const change of [{ readAloudVolume: 'deafening' }, { readAloudSpeed: 'fast' }, { readAloud: 'yes' }]) {
    const result = await handlers['settings/update'](change);
    assert.equal(result.ok, false, JSON.stringify(change));
  }
  assert.equal((await handlers['settings/get']()).readAloudVolume, 'loud');
});

test('staff set the default theme and motion; values outside the lists are refused and change nothing', async () => {
  const { handlers } = services();
  await handlers['staff/unlock']('2468');
  assert.equal((await handlers['settings/update']({ defaultTheme: 'high-contrast', motion: false })).ok, true);
  assert.deepStrictEqual(
    { theme: (await handlers['settings/get']()).defaultTheme, motion: (await handlers['settings/get']()).motion },
    { theme: 'high-contrast', motion: false },
  );
  // Sent as an untyped message, as a compromised renderer could.
  const refused = await handlers['settings/update']({ defaultTheme: 'neon' } as never);
  assert.equal(refused.ok, false);
  assert.equal((await handlers['settings/get']()).defaultTheme, 'high-contrast');
});

test('the staff panel cannot send the PIN hash or unknown fields, or drop the default language', async () => {
  const { handlers, settings } = services();
  await handlers['staff/unlock']('2468');
  const before = settings.get().staffPin;
  const forged = await handlers['settings/update']({ staffPin: { algorithm: 'scrypt', salt: 'x'.repeat(24), hash: 'y'.repeat(44), cost: 1024, blockSize: 1, parallelization: 1, keyLength: 16 } });
  assert.equal(forged.ok, false);
  assert.deepStrictEqual(settings.get().staffPin, before);
  const dropDefault = await handlers['settings/update']({ enabledLanguages: ['fr', 'es'] });
  assert.equal(dropDefault.ok, false);
  assert.match(dropDefault.ok ? '' : dropDefault.message, /default language "en" must be one of the enabled languages/);
  assert.equal((await handlers['settings/update']({ enabledLanguages: ['fr', 'en'] })).ok, true);
});

test('the renderer never receives the PIN hash', async () => {
  const { handlers, settings } = services();
  const stored = settings.get().staffPin!;
  const answers = [await handlers['settings/get'](), await handlers['staff/status'](), await handlers['staff/unlock']('1111'), await handlers['staff/unlock']('2468')];
  const text = JSON.stringify(answers);
  assert.ok(!text.includes(stored.hash) && !text.includes(stored.salt));
});

test('the kiosk page is served with the settings it starts with, and a (re)loaded page never inherits a staff session', async () => {
  const { handlers, settings, entryPageRequested } = services();
  assert.equal((await handlers['staff/unlock']('2468')).outcome, 'accepted');
  assert.equal((await handlers['settings/update']({ defaultLanguage: 'fr', idleTimeoutSeconds: 150 })).ok, true);
  const served = entryPageRequested();
  assert.deepEqual(served, await handlers['settings/get']());
  assert.equal(served.defaultLanguage, 'fr');
  assert.equal(served.idleTimeoutSeconds, 150);
  assert.ok(!JSON.stringify(served).includes(settings.get().staffPin!.hash), 'never the PIN hash');
  assert.equal((await handlers['staff/status']()).sessionOpen, false);
  assert.deepEqual(await handlers['settings/update']({ idleTimeoutSeconds: 120 }), { ok: false, reason: 'not-allowed', message: 'Staff mode is not open.' });
});

test('Exit kiosk works only inside a staff session, ends with the staff exit code, and is logged', async () => {
  const { handlers, lines, exits, exitCodes } = services();
  assert.deepStrictEqual(await handlers['app/exit'](), { ok: false });
  assert.equal(exits(), 0);
  await handlers['staff/unlock']('2468');
  assert.deepStrictEqual(await handlers['app/exit'](), { ok: true });
  assert.deepStrictEqual(exitCodes, [STAFF_EXIT_CODE]);
  assert.deepStrictEqual(lines.find((line) => line.event === 'quit')?.details, { by: 'staff', exitCode: STAFF_EXIT_CODE });
});

test('the staff exit code means "do not restart" to no supervisor by accident', () => {
  // 0/1/2 are normal ends and generic errors, 64-78 the BSD sysexits, 126-255 the shell's
  // "cannot run" codes and deaths by signal: a supervisor must restart all of those.
  assert.ok(Number.isInteger(STAFF_EXIT_CODE) && STAFF_EXIT_CODE > 2 && STAFF_EXIT_CODE < 126);
  assert.ok(STAFF_EXIT_CODE < 64 || STAFF_EXIT_CODE > 78);
});

test('staff events are filed under their own log events', () => {
  assert.equal(staffLogEvent('staff unlocked'), 'staff-unlocked');
  assert.equal(staffLogEvent('staff PIN rejected'), 'staff-pin-rejected');
  assert.equal(staffLogEvent('staff PIN locked for 60 s'), 'staff-locked-out');
  assert.equal(staffLogEvent('staff PIN set'), 'staff-pin-changed');
  assert.equal(staffLogEvent('staff session ended'), 'staff-session-ended');
  assert.equal(staffLogEvent('something unexpected'), 'warning');
});

describe('the IT config is the machine default, under what staff save on the kiosk', () => {
  const itConfig: ItConfig = { ...IT_PIN_CONFIG, defaultLanguage: 'es', enabledLanguages: ['es', 'en', 'fr'], idleTimeoutSeconds: 150 };

  test('its values are what the kiosk starts with, and its PIN opens staff mode', async () => {
    const { handlers } = services(itConfig);
    const view = await handlers['settings/get']();
    assert.deepStrictEqual(
      { defaultLanguage: view.defaultLanguage, enabledLanguages: view.enabledLanguages, idleTimeoutSeconds: view.idleTimeoutSeconds, motion: view.motion },
      { defaultLanguage: 'es', enabledLanguages: ['es', 'en', 'fr'], idleTimeoutSeconds: 150, motion: true },
    );
    assert.equal((await handlers['staff/status']()).pinSet, true);
    assert.equal((await handlers['staff/unlock'](IT_PIN)).outcome, 'accepted');
  });

  test('a staff change wins over it, and only what staff changed is written to the settings file', async () => {
    const settingsFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'kiosk-services-')), 'settings.json');
    const first = services(itConfig, settingsFile);
    await first.handlers['staff/unlock'](IT_PIN);
    assert.equal((await first.handlers['settings/update']({ idleTimeoutSeconds: 60 })).ok, true);
    assert.deepStrictEqual(JSON.parse(readFileSync(settingsFile, 'utf8')), { idleTimeoutSeconds: 60 });

    // IT later changes the config: fields staff never touched follow it, the staff's choice stays.
    const next = services({ ...itConfig, defaultLanguage: 'fr', idleTimeoutSeconds: 300 }, settingsFile);
    const view = await next.handlers['settings/get']();
    assert.deepStrictEqual({ defaultLanguage: view.defaultLanguage, idleTimeoutSeconds: view.idleTimeoutSeconds }, { defaultLanguage: 'fr', idleTimeoutSeconds: 60 });
  });

  test('its PIN counts only until staff set their own; then a new IT PIN no longer opens staff mode', async () => {
    const settingsFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'kiosk-services-')), 'settings.json');
    const first = services(itConfig, settingsFile);
    await first.handlers['staff/unlock'](IT_PIN);
    assert.deepStrictEqual(await first.handlers['staff/set-pin']('9753'), { ok: true });
    assert.equal(verifyPin('9753', first.settings.get().staffPin!), true);

    const later = services(itConfig, settingsFile);
    assert.equal((await later.handlers['staff/unlock'](IT_PIN)).outcome, 'rejected');
    assert.equal((await later.handlers['staff/unlock']('9753')).outcome, 'accepted');
  });

  test('without a PIN in the IT config or on the kiosk, the first person to open staff mode sets one', async () => {
    const { handlers } = services({ defaultLanguage: 'fr' });
    assert.equal((await handlers['staff/status']()).pinSet, false);
    assert.deepStrictEqual(await handlers['staff/set-pin']('1357'), { ok: true });
  });
});

describe('handouts through the IPC handlers', () => {
  function printingServices(printers = [{ name: 'front-desk', displayName: 'Front desk' }]) {
    const jobs: string[] = [];
    const lines: { event: KioskLogEvent; details?: KioskLogDetails }[] = [];
    const built = createKioskServices({
      settingsFile: null,
      itConfig: { ...IT_PIN_CONFIG, printingEnabled: true, clinicName: 'Hillside Clinic' },
      appInfo: { version: '1.0.0', shell: 'preview' },
      log: { write: (event, details) => lines.push({ event, details }) },
      exitApp: () => {},
      printing: { listPrinters: async () => printers, sendToPrinter: async (job) => void jobs.push(job.pagePath), countFile: null },
    });
    return { ...built, jobs, lines };
  }

  test('a patient prints without staff; the request is checked first', async () => {
    const { handlers, jobs } = printingServices();
    assert.deepStrictEqual(await handlers['handout/print']({ topicId: 'muscle-atrophy', language: 'es', chapters: ['signs'] }), { ok: true });
    assert.deepStrictEqual(jobs, ['/handout.html?topic=muscle-atrophy&lang=es&paper=A4&chapters=signs&clinic=Hillside+Clinic']);
    for (const bad of [{ topicId: '../etc', language: 'es', chapters: [] }, { topicId: 'muscle-atrophy', language: 'es', chapters: ['a b'] }, 'muscle-atrophy', { topicId: 'x', language: 'es', chapters: [], extra: 1 }]) {
      assert.deepStrictEqual(await handlers['handout/print'](bad), { ok: false, reason: 'invalid' }, JSON.stringify(bad));
    }
    assert.equal(jobs.length, 1);
    assert.equal((await handlers['settings/get']()).clinicName, 'Hillside Clinic');
  });

  test('the printer list is for staff only; staff set printing, printer, paper, limit and the clinic line', async () => {
    const { handlers } = printingServices();
    assert.deepStrictEqual(await handlers['handout/printers'](), { ok: false, reason: 'not-allowed' });
    await handlers['staff/unlock'](IT_PIN);
    assert.deepStrictEqual(await handlers['handout/printers'](), { ok: true, printers: [{ name: 'front-desk', displayName: 'Front desk' }] });
    const saved = await handlers['settings/update']({ printerName: 'front-desk', paperSize: 'Letter', dailyPrintLimit: 10, clinicPhone: '555 0100' });
    assert.equal(saved.ok, true);
    assert.deepStrictEqual(await handlers['handout/print']({ topicId: 'muscle-atrophy', language: 'en', chapters: [] }), { ok: true });
    for (const change of [{ paperSize: 'A3' }, { dailyPrintLimit: 0 }, { clinicName: 'two\nlines' }, { clinicPhone: 'x'.repeat(41) }, { printerName: '' }]) {
      assert.equal((await handlers['settings/update'](change)).ok, false, JSON.stringify(change));
    }
  });

  test('no printer: the patient is told to ask at the front desk, and the log says why', async () => {
    const { handlers, lines } = printingServices([]);
    assert.deepStrictEqual(await handlers['handout/print']({ topicId: 'muscle-atrophy', language: 'en', chapters: [] }), { ok: false, reason: 'no-printer' });
    assert.equal(lines.at(-1)?.event, 'handout-not-printed');
  });

  test('the usage counts hold each handout that printed, and none that did not', async () => {
    const printed = printingServices();
    await printed.handlers['handout/print']({ topicId: 'muscle-atrophy', language: 'en', chapters: [] });
    const refused = printingServices([]);
    await refused.handlers['handout/print']({ topicId: 'muscle-atrophy', language: 'en', chapters: [] });
    const total = (counts: ReturnType<typeof printed.usage.counts>) => Object.values(counts.days).reduce((sum, day) => sum + day.handoutsPrinted, 0);
    assert.equal(total(printed.usage.counts()), 1);
    assert.equal(total(refused.usage.counts()), 0);
  });
});

describe('usage counts through the IPC handlers', () => {
  test('a page reports what a patient did; a report off the list is refused and logged once, by kind only', async () => {
    const { handlers, usage, lines } = services();
    await handlers['usage/record']({ event: 'session-started' });
    await handlers['usage/record']({ event: 'topic-opened', topicId: 'muscle-atrophy' });
    await handlers['usage/record']({ event: 'typed-text', text: 'Jane Doe, 12 Elm Street' });
    await handlers['usage/record']({ event: 'typed-text', text: 'again' });
    const days = Object.values(usage.counts().days);
    assert.equal(days.length, 1);
    assert.equal(days[0]!.topics['muscle-atrophy']!.opened, 1);
    const refusals = lines.filter((line) => line.event === 'usage-event-refused');
    assert.deepStrictEqual(refusals, [{ event: 'usage-event-refused', details: { kind: 'typed-text' } }]);
    assert.doesNotMatch(JSON.stringify(lines), /Jane|Elm/);
  });

  test('staff alone see the last 30 days and reset the counts; the reset is logged', async () => {
    const { handlers, lines } = services();
    await handlers['usage/record']({ event: 'session-started' });
    assert.deepStrictEqual(await handlers['usage/summary'](), { ok: false, reason: 'not-allowed' });
    assert.deepStrictEqual(await handlers['usage/reset'](), { ok: false });
    await handlers['staff/unlock'](IT_PIN);
    const summary = await handlers['usage/summary']();
    assert.ok(summary.ok);
    assert.equal(summary.days[summary.today]?.sessions, 1);
    assert.deepStrictEqual(await handlers['usage/reset'](), { ok: true });
    const after = await handlers['usage/summary']();
    assert.ok(after.ok);
    assert.deepStrictEqual(after.days, {});
    assert.equal(lines.filter((line) => line.event === 'usage-reset').length, 1);
  });

  test('Exit kiosk writes the usage counts first (exiting skips the quit events)', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'kiosk-services-usage-'));
    const usageFile = path.join(folder, 'usage.json');
    const written: boolean[] = [];
    const built = createKioskServices({
      settingsFile: null,
      usageFile,
      itConfig: IT_PIN_CONFIG,
      appInfo: { version: '1.0.0', shell: 'preview' },
      log: { write: () => {} },
      exitApp: () => written.push(readFileSync(usageFile, 'utf8').includes('diagramsEnlarged')),
    });
    await built.handlers['usage/record']({ event: 'diagram-enlarged' });
    await built.handlers['staff/unlock'](IT_PIN);
    await built.handlers['app/exit']();
    assert.deepStrictEqual(written, [true]);
  });
});

test('staff alone list the USB sticks and export to one; the export is logged and writes IT\'s shared folder too', async () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'kiosk-services-export-'));
  const stick = path.join(folder, 'sticks', 'USB');
  const share = path.join(folder, 'share');
  mkdirSync(stick, { recursive: true });
  mkdirSync(share);
  const lines: { event: KioskLogEvent; details?: KioskLogDetails }[] = [];
  const { handlers } = createKioskServices({
    settingsFile: null,
    itConfig: { ...IT_PIN_CONFIG, kioskId: 'lobby-1', usageExportFolder: share },
    appInfo: { version: '1.0.0', shell: 'preview' },
    log: { write: (event, details) => lines.push({ event, details }) },
    exitApp: () => {},
    removableDrives: folderDriveLister(path.join(folder, 'sticks')),
  });
  assert.deepStrictEqual(await handlers['usage/drives'](), { ok: false, reason: 'not-allowed' });
  assert.deepStrictEqual(await handlers['usage/export-to-drive'](stick), { ok: false, reason: 'not-allowed' });
  await handlers['staff/unlock'](IT_PIN);
  assert.deepStrictEqual(await handlers['usage/drives'](), { ok: true, drives: [{ id: stick, label: 'USB', readOnly: false }] });
  assert.deepStrictEqual(await handlers['usage/export-to-drive'](42), { ok: false, reason: 'drive-gone' });
  const result = await handlers['usage/export-to-drive'](stick);
  assert.ok(result.ok);
  assert.deepStrictEqual(readdirSync(stick), [result.fileName]);
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepStrictEqual(readdirSync(share), [result.fileName]);
  assert.match(result.fileName, /^usage-lobby-1-\d{4}-\d{2}-\d{2}\.csv$/);
  assert.deepStrictEqual(lines.filter((line) => line.event === 'usage-exported').map((line) => line.details), [{ drive: 'USB', file: result.fileName }]);
});

test("with a kioskId and a statusFolder the kiosk writes its status there, counting the log's trouble; without a folder it writes none", () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'kiosk-services-status-'));
  const startedAt = new Date();
  const base = { settingsFile: null, appInfo: { version: '1.2.3', shell: 'electron' as const }, log: { write: () => {} }, exitApp: () => {} };
  const statusSource = {
    readLog: () => [
      { time: new Date(startedAt.getTime() - 120_000).toISOString(), event: 'start' },
      { time: new Date(startedAt.getTime() - 60_000).toISOString(), event: 'renderer-crashed' },
      { time: startedAt.toISOString(), event: 'start' },
    ],
    electronVersion: '45.1.0',
    diskFolder: folder,
    startedAt,
  };
  assert.equal(createKioskServices({ ...base, itConfig: { kioskId: 'lobby-1' }, statusSource }).status, undefined);
  const { status } = createKioskServices({ ...base, itConfig: { kioskId: 'lobby-1', statusFolder: folder }, statusSource });
  assert.deepStrictEqual(status?.writeNow(), { ok: true, file: path.join(folder, 'status-lobby-1.json') });
  const written = JSON.parse(readFileSync(path.join(folder, 'status-lobby-1.json'), 'utf8'));
  assert.equal(written.appVersion, '1.2.3');
  assert.equal(written.electronVersion, '45.1.0');
  assert.equal(written.contentVersion, 'bundled');
  assert.deepStrictEqual(written.last24Hours, { unexpectedRestarts: 1, rendererCrashes: 1, rendererHangs: 0, rendererSilent: 0, rendererReloads: 0, fallbackShown: 0 });
  assert.ok(written.freeDiskBytes > 0);
});

test('app updates through IPC: staff see where they stand and may install a ready one; the heartbeat says when the attract screen shows; the status file gets the last check', async () => {
  const attract: boolean[] = [];
  let installs = 0;
  const state: UpdateState = { phase: 'ready', lastCheckAt: Date.parse('2026-11-30T10:00:00.000Z'), lastResult: 'update-found', failuresInARow: 0, readyVersion: '1.5.0' };
  const updates: AppUpdates = {
    setAttractShowing: (showing) => attract.push(showing),
    installNow: () => (installs += 1) > 0,
    state: () => state,
    quietHours: { start: '02:00', end: '05:00' },
    lastCheck: () => ({ at: '2026-11-30T10:00:00.000Z', result: 'update-found' }),
    stop: () => {},
  };
  const folder = mkdtempSync(path.join(os.tmpdir(), 'kiosk-services-updates-'));
  const { handlers, status } = createKioskServices({
    settingsFile: null,
    itConfig: { ...IT_PIN_CONFIG, kioskId: 'lobby-1', statusFolder: folder },
    appInfo: { version: '1.4.0', shell: 'electron' },
    log: { write: () => {} },
    exitApp: () => {},
    rendererAlive: (rendererState) => updates.setAttractShowing(rendererState.attractShowing),
    appUpdates: () => updates,
    statusSource: { readLog: () => [], electronVersion: null, diskFolder: null, startedAt: new Date() },
  });
  assert.deepStrictEqual(await handlers['update/status'](), { ok: false, reason: 'not-allowed' });
  assert.deepStrictEqual(await handlers['update/install-now'](), { ok: false });
  await handlers['app/alive']({ attractShowing: true });
  await handlers['app/alive']({ attractShowing: 'yes' });
  await handlers['app/alive']();
  assert.deepStrictEqual(attract, [true, false, false], 'anything but a clear "attract screen showing" counts as a patient who may be there');
  await handlers['staff/unlock'](IT_PIN);
  assert.deepStrictEqual(await handlers['update/status'](), {
    ok: true,
    configured: true,
    phase: 'ready',
    readyVersion: '1.5.0',
    lastCheck: { at: '2026-11-30T10:00:00.000Z', result: 'update-found' },
    quietHours: { start: '02:00', end: '05:00' },
  });
  assert.deepStrictEqual(await handlers['update/install-now'](), { ok: true });
  assert.equal(installs, 1);
  status?.writeNow();
  assert.deepStrictEqual(JSON.parse(readFileSync(path.join(folder, 'status-lobby-1.json'), 'utf8')).lastUpdateCheck, { at: '2026-11-30T10:00:00.000Z', result: 'update-found' });
  // Without an update server: staff are told so.
  const plain = services();
  await plain.handlers['staff/unlock'](IT_PIN);
  assert.deepStrictEqual(await plain.handlers['update/status'](), { ok: true, configured: false });
});

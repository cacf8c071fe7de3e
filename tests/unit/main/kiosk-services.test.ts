import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createKioskServices, staffLogEvent } from '../../../main/kiosk-services';
import type { KioskLogDetails, KioskLogEvent } from '../../../main/log/rotating-log';

function services(initialPin?: string) {
  const lines: { event: KioskLogEvent; details?: KioskLogDetails }[] = [];
  let exited = 0;
  const built = createKioskServices({
    settingsFile: null,
    initialPin,
    appInfo: { version: '1.0.0', shell: 'preview' },
    log: { write: (event, details) => lines.push({ event, details }) },
    exitApp: () => (exited += 1),
  });
  return { ...built, lines, exits: () => exited };
}

test('settings changes need an open staff session, and are logged by field name only', async () => {
  const { handlers, lines } = services('2468');
  assert.deepStrictEqual(await handlers['settings/update']({ idleTimeoutSeconds: 120 }), { ok: false, reason: 'not-allowed', message: 'Staff mode is not open.' });
  assert.equal((await handlers['staff/unlock']('2468')).outcome, 'accepted');
  const saved = await handlers['settings/update']({ idleTimeoutSeconds: 120, defaultTextSize: 'large' });
  assert.equal(saved.ok, true);
  assert.equal((await handlers['settings/get']()).idleTimeoutSeconds, 120);
  const change = lines.filter((line) => line.event === 'settings-changed').at(-1);
  assert.deepStrictEqual(String(change?.details?.fields).split(',').sort(), ['defaultTextSize', 'idleTimeoutSeconds']);
});

test('staff set the default theme and motion; values outside the lists are refused and change nothing', async () => {
  const { handlers } = services('2468');
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
  const { handlers, settings } = services('2468');
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
  const { handlers, settings } = services('2468');
  const stored = settings.get().staffPin!;
  const answers = [await handlers['settings/get'](), await handlers['staff/status'](), await handlers['staff/unlock']('1111'), await handlers['staff/unlock']('2468')];
  const text = JSON.stringify(answers);
  assert.ok(!text.includes(stored.hash) && !text.includes(stored.salt));
});

test('Exit kiosk works only inside a staff session and is logged', async () => {
  const { handlers, lines, exits } = services('2468');
  assert.deepStrictEqual(await handlers['app/exit'](), { ok: false });
  assert.equal(exits(), 0);
  await handlers['staff/unlock']('2468');
  assert.deepStrictEqual(await handlers['app/exit'](), { ok: true });
  assert.equal(exits(), 1);
  assert.ok(lines.some((line) => line.event === 'quit'));
});

test('staff events are filed under their own log events', () => {
  assert.equal(staffLogEvent('staff unlocked'), 'staff-unlocked');
  assert.equal(staffLogEvent('staff PIN rejected'), 'staff-pin-rejected');
  assert.equal(staffLogEvent('staff PIN locked for 60 s'), 'staff-locked-out');
  assert.equal(staffLogEvent('staff PIN set from installer config'), 'staff-pin-changed');
  assert.equal(staffLogEvent('staff session ended'), 'staff-session-ended');
  assert.equal(staffLogEvent('installer staff PIN ignored: it must be 4 to 8 digits'), 'warning');
});

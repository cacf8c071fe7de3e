import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_SETTINGS, type KioskSettings } from '../../../../main/settings/settings-schema';
import { hashPin, verifyPin } from '../../../../main/staff/pin-hash';
import { createStaffAccess, type PinSettingsStore, type StaffAccessOptions } from '../../../../main/staff/staff-access';

const PIN = '2580';
const T0 = 1_700_000_000_000;

/** The settings store as staff access sees it, kept in memory. */
type FakeSettings = PinSettingsStore & { updates: Partial<KioskSettings>[] };

function fakeSettings(initial: Partial<KioskSettings> = {}): FakeSettings {
  let settings: KioskSettings = { ...DEFAULT_SETTINGS, ...initial };
  const updates: Partial<KioskSettings>[] = [];
  return {
    updates,
    get: () => settings,
    update(change) {
      updates.push(change);
      settings = { ...settings, ...change };
      return settings;
    },
  };
}

/** Staff access with a hand-moved clock and a captured log. */
function setup(options: Partial<Omit<StaffAccessOptions, 'settings'>> & { settings?: FakeSettings } = {}) {
  const clock = { now: T0 };
  const events: string[] = [];
  const settings = options.settings ?? fakeSettings();
  const staff = createStaffAccess({ now: () => clock.now, log: (event) => events.push(event), ...options, settings });
  return { staff, settings, clock, events };
}

// One hashed PIN shared by the tests that only need "a PIN is set" (scrypt is slow on purpose).
const withPin: Partial<KioskSettings> = { staffPin: hashPin(PIN) };

describe('first use', () => {
  test('with no PIN, the status says so and unlock asks for one', () => {
    const { staff } = setup();
    assert.deepEqual(staff.status(), { pinSet: false, locked: false, retryAfterSeconds: 0, sessionOpen: false });
    assert.equal(staff.unlock(PIN).outcome, 'no-pin-set');
  });

  test('setPin is allowed without a session, stores only a hash and opens a session', () => {
    const { staff, settings, events } = setup();
    assert.deepEqual(staff.setPin(PIN), { ok: true });
    const stored = settings.get().staffPin;
    assert.ok(stored);
    assert.equal(verifyPin(PIN, stored), true);
    assert.equal(JSON.stringify(settings.get()).includes(PIN), false);
    assert.equal(staff.isSessionOpen(), true);
    assert.deepEqual(staff.status(), { pinSet: true, locked: false, retryAfterSeconds: 0, sessionOpen: true });
    assert.deepEqual(events, ['staff PIN set']);
  });

  test('a badly formed first PIN is refused and nothing is stored', () => {
    const { staff, settings } = setup();
    for (const pin of ['123', '123456789', '12a4', 1234, null]) {
      assert.deepEqual(staff.setPin(pin), { ok: false, reason: 'invalid-format' }, String(pin));
    }
    assert.equal(settings.updates.length, 0);
    assert.equal(staff.isSessionOpen(), false);
  });
});

describe('changing the PIN', () => {
  test('is refused without a staff session, before the format is even looked at', () => {
    const { staff, settings } = setup({ settings: fakeSettings(withPin) });
    assert.deepEqual(staff.setPin('9999'), { ok: false, reason: 'not-allowed' });
    assert.deepEqual(staff.setPin('x'), { ok: false, reason: 'not-allowed' });
    assert.equal(settings.updates.length, 0);
  });

  test('is allowed in a session opened by the PIN; the old PIN then stops working', () => {
    const { staff, settings, events } = setup({ settings: fakeSettings(withPin) });
    assert.equal(staff.unlock(PIN).outcome, 'accepted');
    assert.deepEqual(staff.setPin('13579'), { ok: true });
    assert.equal(verifyPin('13579', settings.get().staffPin!), true);
    assert.equal(verifyPin(PIN, settings.get().staffPin!), false);
    assert.deepEqual(events, ['staff unlocked', 'staff PIN changed']);
  });
});

describe('unlock', () => {
  test('the right PIN opens a session that ends after sessionMs', () => {
    const { staff, clock } = setup({ settings: fakeSettings(withPin), sessionMs: 5 * 60_000 });
    assert.deepEqual(staff.unlock(PIN), { outcome: 'accepted', triesLeft: 5, retryAfterSeconds: 0 });
    clock.now += 5 * 60_000 - 1;
    assert.equal(staff.isSessionOpen(), true);
    clock.now += 1;
    assert.equal(staff.isSessionOpen(), false);
    assert.equal(staff.status().sessionOpen, false);
    assert.deepEqual(staff.setPin('9999'), { ok: false, reason: 'not-allowed' });
  });

  test('the session lasts 10 minutes by default and endSession closes it at once', () => {
    const { staff, clock, events } = setup({ settings: fakeSettings(withPin) });
    staff.unlock(PIN);
    clock.now += 10 * 60_000 - 1;
    assert.equal(staff.isSessionOpen(), true);
    staff.endSession();
    assert.equal(staff.isSessionOpen(), false);
    assert.deepEqual(events, ['staff unlocked', 'staff session ended']);
  });

  test('a wrong PIN is rejected and counts down the tries', () => {
    const { staff, events } = setup({ settings: fakeSettings(withPin) });
    assert.deepEqual(staff.unlock('0000'), { outcome: 'rejected', triesLeft: 4, retryAfterSeconds: 0 });
    assert.equal(staff.isSessionOpen(), false);
    assert.deepEqual(events, ['staff PIN rejected']);
  });

  test('a badly formed string counts as a wrong try; a non-string is invalid and does not count', () => {
    const { staff } = setup({ settings: fakeSettings(withPin) });
    assert.deepEqual(staff.unlock('12a4'), { outcome: 'rejected', triesLeft: 4, retryAfterSeconds: 0 });
    assert.deepEqual(staff.unlock(''), { outcome: 'rejected', triesLeft: 3, retryAfterSeconds: 0 });
    for (const value of [2580, null, undefined, { pin: PIN }, [PIN]]) {
      assert.deepEqual(staff.unlock(value), { outcome: 'invalid', triesLeft: 3, retryAfterSeconds: 0 });
    }
  });

  test('five wrong tries lock the pad for 60 s; even the right PIN is refused until then', () => {
    const { staff, clock, events } = setup({ settings: fakeSettings(withPin) });
    // Malformed tries are wrong tries without the cost of scrypt.
    for (let i = 0; i < 4; i += 1) assert.equal(staff.unlock('x').outcome, 'rejected');
    assert.deepEqual(staff.unlock('x'), { outcome: 'locked', triesLeft: 0, retryAfterSeconds: 60 });
    assert.equal(events.at(-1), 'staff PIN locked for 60 s');
    clock.now += 59_500;
    assert.deepEqual(staff.status(), { pinSet: true, locked: true, retryAfterSeconds: 1, sessionOpen: false });
    assert.deepEqual(staff.unlock(PIN), { outcome: 'locked', triesLeft: 0, retryAfterSeconds: 1 });
    assert.equal(staff.isSessionOpen(), false);
    clock.now += 500;
    assert.equal(staff.unlock(PIN).outcome, 'accepted');
  });

  test('the second lockout lasts 120 s', () => {
    const { staff, clock } = setup({ settings: fakeSettings(withPin) });
    for (let i = 0; i < 5; i += 1) staff.unlock('x');
    clock.now += 60_000;
    for (let i = 0; i < 4; i += 1) assert.equal(staff.unlock('x').outcome, 'rejected');
    assert.deepEqual(staff.unlock('x'), { outcome: 'locked', triesLeft: 0, retryAfterSeconds: 120 });
  });
});

describe('a PIN that came with the settings (the IT config layer or an earlier save)', () => {
  test('counts as set: it unlocks, opens no session by itself and writes nothing', () => {
    const settings = fakeSettings(withPin);
    const { staff, events } = setup({ settings });
    assert.deepEqual(staff.status(), { pinSet: true, locked: false, retryAfterSeconds: 0, sessionOpen: false });
    assert.equal(staff.unlock(PIN).outcome, 'accepted');
    assert.equal(settings.updates.length, 0);
    assert.deepEqual(events, ['staff unlocked']);
  });

  test('cannot be replaced without a staff session', () => {
    const settings = fakeSettings(withPin);
    const { staff } = setup({ settings });
    assert.deepEqual(staff.setPin('1111'), { ok: false, reason: 'not-allowed' });
    assert.equal(settings.updates.length, 0);
  });
});

test('no return value or log line ever carries the PIN, the hash or the salt', () => {
  const { staff, settings, clock, events } = setup();
  const seen: unknown[] = [];
  const call = <T>(value: T): T => {
    seen.push(value);
    return value;
  };
  call(staff.status());
  call(staff.setPin(PIN));
  call(staff.status());
  staff.endSession();
  call(staff.unlock('9999'));
  call(staff.unlock(PIN));
  call(staff.status());
  call(staff.isSessionOpen());
  staff.endSession();
  for (let i = 0; i < 5; i += 1) call(staff.unlock('x'));
  call(staff.status());
  clock.now += 60_000;
  call(staff.unlock(PIN));
  call(staff.setPin('24680'));
  call(staff.status());

  const secrets = [PIN, '24680', settings.updates[0]!.staffPin!.hash, settings.updates[0]!.staffPin!.salt];
  secrets.push(settings.get().staffPin!.hash, settings.get().staffPin!.salt);
  const text = JSON.stringify(seen) + JSON.stringify(events);
  for (const secret of secrets) assert.equal(text.includes(secret), false, 'leaked a secret');
  // status() has exactly the four renderer-facing fields.
  assert.deepEqual(Object.keys(staff.status()).sort(), ['locked', 'pinSet', 'retryAfterSeconds', 'sessionOpen']);
});

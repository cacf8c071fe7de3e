import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  contentIndexSchema,
  contentUpdateAddresses,
  decideOnIndex,
  FIRST_CHECK_DELAY_MS,
  nextContentCheckAt,
  nextDailyCheck,
  RETRY_FIRST_MS,
  RETRY_LONGEST_MS,
  type ContentIndex,
} from '../../../../main/content-packs/content-update-schedule';

/** Local wall-clock times: the daily check follows the kiosk's own clock. */
const local = (day: number, hours: number, minutes = 0) => new Date(2026, 10, day, hours, minutes).getTime();
const MINUTE = 60_000;

test('the daily check: the next time the local clock shows the set time, plus this kiosk\'s share of the spread', () => {
  assert.equal(nextDailyCheck(local(30, 1, 0), '03:00', 0), local(30, 3, 0));
  assert.equal(nextDailyCheck(local(30, 1, 0), '03:00', 7 * MINUTE), local(30, 3, 7));
  // Past today's time (spread included): tomorrow.
  assert.equal(nextDailyCheck(local(30, 3, 7), '03:00', 7 * MINUTE), local(31, 3, 7));
  assert.equal(nextDailyCheck(local(30, 3, 6), '03:00', 7 * MINUTE), local(30, 3, 7));
  assert.equal(nextDailyCheck(local(30, 23, 59), '00:15', 0), local(31, 0, 15));
});

test('the schedule: first soon after start; then daily; failures are tried again sooner, doubling, never after the next daily check', () => {
  const startedAt = local(30, 14, 0);
  const facts = { startedAt, dailyAt: '03:00', spreadMs: 0 };
  assert.equal(nextContentCheckAt({ lastCheckAt: null, failuresInARow: 0 }, facts), startedAt + FIRST_CHECK_DELAY_MS);
  const checked = local(30, 14, 5);
  assert.equal(nextContentCheckAt({ lastCheckAt: checked, failuresInARow: 0 }, facts), local(31, 3, 0));
  assert.equal(nextContentCheckAt({ lastCheckAt: checked, failuresInARow: 1 }, facts), checked + RETRY_FIRST_MS);
  assert.equal(nextContentCheckAt({ lastCheckAt: checked, failuresInARow: 3 }, facts), checked + 4 * RETRY_FIRST_MS);
  assert.equal(nextContentCheckAt({ lastCheckAt: checked, failuresInARow: 12 }, facts), checked + RETRY_LONGEST_MS);
  // Shortly before the daily time, a long back-off gives way to it.
  const lateNight = local(30, 2, 0);
  assert.equal(nextContentCheckAt({ lastCheckAt: lateNight, failuresInARow: 12 }, facts), local(30, 3, 0));
});

const INDEX: ContentIndex = { name: 'clinic-topics', version: '2026.12.0', minAppVersion: '1.2.0', file: 'clinic-topics-2026.12.0.kioskpack', size: 1000, sha256: 'a'.repeat(64) };

test('a pack on the server is downloaded only when newer than the one installed and this app can show it, and never one declined here', () => {
  const app = '1.4.0';
  assert.deepEqual(decideOnIndex(INDEX, null, [], app), { action: 'download' });
  assert.deepEqual(decideOnIndex(INDEX, { version: '2026.11.3' }, [], app), { action: 'download' });
  assert.deepEqual(decideOnIndex(INDEX, { version: '2026.12.0' }, [], app), { action: 'skip', reason: 'up-to-date' });
  assert.deepEqual(decideOnIndex(INDEX, { version: '2027.1.0' }, [], app), { action: 'skip', reason: 'older' });
  assert.deepEqual(decideOnIndex(INDEX, null, [], '1.1.9'), { action: 'skip', reason: 'needs-newer-app' });
  assert.deepEqual(decideOnIndex(INDEX, null, [], '1.2.0-beta.1'), { action: 'download' });
  assert.deepEqual(decideOnIndex(INDEX, null, [{ name: 'clinic-topics', version: '2026.12.0', reason: 'failed-to-start' }], app), { action: 'skip', reason: 'failed-to-start-before' });
  assert.deepEqual(decideOnIndex(INDEX, { version: '2026.11.3' }, [{ name: 'clinic-topics', version: '2026.12.0', reason: 'staff-went-back' }], app), { action: 'skip', reason: 'staff-went-back' });
  assert.deepEqual(decideOnIndex(INDEX, null, [{ name: 'other-topics', version: '2026.12.0', reason: 'failed-to-start' }], app), { action: 'download' });
});

test('daylight saving: a daily time that does not exist one spring night moves that night only', () => {
  const zone = process.env.TZ;
  process.env.TZ = 'America/New_York';
  try {
    // 14 March 2027: clocks go from 02:00 to 03:00, so 02:30 does not exist that night.
    const springDay = nextDailyCheck(new Date(2027, 2, 13, 12, 0).getTime(), '02:30', 0);
    assert.equal(new Date(springDay).getDate(), 14);
    const nextDay = new Date(nextDailyCheck(springDay, '02:30', 0));
    assert.deepEqual([nextDay.getDate(), nextDay.getHours(), nextDay.getMinutes()], [15, 2, 30]);
    // Autumn: 7 November 2027 has 01:30 twice; the check runs once that day, then the next day.
    const autumn = nextDailyCheck(new Date(2027, 10, 6, 12, 0).getTime(), '01:30', 0);
    const afterAutumn = new Date(nextDailyCheck(autumn, '01:30', 0));
    assert.deepEqual([new Date(autumn).getDate(), afterAutumn.getDate(), afterAutumn.getHours()], [7, 8, 1]);
  } finally {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  }
});

test('the index names a pack file in the same folder and nothing else; addresses are built from IT\'s folder', () => {
  assert.equal(contentIndexSchema.safeParse(INDEX).success, true);
  for (const file of ['../secret.kioskpack', 'sub/pack.kioskpack', '/etc/pack.kioskpack', 'pack.zip', 'pack.kioskpack?x=1', '.kioskpack', 'C:\\pack.kioskpack', '%2e%2e.kioskpack']) {
    assert.equal(contentIndexSchema.safeParse({ ...INDEX, file }).success, false, file);
  }
  for (const change of [{ size: 0 }, { size: 2 * 1024 ** 3 }, { sha256: 'A'.repeat(64) }, { version: '1.2' }, { extra: 1 }]) {
    assert.equal(contentIndexSchema.safeParse({ ...INDEX, ...change }).success, false, JSON.stringify(change));
  }
  assert.deepEqual(contentUpdateAddresses('http://content.clinic.lan/kiosk-packs', 'clinic-topics-2026.12.0.kioskpack'), {
    index: 'http://content.clinic.lan/kiosk-packs/content-latest.json',
    pack: 'http://content.clinic.lan/kiosk-packs/clinic-topics-2026.12.0.kioskpack',
  });
  assert.equal(contentUpdateAddresses('https://content.clinic.lan/kiosk-packs/').index, 'https://content.clinic.lan/kiosk-packs/content-latest.json');
});

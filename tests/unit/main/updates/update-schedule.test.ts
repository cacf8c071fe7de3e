import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CHECK_INTERVAL_MS,
  DEFAULT_QUIET_HOURS,
  FIRST_CHECK_DELAY_MS,
  initialUpdateState,
  isInQuietHours,
  isValidClock,
  nextCheckIn,
  nextUpdateState,
  RETRY_FIRST_MS,
  shouldInstall,
  type UpdateEvent,
  type UpdateState,
} from '../../../../main/updates/update-schedule';

const at = (hours: number, minutes = 0) => new Date(2026, 10, 30, hours, minutes);

test('quiet hours: from the start up to the end, local time; a window may cross midnight; equal ends are no window', () => {
  assert.equal(isInQuietHours(at(1, 59), DEFAULT_QUIET_HOURS), false);
  assert.equal(isInQuietHours(at(2, 0), DEFAULT_QUIET_HOURS), true);
  assert.equal(isInQuietHours(at(4, 59), DEFAULT_QUIET_HOURS), true);
  assert.equal(isInQuietHours(at(5, 0), DEFAULT_QUIET_HOURS), false);
  const overnight = { start: '22:30', end: '05:00' };
  assert.deepEqual([at(22, 29), at(22, 30), at(0, 0), at(4, 59), at(5, 0), at(12, 0)].map((time) => isInQuietHours(time, overnight)), [false, true, true, true, false, false]);
  assert.equal(isInQuietHours(at(3), { start: '03:00', end: '03:00' }), false);
  assert.deepEqual(['02:00', '23:59', '24:00', '2:00', '02:60', 'noon'].map(isValidClock), [true, true, false, false, false, false]);
});

function run(events: [UpdateEvent, number][]): UpdateState {
  return events.reduce((state, [event, now]) => nextUpdateState(state, event, now), initialUpdateState());
}

test('checks: the first one waits after start, then one every interval; failures retry sooner, doubling up to the interval; success resets', () => {
  const start = 1_000_000;
  assert.equal(nextCheckIn(initialUpdateState(), start, start), FIRST_CHECK_DELAY_MS);
  assert.equal(nextCheckIn(initialUpdateState(), start, start + FIRST_CHECK_DELAY_MS + 5), 0);
  const checked = run([[{ type: 'check-started' }, start], [{ type: 'up-to-date' }, start + 10]]);
  assert.equal(nextCheckIn(checked, start, start + 10), CHECK_INTERVAL_MS);
  // Busy: no check while one runs.
  assert.equal(nextCheckIn(nextUpdateState(checked, { type: 'check-started' }, start), start, start), null);

  let state = checked;
  const waits: number[] = [];
  for (let failure = 1; failure <= 7; failure += 1) {
    state = nextUpdateState(nextUpdateState(state, { type: 'check-started' }, 0), { type: 'failed' }, 0);
    waits.push(nextCheckIn(state, start, 0)!);
  }
  assert.deepEqual(waits, [RETRY_FIRST_MS, RETRY_FIRST_MS * 2, RETRY_FIRST_MS * 4, RETRY_FIRST_MS * 8, RETRY_FIRST_MS * 16, CHECK_INTERVAL_MS, CHECK_INTERVAL_MS]);
  state = nextUpdateState(nextUpdateState(state, { type: 'check-started' }, 0), { type: 'up-to-date' }, 0);
  assert.equal(state.failuresInARow, 0);
  assert.equal(nextCheckIn(state, start, 0), CHECK_INTERVAL_MS);
});

test('an update downloads, then waits: no more checks until it installs; a failure later keeps it ready', () => {
  const ready = run([[{ type: 'check-started' }, 0], [{ type: 'download-started', version: '1.5.0' }, 1], [{ type: 'downloaded', version: '1.5.0' }, 2]]);
  assert.equal(ready.phase, 'ready');
  assert.equal(ready.readyVersion, '1.5.0');
  assert.equal(ready.lastResult, 'update-found');
  assert.equal(nextCheckIn(ready, 0, 10), null);
  assert.equal(nextUpdateState(ready, { type: 'failed' }, 3).phase, 'ready');
  assert.equal(run([[{ type: 'check-started' }, 0], [{ type: 'download-started', version: '1.5.0' }, 1], [{ type: 'failed' }, 2]]).phase, 'idle');
});

test('install: only a ready update; on the attract screen inside the quiet hours, or when staff ask; never during a patient session', () => {
  const ready = run([[{ type: 'download-started', version: '1.5.0' }, 0], [{ type: 'downloaded', version: '1.5.0' }, 1]]);
  const situation = { attractShowing: true, staffAskedToInstall: false, now: at(3), quietHours: DEFAULT_QUIET_HOURS };
  assert.equal(shouldInstall(ready, situation), true);
  assert.equal(shouldInstall(ready, { ...situation, attractShowing: false }), false, 'a patient is using the kiosk');
  assert.equal(shouldInstall(ready, { ...situation, now: at(14) }), false, 'outside the quiet hours');
  assert.equal(shouldInstall(ready, { ...situation, now: at(14), attractShowing: false, staffAskedToInstall: true }), true, 'staff chose now');
  assert.equal(shouldInstall(initialUpdateState(), { ...situation, staffAskedToInstall: true }), false, 'nothing to install');
  assert.equal(shouldInstall(nextUpdateState(ready, { type: 'install-started' }, 2), situation), false, 'already installing');
});

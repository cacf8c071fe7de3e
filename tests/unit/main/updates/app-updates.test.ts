import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { test, type TestContext } from 'node:test';
import { INSTALL_RECHECK_MS, startAppUpdates, type UpdaterLike } from '../../../../main/updates/app-updates';
import { DEFAULT_QUIET_HOURS, FIRST_CHECK_DELAY_MS, RETRY_FIRST_MS } from '../../../../main/updates/update-schedule';

/** electron-updater's AppUpdater, as far as the kiosk uses it. */
class FakeUpdater extends EventEmitter implements UpdaterLike {
  autoDownload = false;
  autoInstallOnAppQuit = true;
  allowDowngrade = true;
  feeds: unknown[] = [];
  checks = 0;
  installs: [boolean | undefined, boolean | undefined][] = [];
  setFeedURL(options: unknown): void {
    this.feeds.push(options);
  }
  checkForUpdates(): Promise<unknown> {
    this.checks += 1;
    return Promise.resolve(null);
  }
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void {
    this.installs.push([isSilent, isForceRunAfter]);
  }
}

function setUp(t: TestContext, startHour = 14) {
  t.mock.timers.enable({ apis: ['setTimeout', 'setInterval'] });
  let clock = new Date(2026, 10, 30, startHour, 0).getTime();
  const updater = new FakeUpdater();
  const lines: [string, Record<string, string> | undefined][] = [];
  const updates = startAppUpdates({
    updater,
    url: 'https://updates.clinic.example/kiosk',
    channel: 'pilot',
    quietHours: DEFAULT_QUIET_HOURS,
    log: (event, details) => lines.push([event, details]),
    now: () => new Date(clock),
    startedAt: clock,
  });
  const advance = (ms: number) => {
    clock += ms;
    t.mock.timers.tick(ms);
  };
  return { updater, updates, lines, advance };
}

test('the updater is set up for the generic server and channel IT chose, never installs at a quit and never goes down a version; the first check waits after start', (t) => {
  const { updater, updates, advance } = setUp(t);
  assert.deepEqual(updater.feeds, [{ provider: 'generic', url: 'https://updates.clinic.example/kiosk', channel: 'pilot' }]);
  assert.equal(updater.autoDownload, true);
  assert.equal(updater.autoInstallOnAppQuit, false);
  assert.equal(updater.allowDowngrade, false);
  advance(FIRST_CHECK_DELAY_MS - 1);
  assert.equal(updater.checks, 0);
  advance(1);
  assert.equal(updater.checks, 1);
  updates.stop();
});

test('a downloaded update waits for the quiet hours on the attract screen; a patient on the screen holds it back', (t) => {
  const { updater, updates, lines, advance } = setUp(t, 23);
  updater.emit('checking-for-update');
  updater.emit('update-available', { version: '1.5.0' });
  updater.emit('update-downloaded', { version: '1.5.0' });
  assert.equal(updates.state().phase, 'ready');
  updates.setAttractShowing(true);
  assert.deepEqual(updater.installs, [], 'outside the quiet hours');
  // 02:00 comes: a patient is reading, so it still waits.
  updates.setAttractShowing(false);
  advance(3 * 60 * 60_000);
  assert.deepEqual(updater.installs, []);
  // The patient leaves; the attract screen shows at 03:00.
  updates.setAttractShowing(true);
  assert.deepEqual(updater.installs, [[true, true]]);
  assert.deepEqual(lines.at(-1), ['update-installing', { version: '1.5.0', by: 'quiet-hours' }]);
  advance(INSTALL_RECHECK_MS);
  assert.equal(updater.installs.length, 1, 'installs once');
  updates.stop();
});

test("staff's Install update now installs a ready update at once, even mid-afternoon; with none ready it does nothing", (t) => {
  const { updater, updates, lines } = setUp(t);
  assert.equal(updates.installNow(), false);
  updater.emit('update-available', { version: '1.5.0' });
  updater.emit('update-downloaded', { version: '1.5.0' });
  assert.equal(updates.installNow(), true);
  assert.deepEqual(updater.installs, [[true, true]]);
  assert.deepEqual(lines.at(-1), ['update-installing', { version: '1.5.0', by: 'staff' }]);
  updates.stop();
});

test('a failed check is logged, reported in the status, and tried again after 15 minutes', (t) => {
  const { updater, updates, lines, advance } = setUp(t);
  advance(FIRST_CHECK_DELAY_MS);
  updater.emit('checking-for-update');
  updater.emit('error', new Error('net::ERR_CONNECTION_REFUSED'));
  assert.deepEqual(lines, [['update-failed', { reason: 'net::ERR_CONNECTION_REFUSED' }]]);
  assert.equal(updates.lastCheck()?.result, 'failed');
  advance(RETRY_FIRST_MS - 1);
  assert.equal(updater.checks, 1);
  advance(1);
  assert.equal(updater.checks, 2);
  updater.emit('update-not-available');
  assert.equal(updates.lastCheck()?.result, 'up-to-date');
  updates.stop();
});

import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { test, type TestContext } from 'node:test';
import { INSTALL_RECHECK_MS, INSTALL_RETRY_AFTER_MS, startAppUpdates, type UpdaterLike } from '../../../../main/updates/app-updates';
import { canUpdateItself, startElectronAppUpdates } from '../../../../main/updates/electron-app-updates';
import { DEFAULT_QUIET_HOURS, FIRST_CHECK_DELAY_MS, RETRY_FIRST_MS } from '../../../../main/updates/update-schedule';

/** electron-updater's AppUpdater, as far as the kiosk uses it. */
class FakeUpdater extends EventEmitter implements UpdaterLike {
  autoDownload = false;
  autoInstallOnAppQuit = true;
  allowDowngrade = true;
  feeds: unknown[] = [];
  checks = 0;
  installs: [boolean | undefined, boolean | undefined][] = [];
  /** What checkForUpdates resolves with: null is electron-updater's "no check made" (an app not packaged). */
  checkResult: unknown = { updateInfo: { version: '1.4.0' }, downloadPromise: null };
  /** Makes quitAndInstall fail the way electron-updater reports it: an 'error' event. */
  failInstall = false;
  setFeedURL(options: unknown): void {
    this.feeds.push(options);
  }
  checkForUpdates(): Promise<unknown> {
    this.checks += 1;
    return Promise.resolve(this.checkResult);
  }
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void {
    this.installs.push([isSilent, isForceRunAfter]);
    if (this.failInstall) this.emit('error', new Error('EACCES: permission denied'));
  }
}

function setUp(t: TestContext, startHour = 14) {
  t.mock.timers.enable({ apis: ['setTimeout', 'setInterval'] });
  let clock = new Date(2026, 10, 30, startHour, 0).getTime();
  const updater = new FakeUpdater();
  const lines: [string, Record<string, string> | undefined][] = [];
  const lock: string[] = [];
  const updates = startAppUpdates({
    updater,
    url: 'https://updates.clinic.example/kiosk',
    channel: 'pilot',
    quietHours: DEFAULT_QUIET_HOURS,
    log: (event, details) => lines.push([event, details]),
    now: () => new Date(clock),
    startedAt: clock,
    releaseInstanceLock: () => lock.push('released'),
    retakeInstanceLock: () => lock.push('retaken'),
  });
  const advance = (ms: number) => {
    clock += ms;
    t.mock.timers.tick(ms);
  };
  return { updater, updates, lines, advance, lock };
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

test('an install that fails leaves the update ready, is logged, and is not tried again by itself until the next night; staff may still ask', (t) => {
  const { updater, updates, lines, advance, lock } = setUp(t, 3);
  updater.failInstall = true;
  updater.emit('update-available', { version: '1.5.0' });
  updater.emit('update-downloaded', { version: '1.5.0' });
  updates.setAttractShowing(true);
  assert.equal(updater.installs.length, 1);
  assert.equal(updates.state().phase, 'ready');
  assert.deepEqual(lines.at(-1), ['update-failed', { step: 'install', reason: 'EACCES: permission denied' }]);
  assert.deepEqual(lock, ['released', 'retaken'], 'the lock goes to the new version, and comes back when the install fails');
  advance(INSTALL_RECHECK_MS * 5);
  updates.setAttractShowing(false);
  updates.setAttractShowing(true);
  assert.equal(updater.installs.length, 1, 'no retry the same night');
  assert.equal(updates.installNow(), true);
  assert.equal(updater.installs.length, 2, 'staff may ask');
  advance(INSTALL_RETRY_AFTER_MS);
  updater.failInstall = false;
  // The next night, 03:00 again (the clock went on by 20 h, then to the quiet hours).
  advance(4 * 60 * 60_000);
  assert.equal(updater.installs.length, 3);
  updates.stop();
});

test('an app that is not packaged makes no check (electron-updater answers null): the timer is set again, not lost', async (t) => {
  const { updater, updates, advance } = setUp(t);
  updater.checkResult = null;
  advance(FIRST_CHECK_DELAY_MS);
  assert.equal(updater.checks, 1);
  await Promise.resolve();
  await Promise.resolve();
  assert.equal(updates.lastCheck()?.result, 'failed');
  advance(RETRY_FIRST_MS);
  assert.equal(updater.checks, 2);
  updates.stop();
});

test('only an AppImage updates itself; with a deb or a Windows install the updater is never loaded, and the log says why', async () => {
  assert.equal(canUpdateItself('linux', '/opt/kiosk/clinic-kiosk.AppImage'), true);
  assert.equal(canUpdateItself('linux', undefined), false);
  assert.equal(canUpdateItself('win32', undefined), false);
  assert.equal(canUpdateItself('darwin', undefined), false);
  const lines: [string, Record<string, unknown> | undefined][] = [];
  const log = { write: (event: string, details?: Record<string, unknown>) => lines.push([event, details]) };
  const started = await startElectronAppUpdates({ itConfig: { updateUrl: 'https://updates.clinic.example/kiosk' }, log, startedAt: new Date(), platform: 'linux', appImagePath: undefined, releaseInstanceLock: assert.fail, retakeInstanceLock: assert.fail });
  assert.equal(started, undefined);
  assert.equal(lines.length, 1);
  assert.match(String(lines[0]![1]?.message), /cannot update itself/);
  assert.equal(await startElectronAppUpdates({ itConfig: {}, log, startedAt: new Date(), platform: 'linux', appImagePath: '/x.AppImage', releaseInstanceLock: assert.fail, retakeInstanceLock: assert.fail }), undefined);
  assert.equal(lines.length, 1, 'no update server, nothing to say');
});

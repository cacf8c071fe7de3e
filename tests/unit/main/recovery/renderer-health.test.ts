import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { test } from 'node:test';
import type { KioskLogEvent } from '../../../../main/log/rotating-log';
import { FALLBACK_RETRY_MS, HANG_GRACE_MS, SILENT_RENDERER_MS } from '../../../../main/recovery/recovery-policy';
import { watchRendererHealth, type HealthClock } from '../../../../main/recovery/renderer-health';

/** A window, a log and a clock the test moves by hand. */
function harness() {
  let now = 0;
  const timers: { at: number; callback: () => void; id: number }[] = [];
  let nextId = 0;
  const clock: HealthClock = {
    now: () => now,
    setTimeout: (callback, ms) => {
      nextId += 1;
      timers.push({ at: now + ms, callback, id: nextId });
      return nextId;
    },
    clearTimeout: (id) => {
      const index = timers.findIndex((timer) => timer.id === id);
      if (index >= 0) timers.splice(index, 1);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const timer of timers.filter((candidate) => candidate.at <= now)) {
      timers.splice(timers.indexOf(timer), 1);
      timer.callback();
    }
  };
  const windowEvents = new EventEmitter();
  const contentsEvents = new EventEmitter();
  const loaded: string[] = [];
  let crashes = 0;
  let destroyed = false;
  const window = {
    on: (event: string, listener: () => void) => windowEvents.on(event, listener),
    loadURL: async (url: string) => void loaded.push(url),
    isDestroyed: () => destroyed,
    webContents: {
      on: (event: string, listener: (event: unknown, details: { reason: string }) => void) => contentsEvents.on(event, listener),
      forcefullyCrashRenderer: () => {
        crashes += 1;
        contentsEvents.emit('render-process-gone', {}, { reason: 'killed' });
      },
    },
  };
  const events: KioskLogEvent[] = [];
  const health = watchRendererHealth(window, { write: (event) => events.push(event) }, clock);
  const crash = () => contentsEvents.emit('render-process-gone', {}, { reason: 'crashed' });
  const destroy = () => void (destroyed = true);
  return { window: windowEvents, crash, advance, loaded, events, crashes: () => crashes, destroy, beat: () => health.rendererAlive() };
}

test('a crash reloads the app and is logged', () => {
  const kiosk = harness();
  kiosk.crash();
  assert.deepStrictEqual(kiosk.loaded, ['app://kiosk/index.html']);
  assert.deepStrictEqual(kiosk.events, ['renderer-crashed', 'renderer-reloaded']);
});

test('the third failure within a minute shows the fallback page, then tries the app again after the delay', () => {
  const kiosk = harness();
  kiosk.crash();
  kiosk.advance(10_000);
  kiosk.crash();
  kiosk.advance(10_000);
  kiosk.crash();
  assert.equal(kiosk.loaded.at(-1), 'app://kiosk/recovering.html');
  assert.ok(kiosk.events.includes('fallback-shown'));
  kiosk.advance(FALLBACK_RETRY_MS - 1);
  assert.equal(kiosk.loaded.at(-1), 'app://kiosk/recovering.html');
  kiosk.advance(1);
  assert.equal(kiosk.loaded.at(-1), 'app://kiosk/index.html');
});

test('a renderer that stays unresponsive is crashed on purpose and reloaded, logged as a hang', () => {
  const kiosk = harness();
  kiosk.window.emit('unresponsive');
  kiosk.advance(HANG_GRACE_MS - 1);
  assert.equal(kiosk.crashes(), 0);
  kiosk.advance(1);
  assert.equal(kiosk.crashes(), 1);
  assert.deepStrictEqual(kiosk.events, ['renderer-hung', 'renderer-reloaded']);
  assert.deepStrictEqual(kiosk.loaded, ['app://kiosk/index.html']);
});

test('a renderer that recovers by itself within the grace time is left alone', () => {
  const kiosk = harness();
  kiosk.window.emit('unresponsive');
  kiosk.advance(HANG_GRACE_MS / 2);
  kiosk.window.emit('responsive');
  kiosk.advance(HANG_GRACE_MS * 2);
  assert.equal(kiosk.crashes(), 0);
  assert.deepStrictEqual(kiosk.loaded, []);
});

test('a hung renderer that crashes by itself within the grace time is not force-crashed again after the reload', () => {
  const kiosk = harness();
  kiosk.window.emit('unresponsive');
  kiosk.advance(HANG_GRACE_MS / 2);
  kiosk.crash();
  kiosk.advance(HANG_GRACE_MS * 2);
  assert.equal(kiosk.crashes(), 0);
  assert.deepStrictEqual(kiosk.events, ['renderer-crashed', 'renderer-reloaded']);
});

test('a window destroyed while its page hangs (the kiosk is quitting) is not touched', () => {
  const kiosk = harness();
  kiosk.window.emit('unresponsive');
  kiosk.destroy();
  assert.doesNotThrow(() => kiosk.advance(HANG_GRACE_MS));
  assert.equal(kiosk.crashes(), 0);
});

test('a page that beats and then falls silent is crashed as hung and reloaded, though nobody touched it', () => {
  const kiosk = harness();
  kiosk.beat();
  kiosk.advance(SILENT_RENDERER_MS - 1);
  assert.equal(kiosk.crashes(), 0);
  kiosk.advance(1);
  assert.equal(kiosk.crashes(), 1);
  assert.deepStrictEqual(kiosk.events, ['renderer-silent', 'renderer-hung', 'renderer-reloaded']);
});

test('a page that keeps beating is never taken for stuck; the watchdog waits for the first beat of each load', () => {
  const kiosk = harness();
  kiosk.advance(SILENT_RENDERER_MS * 3); // no beat yet (the page is starting): nothing happens
  for (let beat = 0; beat < 10; beat += 1) {
    kiosk.beat();
    kiosk.advance(SILENT_RENDERER_MS - 1_000);
  }
  assert.equal(kiosk.crashes(), 0);
  // After a crash and reload the new page has not beaten yet: its start is not counted as silence.
  kiosk.crash();
  kiosk.advance(SILENT_RENDERER_MS * 3);
  assert.equal(kiosk.crashes(), 0);
  assert.deepStrictEqual(kiosk.events, ['renderer-crashed', 'renderer-reloaded']);
});

test('the fallback page, which has no script, is not watched for beats', () => {
  const kiosk = harness();
  kiosk.beat();
  kiosk.crash();
  kiosk.advance(10_000);
  kiosk.crash();
  kiosk.advance(10_000);
  kiosk.crash();
  assert.equal(kiosk.loaded.at(-1), 'app://kiosk/recovering.html');
  kiosk.advance(FALLBACK_RETRY_MS - 1);
  assert.equal(kiosk.events.includes('renderer-silent'), false);
});

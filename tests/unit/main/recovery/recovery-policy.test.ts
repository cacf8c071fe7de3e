import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  decideRecovery,
  FAILURE_WINDOW_MS,
  FALLBACK_RETRY_MS,
  HANG_GRACE_MS,
  MAX_FAILURES_IN_WINDOW,
  shouldCrashHungRenderer,
  type RecoveryDecision,
  type RendererFailure,
} from '../../../../main/recovery/recovery-policy';
import { FALLBACK_PAGE_PATH } from '../../../../main/recovery/fallback-page';

const T0 = 1_000_000;

/** Feeds failures in order, threading the history as main/index.ts does. */
function replay(times: readonly number[]): RecoveryDecision[] {
  let history: number[] = [];
  return times.map((time) => {
    const decision = decideRecovery(history, time);
    history = decision.history;
    return decision;
  });
}

test('the budget is the agreed one', () => {
  assert.equal(FAILURE_WINDOW_MS, 60_000);
  assert.equal(MAX_FAILURES_IN_WINDOW, 3);
  assert.equal(FALLBACK_RETRY_MS, 30_000);
  assert.equal(HANG_GRACE_MS, 10_000);
  assert.equal(FALLBACK_PAGE_PATH, '/recovering.html');
});

describe('decideRecovery', () => {
  test('the first failure reloads at once', () => {
    assert.deepStrictEqual(decideRecovery([], T0), { action: 'reload', retryAfterMs: 0, history: [T0] });
  });

  test('a second failure within 60 s still reloads', () => {
    assert.deepStrictEqual(decideRecovery([T0], T0 + 20_000), { action: 'reload', retryAfterMs: 0, history: [T0, T0 + 20_000] });
  });

  test('a third failure within 60 s shows the fallback page and retries after 30 s', () => {
    assert.deepStrictEqual(decideRecovery([T0, T0 + 20_000], T0 + 40_000), {
      action: 'show-fallback',
      retryAfterMs: 30_000,
      history: [T0, T0 + 20_000, T0 + 40_000],
    });
  });

  test('a third failure after the first aged out reloads', () => {
    assert.deepStrictEqual(decideRecovery([T0, T0 + 30_000], T0 + 70_000), {
      action: 'reload',
      retryAfterMs: 0,
      history: [T0 + 30_000, T0 + 70_000],
    });
  });

  test('hangs count like crashes', () => {
    // A hang is force-crashed and then decided like any crash: the kind never changes the outcome.
    const failures: [RendererFailure, number][] = [['hung', T0], ['crashed', T0 + 10_000], ['hung', T0 + 20_000]];
    const actions = replay(failures.map(([, time]) => time)).map((decision) => decision.action);
    assert.deepStrictEqual(actions, ['reload', 'reload', 'show-fallback']);
  });

  test('a failure exactly 60 s old still counts', () => {
    assert.equal(decideRecovery([T0, T0 + 30_000], T0 + FAILURE_WINDOW_MS).action, 'show-fallback');
  });

  test('a failure 60 s and 1 ms old is forgotten', () => {
    const decision = decideRecovery([T0, T0 + 30_000], T0 + FAILURE_WINDOW_MS + 1);
    assert.equal(decision.action, 'reload');
    assert.deepStrictEqual(decision.history, [T0 + 30_000, T0 + FAILURE_WINDOW_MS + 1]);
  });

  test('the history is pruned to the window and never grows without bound', () => {
    const old = Array.from({ length: 50 }, (_, index) => T0 + index * 1_000);
    const before = [...old];
    const failureAt = T0 + 500_000;
    assert.deepStrictEqual(decideRecovery(old, failureAt).history, [failureAt]);
    assert.deepStrictEqual(old, before, 'the caller\'s history is not modified');
  });

  test('failure times from a clock that went backwards are dropped', () => {
    assert.deepStrictEqual(decideRecovery([T0 + 5_000, T0 + 9_000], T0), { action: 'reload', retryAfterMs: 0, history: [T0] });
  });

  test('a page that keeps crashing after the fallback retry goes straight back to the fallback page', () => {
    // Crashes at 0, 10 s, 20 s (fallback), retry at 50 s crashes at 55 s: 10 s and 20 s still count.
    const decisions = replay([T0, T0 + 10_000, T0 + 20_000, T0 + 55_000]);
    assert.deepStrictEqual(decisions.map((decision) => decision.action), ['reload', 'reload', 'show-fallback', 'show-fallback']);
  });

  test('after a quiet minute a crash reloads again', () => {
    const decisions = replay([T0, T0 + 10_000, T0 + 20_000, T0 + 20_000 + FAILURE_WINDOW_MS + 1]);
    assert.equal(decisions.at(-1)?.action, 'reload');
  });
});

describe('decideRecovery properties', () => {
  // Failure times as non-decreasing sequences with gaps from 0 to 2 minutes.
  const failureTimes = fc
    .array(fc.integer({ min: 0, max: 2 * FAILURE_WINDOW_MS }), { minLength: 1, maxLength: 40 })
    .map((gaps) => {
      let time = T0;
      return gaps.map((gap) => (time += gap));
    });

  test('never more than 2 reloads within any 60 s window without a fallback in between', () => {
    fc.assert(
      fc.property(failureTimes, (times) => {
        const decisions = replay(times);
        const events = times.map((time, index) => ({ time, action: decisions[index]?.action }));
        for (const [start, first] of events.entries()) {
          let reloads = 0;
          for (const event of events.slice(start)) {
            if (event.time - first.time > FAILURE_WINDOW_MS) break;
            if (event.action === 'show-fallback') break;
            reloads += 1;
            if (reloads > MAX_FAILURES_IN_WINDOW - 1) return false;
          }
        }
        return true;
      }),
    );
  });

  test('the fallback page is shown only when 3 failures fall within 60 s', () => {
    fc.assert(
      fc.property(failureTimes, (times) => {
        const decisions = replay(times);
        return times.every((time, index) => {
          const inWindow = times.slice(0, index + 1).filter((earlier) => time - earlier <= FAILURE_WINDOW_MS).length;
          return decisions[index]?.action === (inWindow >= MAX_FAILURES_IN_WINDOW ? 'show-fallback' : 'reload');
        });
      }),
    );
  });

  test('reloads are immediate and the fallback always waits 30 s', () => {
    fc.assert(
      fc.property(failureTimes, (times) =>
        replay(times).every((decision) => decision.retryAfterMs === (decision.action === 'reload' ? 0 : FALLBACK_RETRY_MS)),
      ),
    );
  });
});

describe('shouldCrashHungRenderer', () => {
  test('a page unresponsive for less than 10 s is given time', () => {
    assert.equal(shouldCrashHungRenderer(T0, T0), false);
    assert.equal(shouldCrashHungRenderer(T0, T0 + HANG_GRACE_MS - 1), false);
  });
  test('a page unresponsive for 10 s or more is force-crashed', () => {
    assert.equal(shouldCrashHungRenderer(T0, T0 + HANG_GRACE_MS), true);
    assert.equal(shouldCrashHungRenderer(T0, T0 + 60_000), true);
  });
});

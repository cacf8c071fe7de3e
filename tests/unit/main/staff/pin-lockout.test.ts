import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  checkLock,
  FIRST_LOCKOUT_MS,
  INITIAL_LOCKOUT_STATE,
  lockoutDuration,
  MAX_LOCKOUT_MS,
  MAX_TRIES,
  recordAttempt,
  type AttemptResult,
  type LockoutState,
} from '../../../../main/staff/pin-lockout';

const T0 = 1_700_000_000_000;

/** n wrong PINs in a row at one instant. */
function wrong(state: LockoutState, n: number, now: number): AttemptResult {
  let result: AttemptResult = { state, outcome: 'rejected', triesLeft: MAX_TRIES, retryAfterMs: 0 };
  for (let i = 0; i < n; i += 1) result = recordAttempt(result.state, false, now);
  return result;
}

test('the agreed constants', () => {
  assert.equal(MAX_TRIES, 5);
  assert.equal(FIRST_LOCKOUT_MS, 60_000);
  assert.equal(MAX_LOCKOUT_MS, 24 * 60 * 60_000);
});

test('a fresh pad is not locked', () => assert.deepEqual(checkLock(INITIAL_LOCKOUT_STATE, T0), { locked: false, retryAfterMs: 0 }));

describe('wrong PINs', () => {
  test('the first four are rejected with the tries left counting down', () => {
    let state = INITIAL_LOCKOUT_STATE;
    for (const expected of [4, 3, 2, 1]) {
      const result = recordAttempt(state, false, T0);
      assert.equal(result.outcome, 'rejected');
      assert.equal(result.triesLeft, expected);
      assert.equal(result.retryAfterMs, 0);
      state = result.state;
    }
    assert.equal(checkLock(state, T0).locked, false);
  });

  test('the fifth wrong PIN in a row locks the pad for 60 s', () => {
    const result = wrong(INITIAL_LOCKOUT_STATE, 5, T0);
    assert.equal(result.outcome, 'locked');
    assert.equal(result.triesLeft, 0);
    assert.equal(result.retryAfterMs, 60_000);
    assert.deepEqual(checkLock(result.state, T0 + 59_999), { locked: true, retryAfterMs: 1 });
    assert.deepEqual(checkLock(result.state, T0 + 60_000), { locked: false, retryAfterMs: 0 });
  });

  test('a correct PIN in between resets the count', () => {
    const four = wrong(INITIAL_LOCKOUT_STATE, 4, T0);
    const ok = recordAttempt(four.state, true, T0);
    assert.equal(ok.outcome, 'accepted');
    assert.deepEqual(ok.state, INITIAL_LOCKOUT_STATE);
    assert.equal(wrong(ok.state, 4, T0).outcome, 'rejected');
  });
});

describe('while locked', () => {
  const locked = wrong(INITIAL_LOCKOUT_STATE, 5, T0).state;

  test('even the correct PIN is refused', () => {
    const result = recordAttempt(locked, true, T0 + 30_000);
    assert.equal(result.outcome, 'locked');
    assert.equal(result.retryAfterMs, 30_000);
  });

  test('attempts do not count and do not extend the lock', () => {
    const result = recordAttempt(locked, false, T0 + 30_000);
    assert.equal(result.state, locked);
    assert.equal(result.retryAfterMs, 30_000);
  });
});

describe('repeated lockouts', () => {
  test('after a lockout the count starts again at 0 and the next lockout doubles: 60, 120, 240 s', () => {
    let state = INITIAL_LOCKOUT_STATE;
    let now = T0;
    for (const expected of [60_000, 120_000, 240_000, 480_000]) {
      const four = wrong(state, 4, now);
      assert.equal(four.outcome, 'rejected', 'four wrong tries after a lockout are not yet a lockout');
      const result = recordAttempt(four.state, false, now);
      assert.equal(result.outcome, 'locked');
      assert.equal(result.retryAfterMs, expected);
      state = result.state;
      now += expected;
    }
  });

  test('the lockout is capped at 24 h', () => {
    assert.equal(lockoutDuration(1), 60_000);
    assert.equal(lockoutDuration(11), 60_000 * 1024);
    assert.equal(lockoutDuration(12), MAX_LOCKOUT_MS);
    assert.equal(lockoutDuration(10_000), MAX_LOCKOUT_MS);
    let state = INITIAL_LOCKOUT_STATE;
    let now = T0;
    let last = 0;
    for (let i = 0; i < 40; i += 1) {
      const result = wrong(state, 5, now);
      last = result.retryAfterMs;
      state = result.state;
      now += last;
    }
    assert.equal(last, MAX_LOCKOUT_MS);
  });

  test('a correct PIN after a lockout ends resets the level to the first 60 s', () => {
    const first = wrong(INITIAL_LOCKOUT_STATE, 5, T0);
    const second = wrong(first.state, 5, T0 + 60_000);
    assert.equal(second.retryAfterMs, 120_000);
    const ok = recordAttempt(second.state, true, T0 + 180_000);
    assert.equal(ok.outcome, 'accepted');
    assert.equal(wrong(ok.state, 5, T0 + 180_000).retryAfterMs, 60_000);
  });
});

describe('properties', () => {
  // An attempt: was the PIN right, and how long after the previous one was it made.
  // Gaps are mostly short so lockouts are hit, sometimes long so they also run out.
  const gapMs = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5 * 60_000 }), fc.integer({ min: 0, max: 2 * MAX_LOCKOUT_MS }));
  const attempt = fc.record({ correct: fc.boolean(), gapMs });
  const attempts = fc.array(attempt, { maxLength: 200 });

  /** Plays the attempts through the policy, showing each step (state before, time, result) to `check`. */
  function replay(sequence: { correct: boolean; gapMs: number }[], check: (before: LockoutState, now: number, correct: boolean, result: AttemptResult) => void): void {
    let state = INITIAL_LOCKOUT_STATE;
    let now = T0;
    for (const { correct, gapMs } of sequence) {
      now += gapMs;
      const result = recordAttempt(state, correct, now);
      check(state, now, correct, result);
      state = result.state;
    }
  }

  test('no sequence of attempts ever accepts a wrong PIN', () => {
    fc.assert(
      fc.property(attempts, (sequence) =>
        replay(sequence, (_before, _now, correct, result) => {
          if (!correct) assert.notEqual(result.outcome, 'accepted');
        }),
      ),
    );
  });

  test('while locked nothing is accepted and nothing changes', () => {
    fc.assert(
      fc.property(attempts, (sequence) =>
        replay(sequence, (before, now, _correct, result) => {
          if (checkLock(before, now).locked) {
            assert.equal(result.outcome, 'locked');
            assert.equal(result.state, before);
          }
        }),
      ),
    );
  });

  test('never more than 5 wrong PINs are judged per lockout, and locks stay within 60 s … 24 h', () => {
    fc.assert(
      fc.property(attempts, (sequence) => {
        let judgedWrongInARow = 0;
        replay(sequence, (before, now, correct, result) => {
          if (result.outcome === 'accepted') judgedWrongInARow = 0;
          if (!correct && !checkLock(before, now).locked) judgedWrongInARow += 1;
          if (result.outcome === 'locked' && result.state !== before) {
            assert.equal(judgedWrongInARow, MAX_TRIES);
            judgedWrongInARow = 0;
          }
          assert.ok(judgedWrongInARow < MAX_TRIES);
          assert.ok(result.retryAfterMs === 0 || (result.retryAfterMs > 0 && result.retryAfterMs <= MAX_LOCKOUT_MS));
          assert.ok(result.triesLeft >= 0 && result.triesLeft <= MAX_TRIES);
        });
      }),
    );
  });
});

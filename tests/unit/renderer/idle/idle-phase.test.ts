import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { idlePhase } from '../../../../renderer/idle/idle-phase';

const times = { idleMs: 90_000, countdownMs: 20_000 };

test('active until the idle time has passed', () => {
  assert.deepStrictEqual(idlePhase(0, 0, times), { phase: 'active' });
  assert.deepStrictEqual(idlePhase(0, 89_999, times), { phase: 'active' });
});

test('then the prompt counts down whole seconds, starting at the countdown length', () => {
  assert.deepStrictEqual(idlePhase(0, 90_000, times), { phase: 'prompt', secondsLeft: 20 });
  assert.deepStrictEqual(idlePhase(0, 90_001, times), { phase: 'prompt', secondsLeft: 20 });
  assert.deepStrictEqual(idlePhase(0, 109_000, times), { phase: 'prompt', secondsLeft: 1 });
});

test('expired once the countdown reaches zero', () => {
  assert.deepStrictEqual(idlePhase(0, 110_000, times), { phase: 'expired' });
  assert.deepStrictEqual(idlePhase(0, 10_000_000, times), { phase: 'expired' });
});

test('a clock that steps backwards counts as activity, never as an early reset', () => {
  assert.deepStrictEqual(idlePhase(50_000, 10_000, times), { phase: 'active' });
});

test('the seconds left never grow as time passes, and stay within the countdown', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: 0, max: 5_000 }), (now, step) => {
      const before = idlePhase(0, now, times);
      const after = idlePhase(0, now + step, times);
      const left = (phase: typeof before) => (phase.phase === 'active' ? Infinity : phase.phase === 'prompt' ? phase.secondsLeft : 0);
      assert.ok(left(after) <= left(before));
      if (before.phase === 'prompt') assert.ok(before.secondsLeft >= 1 && before.secondsLeft <= 20);
    }),
  );
});

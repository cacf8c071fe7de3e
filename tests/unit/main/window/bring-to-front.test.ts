import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bringToFront, type FocusableWindow } from '../../../../main/window/bring-to-front';

function fakeWindow(minimized: boolean, destroyed = false) {
  const calls: string[] = [];
  const window: FocusableWindow = {
    isDestroyed: () => destroyed,
    isMinimized: () => minimized,
    restore: () => void calls.push('restore'),
    show: () => void calls.push('show'),
    focus: () => void calls.push('focus'),
  };
  return { window, calls };
}

test('a minimised kiosk window is restored, shown and focused', () => {
  const { window, calls } = fakeWindow(true);
  bringToFront(window);
  assert.deepStrictEqual(calls, ['restore', 'show', 'focus']);
});

test('a visible kiosk window is shown and focused', () => {
  const { window, calls } = fakeWindow(false);
  bringToFront(window);
  assert.deepStrictEqual(calls, ['show', 'focus']);
});

test('before the window exists, nothing happens', () => {
  assert.doesNotThrow(() => bringToFront(null));
});

test('a window already destroyed (the kiosk is quitting) is left alone', () => {
  const { window, calls } = fakeWindow(true, true);
  bringToFront(window);
  assert.deepStrictEqual(calls, []);
});

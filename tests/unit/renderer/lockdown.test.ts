import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPageZoomOrReloadKey } from '../../../renderer/lockdown/page-lockdown';

const key = (key: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; code: string }> = {}) => ({
  key,
  code: modifiers.code ?? '',
  ctrlKey: modifiers.ctrlKey ?? false,
  metaKey: modifiers.metaKey ?? false,
  altKey: modifiers.altKey ?? false,
});

test('zoom and reload keys are blocked on the page', () => {
  for (const blocked of [key('+', { ctrlKey: true }), key('=', { ctrlKey: true }), key('-', { metaKey: true }), key('0', { ctrlKey: true }), key('r', { ctrlKey: true }), key('F5'), key('+', { ctrlKey: true, code: 'NumpadAdd' })]) {
    assert.equal(isPageZoomOrReloadKey(blocked), true, JSON.stringify(blocked));
  }
});

test('typing, digits and the staff shortcut Ctrl+Alt+S pass', () => {
  for (const allowed of [key('r'), key('0'), key('s', { ctrlKey: true, altKey: true }), key('Enter'), key('Escape'), key('+')]) {
    assert.equal(isPageZoomOrReloadKey(allowed), false, JSON.stringify(allowed));
  }
});

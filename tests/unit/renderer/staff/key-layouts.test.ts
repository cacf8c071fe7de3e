import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { capitalNext, startingLayout, deleteCharacter, DIGIT_ROW, keysOf, LETTER_LAYOUTS, MARK_ROW, PHONE_ROWS, tidyTyped, typeCharacter } from '../../../../renderer/components/text-keyboard/key-layouts';
import { CLINIC_TEXT_LIMITS } from '../../../../main/ipc/contract';
import { clinicText } from '../../../../main/settings/settings-schema';

describe('the on-screen keyboard', () => {
  test('no row is longer than 12 keys (each keeps its touch size on a 768 px screen), and no key is written twice in a layout', () => {
    for (const [layout, rows] of Object.entries(LETTER_LAYOUTS)) {
      const keys = rows.flatMap(keysOf);
      assert.equal(new Set(keys).size, keys.length, layout);
      for (const row of [...rows, DIGIT_ROW, MARK_ROW, ...PHONE_ROWS]) assert.ok(keysOf(row).length <= 12, `${layout}: ${row}`);
    }
  });

  test('every key types text the clinic line accepts', () => {
    const everyKey = [...Object.values(LETTER_LAYOUTS).flat(), DIGIT_ROW, MARK_ROW, ...PHONE_ROWS].join('');
    assert.ok(clinicText(CLINIC_TEXT_LIMITS.name).safeParse(everyKey.slice(0, CLINIC_TEXT_LIMITS.name)).success);
    for (const key of keysOf(everyKey)) assert.equal(key.toLocaleUpperCase().length, 1, `"${key}" has a one-character capital`);
  });

  test('typing stops at the limit, counted in characters', () => {
    assert.equal(typeCharacter('abc', 'd', 4), 'abcd');
    assert.equal(typeCharacter('abcd', 'e', 4), 'abcd');
    assert.equal(typeCharacter('ضصث', 'ق', 4), 'ضصثق');
  });

  test('Delete takes the last character away, and does nothing to empty text', () => {
    assert.equal(deleteCharacter('Hill'), 'Hil');
    assert.equal(deleteCharacter('عيادة'), 'عياد');
    assert.equal(deleteCharacter(''), '');
  });

  test('a word starts with a capital unless Shift says otherwise; Shift inside a word gives one capital', () => {
    assert.equal(capitalNext('', false), true);
    assert.equal(capitalNext('Hill ', false), true);
    assert.equal(capitalNext('Hill', false), false);
    assert.equal(capitalNext('Hill ', true), false);
    assert.equal(capitalNext('Mc', true), true);
  });

  test('what is saved has no spaces at the ends and never two together', () => {
    assert.equal(tidyTyped('  Hill   Clinic '), 'Hill Clinic');
    assert.equal(tidyTyped('   '), '');
  });

  test('it opens on the letters of what is typed, else on the staff language\'s own letters', () => {
    assert.equal(startingLayout('عيادة الشفاء', 'en'), 'arabic');
    assert.equal(startingLayout('Hill Clinic', 'ar'), 'latin');
    assert.equal(startingLayout('', 'ar'), 'arabic');
    assert.equal(startingLayout('', 'vi'), 'latin');
  });
});

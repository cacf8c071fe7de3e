import assert from 'node:assert/strict';
import { test } from 'node:test';
import { numberFormatter } from '../../../../renderer/i18n/number-format';
import { withNumberingSystems } from '../../../../scripts/content/compile-content';
import type { LanguageRegistry } from '../../../../scripts/content/schema';

const registry: LanguageRegistry = {
  sourceLanguage: 'en',
  languages: ['en', 'es', 'fr', 'ar', 'zh-Hans', 'vi', 'fa', 'bn'].map((code) => ({ code, nativeName: code, englishName: code, dir: 'ltr', font: 'x' })),
};
const compiled = withNumberingSystems(registry);
const numberingSystem = (code: string) => compiled.languages.find((entry) => entry.code === code)?.numberingSystem;

test('the build records each language\'s default digits', () => {
  assert.equal(numberingSystem('en'), 'latn');
  assert.equal(numberingSystem('fa'), 'arabext');
  assert.equal(numberingSystem('bn'), 'beng');
});

test('for every language, every number is written exactly as Intl writes it', () => {
  const values = [0, 1, 7, 20, 99, 999, 1000, 1234, 1234567, -3, 2.5, 0.25];
  for (const { code } of registry.languages) {
    const format = numberFormatter(code, numberingSystem(code));
    for (const value of values) assert.equal(format(value), new Intl.NumberFormat(code).format(value), `${code} ${value}`);
  }
});

test('small whole numbers in a 0-9 language skip Intl; the rest, and any digit-changing option, use it', (t) => {
  const created: unknown[] = [];
  const RealNumberFormat = Intl.NumberFormat;
  t.mock.method(Intl, 'NumberFormat', function (this: unknown, ...args: ConstructorParameters<typeof Intl.NumberFormat>) {
    created.push(args);
    return new RealNumberFormat(...args);
  });
  const plain = numberFormatter('en', 'latn', { count: 20, lng: 'en' });
  assert.equal(plain(20), '20');
  assert.equal(plain(999), '999');
  assert.equal(created.length, 0, 'no Intl.NumberFormat for counts below 1000');
  assert.equal(plain(1000), '1,000');
  assert.equal(created.length, 1);
  assert.equal(numberFormatter('en', 'latn', { minimumIntegerDigits: 2 })(5), '05');
  assert.equal(numberFormatter('fa', 'arabext')(20), new RealNumberFormat('fa').format(20));
  assert.equal(numberFormatter('en', undefined)(20), '20', 'unknown digits: Intl decides');
  assert.equal(created.length, 4);
});

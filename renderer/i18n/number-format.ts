/**
 * i18next's "number" format (`{{count, number}}` in the locale files), made cheap for the first
 * screen. Creating the first Intl.NumberFormat in a page loads ICU's number data: 20-75 ms of
 * main thread during a cold start on our 2-core test machine, right on the path to the home
 * screen, which shows each topic's page count.
 *
 * A whole number from 0 to 999 in a language that writes the digits 0-9 (ICU's "latn"
 * numbering system; the build records each language's in languages.json) looks exactly as
 * String() writes it: no grouping separator below 1000 and no sign. Those skip Intl; every
 * other number, language or formatting option goes through Intl.NumberFormat as before.
 */

/** Intl options that change how a whole number is written; any of them means Intl formats it. */
const OPTIONS_THAT_CHANGE_DIGITS = [
  'style',
  'currency',
  'unit',
  'notation',
  'signDisplay',
  'numberingSystem',
  'minimumIntegerDigits',
  'minimumFractionDigits',
  'minimumSignificantDigits',
  'maximumSignificantDigits',
  'roundingIncrement',
  'trailingZeroDisplay',
] as const;

export function numberFormatter(language: string, numberingSystem: string | undefined, options: Record<string, unknown> = {}): (value: unknown) => string {
  const plainDigits = numberingSystem === 'latn' && OPTIONS_THAT_CHANGE_DIGITS.every((name) => options[name] === undefined);
  let intl: Intl.NumberFormat | null = null;
  return (value) => {
    if (plainDigits && typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
    // Intl ignores the fields i18next adds to the options (count, lng, ns...), as it always has.
    intl ??= new Intl.NumberFormat(language, options);
    return intl.format(value as number);
  };
}


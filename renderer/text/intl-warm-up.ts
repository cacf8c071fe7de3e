/**
 * The first Intl formatter a page creates loads ICU's formatting data: 20-75 ms of main thread
 * during a cold start on our 2-core test machine. The first screen does without Intl (see
 * renderer/i18n/number-format.ts); this loads the data once that screen is painted and the page
 * is idle, so the first large number or date (the Sources page's review date) does not pay for
 * it during a patient's tap.
 */
export function warmUpIntl(language: string): void {
  new Intl.NumberFormat(language).format(1000);
  new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(0);
}

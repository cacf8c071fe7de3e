/**
 * The first Intl.NumberFormat a page creates loads the number-formatting data: 12-22 ms of main
 * thread on our build machines, and the home screen's page counts ("20 pages") need it. The
 * renderer's entry calls this while the app shell's script and the start-up data are still
 * arriving, so that cost overlaps the wait instead of delaying the first screen. Plural rules
 * come from the same data.
 */
export function warmUpNumberFormatting(): void {
  new Intl.NumberFormat().format(0);
  new Intl.PluralRules().select(0);
}

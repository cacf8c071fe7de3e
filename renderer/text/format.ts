/** Formats a YYYY-MM-DD date for the given language, e.g. "November 23, 2026" or "23 de noviembre de 2026". */
export function formatIsoDate(isoDate: string, language: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  // UTC on both sides, so the date never shifts a day with the kiosk's time zone.
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A YYYY-MM-DD date as a short day for tables and charts, e.g. "Nov 23" or "23 nov". */
export function formatShortIsoDate(isoDate: string, language: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  return new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/**
 * A name (a drive, a file, a pack) set inside a sentence, isolated (FSI ... PDI) so "KINGSTON (E:)"
 * keeps its own order inside right-to-left text.
 */
export function isolateText(text: string): string {
  return `\u2068${text}\u2069`;
}

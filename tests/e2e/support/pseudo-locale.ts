/**
 * A pseudo-translation of English ("Ĥéļļö"): every letter accented, so it is plainly not English
 * yet still readable. Placeholders ({{count, number}}) and glossary ids ([[term|...]]) are kept,
 * because the content check requires them unchanged.
 */
const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [letter, [...'àƀçđéƒĝĥîĵķļɱñöƥʠŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖƤɊŔŠŢÛṼŴẊÝŽ'][index]!]),
);

export function pseudoText(text: string): string {
  // Split into kept tokens ({{...}}, [[id or [[id|) and prose; only prose is accented.
  return text
    .split(/(\{\{[^}]*\}\}|\[\[[a-z0-9-]+\|?|\]\])/)
    .map((part, index) => (index % 2 === 1 ? part : [...part].map((char) => ACCENTED[char] ?? char).join('')))
    .join('');
}

/** The same nested text object with every string pseudo-translated. */
export function pseudoTranslate(value: unknown): unknown {
  if (typeof value === 'string') return pseudoText(value);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, pseudoTranslate(child)]));
  }
  return value;
}

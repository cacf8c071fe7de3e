/**
 * Web addresses a clinic gives for a topic, per language, so the "Take this home" sheet can show a
 * QR code a patient scans to read more at home. They come from a topic's topic.json
 * (`takeHomeLinks`, checked by `npm run content:check`) or from the IT config (`topicLinks`,
 * where a bad one is logged and ignored); the IT config's address wins for the same topic and
 * language. Only plain `https:` addresses are taken: a code on a clinic's screen must never send
 * a patient's phone to an unencrypted page, a file, or a script.
 *
 * Plain data and functions with no imports: the content scripts, the main process and the
 * renderer all use them.
 */

/** Links for one topic: language code (or ANY_LANGUAGE) → address. */
export type LanguageLinks = Record<string, string>;

/** Links per topic id, as the IT config and the renderer's settings hold them. */
export type TopicLinks = Record<string, LanguageLinks>;

/** The key for the address shown in every language that has none of its own. */
export const ANY_LANGUAGE = '*';

/**
 * Longest address a code is drawn for. A longer one makes a denser code that a phone struggles to
 * read from a screen across a table, and is too long to copy by hand from under the code.
 */
export const TOPIC_LINK_MAX_LENGTH = 300;

/** Why an address cannot be used, in words for whoever wrote it; null when it is fine. */
export function topicLinkProblem(value: unknown): string | null {
  if (typeof value !== 'string' || value === '') return 'must be a web address in quotes, such as "https://example.org/muscle-atrophy"';
  if (value.length > TOPIC_LINK_MAX_LENGTH) return `must be at most ${TOPIC_LINK_MAX_LENGTH} characters (a longer address makes a QR code too dense to scan)`;
  if (/[\s\p{Cc}]/u.test(value)) return 'must not contain spaces or line breaks';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a whole web address (it must start with https://)';
  }
  if (url.protocol !== 'https:') return `must start with https:// (a "${url.protocol}" address is not accepted)`;
  if (url.username !== '' || url.password !== '') return 'must not hold a user name or password';
  // A patient opens it at home, so it must be a public name, not a machine on the clinic's network.
  if (!url.hostname.includes('.') || url.hostname.startsWith('[') || /^[\d.]+$/.test(url.hostname)) return 'must name a public web site (such as example.org), not a single machine or an IP address';
  return null;
}

/**
 * The address for a topic in a language: the language's own, else the one for every language.
 * Callers pass the IT config's links first so the clinic's choice wins over the content's.
 */
export function linkFor(language: string, ...sources: (LanguageLinks | undefined)[]): string | null {
  for (const key of [language, ANY_LANGUAGE]) {
    for (const links of sources) {
      const address = links?.[key];
      if (address !== undefined) return address;
    }
  }
  return null;
}

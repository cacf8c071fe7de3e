/**
 * Who publishes the installers: package.json's "author" (name and email) and "homepage" are the one
 * place for it. electron-builder takes the deb's Maintainer and Vendor, the copyright line and the
 * Homepage field from them. The repository carries placeholders at reserved example domains, and
 * `npm run dist` refuses to build while any is left (scripts/packaging/check-publisher.ts), so no
 * installer reaches a clinic with a made-up address in it.
 */

export interface PublisherFields {
  author?: unknown;
  homepage?: unknown;
}

/** Domains that can never belong to a real publisher (RFC 2606 and RFC 6761). */
const PLACEHOLDER_DOMAIN = /(^|\.)(example\.(org|com|net)|example|invalid|test|localhost)$/i;

/** What is wrong with package.json's publisher fields; empty when they are ready for an installer. */
export function publisherProblems(fields: PublisherFields): string[] {
  const problems: string[] = [];
  const author = typeof fields.author === 'object' && fields.author !== null ? (fields.author as Record<string, unknown>) : null;
  const name = typeof author?.name === 'string' ? author.name.trim() : '';
  const email = typeof author?.email === 'string' ? author.email.trim() : '';
  if (author === null) {
    problems.push('"author" must be an object with the publisher\'s "name" and "email".');
  } else {
    if (name === '') problems.push('"author.name" is empty: give the clinic group or distributor that publishes the kiosk.');
    const domain = /^[^@\s]+@([^@\s]+\.[^@\s]+)$/.exec(email)?.[1];
    if (domain === undefined) problems.push(`"author.email" (${JSON.stringify(email)}) is not an email address: it becomes the deb's Maintainer.`);
    else if (PLACEHOLDER_DOMAIN.test(domain)) problems.push(`"author.email" (${email}) is a placeholder: give an address where clinic IT can reach the publisher.`);
  }
  const homepage = typeof fields.homepage === 'string' ? fields.homepage.trim() : '';
  let host: string | null = null;
  try {
    const url = new URL(homepage);
    if (url.protocol === 'https:' || url.protocol === 'http:') host = url.hostname;
  } catch {
    host = null;
  }
  if (host === null) problems.push(`"homepage" (${JSON.stringify(homepage)}) is not a web address: it becomes the deb's Homepage.`);
  else if (PLACEHOLDER_DOMAIN.test(host)) problems.push(`"homepage" (${homepage}) is a placeholder: give the publisher's page for the kiosk.`);
  return problems;
}

/** The message `npm run dist` stops with. */
export function publisherProblemsMessage(problems: string[]): string {
  return [
    'Cannot build installers: package.json does not say who publishes them yet.',
    ...problems.map((problem) => `  - ${problem}`),
    'Set "author" and "homepage" in package.json (docs/deploying.md, "Building the installers"), then run npm run dist again.',
  ].join('\n');
}

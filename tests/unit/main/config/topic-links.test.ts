import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { linkFor, TOPIC_LINK_MAX_LENGTH, topicLinkProblem } from '../../../../main/config/topic-links';

describe('which addresses a QR code may carry', () => {
  test('plain https addresses of a public site are taken, with paths, queries and non-Latin paths', () => {
    for (const address of ['https://example.org', 'https://clinic.example.org/topics/muscle-atrophy?lang=es#causes', 'https://example.org/ضمور-العضلات', `https://example.org/${'a'.repeat(TOPIC_LINK_MAX_LENGTH - 20)}`]) {
      assert.equal(topicLinkProblem(address), null, address);
    }
  });

  const refused: [string, unknown, RegExp][] = [
    ['not text', 42, /must be a web address in quotes/],
    ['empty', '', /must be a web address in quotes/],
    ['plain http', 'http://example.org/page', /must start with https:\/\/ \(a "http:" address/],
    ['a script', 'javascript:alert(1)', /must start with https:\/\//],
    ['a file', 'file:///etc/passwd', /must start with https:\/\//],
    ['data', 'data:text/html,<b>hi</b>', /must start with https:\/\//],
    ['no scheme at all', 'example.org/page', /not a whole web address/],
    ['a user name and password', 'https://staff:secret@example.org/', /user name or password/],
    ['a single machine on the clinic network', 'https://intranet/topics', /public web site/],
    ['an IP address', 'https://192.168.1.20/topics', /public web site/],
    ['an IPv6 address', 'https://[::1]/topics', /public web site/],
    ['a space', 'https://example.org/muscle atrophy', /spaces or line breaks/],
    ['a line break', 'https://example.org/\nhttps://evil.example', /spaces or line breaks/],
    ['too long to scan', `https://example.org/${'a'.repeat(TOPIC_LINK_MAX_LENGTH)}`, /at most 300 characters/],
  ];
  for (const [what, address, expected] of refused) {
    test(`refused: ${what}`, () => assert.match(topicLinkProblem(address) ?? 'accepted', expected));
  }
});

describe('the address for a language', () => {
  const it = { es: 'https://clinic.example.org/es', '*': 'https://clinic.example.org/all' };
  const content = { es: 'https://content.example.org/es', ar: 'https://content.example.org/ar', '*': 'https://content.example.org/all' };

  test("the language's own address, the IT config's before the content's", () => {
    assert.equal(linkFor('es', it, content), 'https://clinic.example.org/es');
    assert.equal(linkFor('ar', it, content), 'https://content.example.org/ar');
  });
  test('else the address for every language, the IT config first', () => {
    assert.equal(linkFor('vi', it, content), 'https://clinic.example.org/all');
    assert.equal(linkFor('vi', undefined, content), 'https://content.example.org/all');
  });
  test('none given: no address (and so no QR button)', () => {
    assert.equal(linkFor('vi', undefined, undefined), null);
    assert.equal(linkFor('vi', { es: 'https://example.org/es' }), null);
  });
});

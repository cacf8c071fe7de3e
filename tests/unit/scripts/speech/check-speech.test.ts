import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { compileContent } from '../../../../scripts/content/compile-content';
import { formatProblem } from '../../../../scripts/content/problems';
import { formatSpeechReport } from '../../../../scripts/speech/check-speech';

const fixture = path.resolve(import.meta.dirname, '../../../fixtures/content-project');

function projectWith(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'kiosk-speech-check-'));
  cpSync(fixture, root, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}
const problemsOf = (files: Record<string, string>) => compileContent(projectWith(files)).problems.map(formatProblem);

describe('speech files (content/<topic>/speech/<lng>.json)', () => {
  test('a good one passes', () => {
    assert.deepStrictEqual(problemsOf({ 'content/sample-topic/speech/en.json': JSON.stringify({ pronounce: { FES: 'F E S' }, sentences: { 'screens.intro.body': 'A widget is very small.' } }) }), []);
  });
  test('a misspelt field, an unknown text and a variant with the wrong number of sentences, each with its line', () => {
    const problems = problemsOf({
      'content/sample-topic/speech/en.json': JSON.stringify({ pronounse: {}, sentences: { 'screens.intro.bdy': 'x', 'screens.intro.body': 'One. Two.' } }, null, 2),
    });
    assert.match(problems.join('\n'), /speech\/en\.json: pronounse: is not a known field \(check its spelling\) \(line 2\)/);
    const fixed = problemsOf({ 'content/sample-topic/speech/en.json': JSON.stringify({ sentences: { 'screens.intro.bdy': 'x', 'screens.intro.body': 'One. Two.' } }, null, 2) });
    assert.match(fixed.join('\n'), /speech\/en\.json: sentences\.screens\.intro\.bdy: is not a text that read-aloud speaks .* \(line 3\)/);
    assert.match(fixed.join('\n'), /speech\/en\.json: sentences\.screens\.intro\.body: has 2 sentence\(s\) but the text on screen has 1; it must have the same number \(line 4\)/);
  });
  test('a file for a language the topic does not have', () => {
    assert.match(problemsOf({ 'content/sample-topic/speech/de.json': '{}' }).join('\n'), /speech\/de\.json: \(file\): is not <language>\.json for a language of this topic \(en, es\)/);
  });
});

describe('recordings (content/<topic>/recordings/<lng>/<page>.mp3 and .json)', () => {
  test('a recording named after no page, a hash file without its recording, and a bad hash', () => {
    const problems = problemsOf({
      'content/sample-topic/recordings/es/intro.mp3': 'not checked here',
      'content/sample-topic/recordings/es/intro.json': JSON.stringify({ textHash: 'abc' }),
      'content/sample-topic/recordings/es/intor.mp3': '',
      'content/sample-topic/recordings/es/causes.json': JSON.stringify({ textHash: '0123456789abcdef' }),
      'content/sample-topic/recordings/xx/intro.mp3': '',
    }).join('\n');
    assert.match(problems, /recordings\/es\/intro\.json: textHash: must be the 16-character hash the content check prints for this page/);
    assert.match(problems, /recordings\/es\/intor\.mp3: \(file\): is not <page>\.mp3 or <page>\.json for a page of this topic \(intro, causes, sources\)/);
    assert.match(problems, /recordings\/es\/causes\.json: \(file\): has no recording beside it \(causes\.mp3\)/);
    assert.match(problems, /recordings\/xx: \(folder\): is not a language of this topic/);
  });
  test('the report says whose voice reads each page, and how to bring a stale recording up to date', () => {
    const result = compileContent(projectWith({ 'content/sample-topic/recordings/es/intro.mp3': 'audio', 'content/sample-topic/recordings/es/intro.json': JSON.stringify({ textHash: '0123456789abcdef' }) }));
    assert.deepStrictEqual(result.problems, []);
    const report = formatSpeechReport(result.speech).join('\n');
    // The fixture's languages have no computer voice, so unrecorded pages are silent.
    assert.match(report, /Read-aloud sample-topic es: 0 of 3 page\(s\) recorded by a person, 0 in the computer voice, 3 silent/);
    assert.match(report, /stale: recordings\/es\/intro\.mp3 reads an older text; .* \(then set "textHash": "[0-9a-f]{16}"\)/);
  });
});

describe("a language's speech file for interface texts (locales/<lng>/speech.json)", () => {
  test('it may shape the interface texts read aloud, and is not taken for a namespace of ui texts', () => {
    assert.deepStrictEqual(problemsOf({ 'locales/es/speech.json': JSON.stringify({ pronounce: { FES: 'efe e ese' } }) }), []);
  });
  test('a topic text or an unknown key in it is refused, with its line', () => {
    const problems = problemsOf({ 'locales/es/speech.json': JSON.stringify({ sentences: { 'screens.intro.body': 'x', 'ui:nothing.here': 'y' } }, null, 2) }).join('\n');
    assert.match(problems, /locales\/es\/speech\.json: sentences\.screens\.intro\.body: is not an interface text that read-aloud speaks .* \(line 3\)/);
    assert.match(problems, /locales\/es\/speech\.json: sentences\.ui:nothing\.here: is not an interface text/);
  });
});


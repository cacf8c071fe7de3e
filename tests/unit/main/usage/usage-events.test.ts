import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createUsageRecorder } from '../../../../main/usage/usage-events';
import { createUsageStore } from '../../../../main/usage/usage-store';

function recorder() {
  const store = createUsageStore({ filePath: null, warn: assert.fail, now: () => new Date(2026, 10, 30, 12) });
  const refusals: string[] = [];
  return { store, refusals, recorder: createUsageRecorder(store, (kind) => refusals.push(kind)) };
}

describe('what a page may report', () => {
  test('each event on the list is counted', () => {
    const { store, refusals, recorder: usage } = recorder();
    for (const event of [
      { event: 'session-started' },
      { event: 'topic-opened', topicId: 'muscle-atrophy' },
      { event: 'page-reached', topicId: 'muscle-atrophy', page: 21, pageCount: 22 },
      { event: 'chapter-opened', topicId: 'muscle-atrophy', chapterId: 'signs' },
      { event: 'language-chosen', language: 'zh-Hans' },
      { event: 'glossary-opened', topicId: 'muscle-atrophy', term: 'atrophy' },
      { event: 'diagram-enlarged' },
      { event: 'read-aloud-played' },
      { event: 'qr-code-shown' },
      { event: 'text-size-changed', size: 'largest' },
      { event: 'contrast-changed', theme: 'high-contrast' },
      { event: 'session-ended', language: 'zh-Hans' },
    ]) usage.record(event);
    assert.deepEqual(refusals, []);
    const day = store.counts().days['2026-11-30']!;
    assert.equal(day.sessions, 1);
    assert.equal(day.topics['muscle-atrophy']!.reachedEnd, 1);
    assert.deepEqual([day.diagramsEnlarged, day.readAloudPlays, day.qrCodesShown, day.idleResets], [1, 1, 1, 1]);
  });

  test('anything else is refused and logged once per kind, without its values', () => {
    const { store, refusals, recorder: usage } = recorder();
    const refused: unknown[] = [
      { event: 'handout-printed' }, // only the main process counts printing
      { event: 'typed-text', text: 'my name is' },
      { event: 'typed-text', text: 'again' },
      { event: 'topic-opened', topicId: '../../etc/passwd' },
      { event: 'topic-opened', topicId: 'muscle-atrophy', patient: 'x' },
      { event: 'page-reached', topicId: 'muscle-atrophy', page: 22, pageCount: 22 },
      { event: 'text-size-changed', size: 'enormous' },
      'session-started',
      null,
    ];
    for (const event of refused) usage.record(event);
    assert.deepEqual(refusals, ['handout-printed', 'typed-text', 'topic-opened', 'page-reached', 'text-size-changed', 'not an event']);
    assert.deepEqual(store.counts().days, {});
  });
});

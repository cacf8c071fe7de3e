import assert from 'node:assert/strict';
import { test } from 'node:test';

test("a later script's read-aloud player is the app's, and it says so when the app shared none", async () => {
  globalThis.kioskReadAloud = undefined;
  // A module instance of its own (the query), loaded before the app shared a player.
  const loadedTooEarly = '../../../../renderer/speech/read-aloud-from-app.ts?before-the-app';
  await assert.rejects(import(loadedTooEarly), /has not shared its read-aloud player/);
  const appPlayer = { stop: () => undefined } as unknown as NonNullable<typeof globalThis.kioskReadAloud>;
  globalThis.kioskReadAloud = appPlayer;
  try {
    const standIn = await import('../../../../renderer/speech/read-aloud-from-app');
    assert.equal(standIn.readAloud, appPlayer);
    // The player-free helpers come along, unchanged.
    assert.equal(standIn.topicPageAudio('muscle-atrophy', 'es', 'signs'), 'audio/muscle-atrophy/es/signs');
  } finally {
    globalThis.kioskReadAloud = undefined;
  }
});

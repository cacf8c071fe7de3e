/**
 * Stands in for read-aloud.ts inside a script loaded later (scripts/build.ts swaps it in; the
 * topic screens use it): the app's one player (globalThis.kioskReadAloud), so
 * only one page ever speaks and the idle reset silences every page. A second player in the
 * later script would play over the first and miss the app's stop() calls.
 */
export * from './spoken-page';

function appPlayer(): NonNullable<typeof globalThis.kioskReadAloud> {
  const shared = globalThis.kioskReadAloud;
  if (shared === undefined) throw new Error('The app has not shared its read-aloud player (globalThis.kioskReadAloud).');
  return shared;
}

export const readAloud = appPlayer();

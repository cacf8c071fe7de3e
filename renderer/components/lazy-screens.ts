/**
 * Screens a patient does not see at start are imported with import(), so their modules run
 * (define their elements, build their styles) only when asked for, not before the first screen.
 * They are in the one script file (scripts/build.ts), so nothing is downloaded then. Each loader
 * imports its module once; the app asks for them right after the first screen is painted, so
 * they are ready before anyone can tap, and awaits them again before showing one (a no-op once
 * loaded). A module that fails to load is tried again the next time.
 */
function loadOnce(load: () => Promise<unknown>): () => Promise<void> {
  let pending: Promise<void> | null = null;
  return () => {
    pending ??= load().then(
      () => undefined,
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };
}

/** A topic's pages: the topic screen and everything it shows (diagrams, glossary, sources). */
export const loadTopicScreen = loadOnce(() => import('./topic-screen/topic-screen'));

/**
 * Staff mode's PIN pad, settings panel and Usage page: a script file of their own
 * (staff-screens.ts), fetched only when staff hold the corner, never in the background. Its
 * address is built at run time so the bundler leaves the import alone.
 */
export const loadStaffScreens = loadOnce(() => import(new URL('staff-screens.js', document.baseURI).href));

/**
 * The "Take this home" sheet (printing and the QR code): a script file of its own, so the home
 * screen's script is smaller, fetched in the background once the first screen is painted so a
 * tap finds it ready. It uses the app's texts and usage queue (scripts/build.ts).
 */
export const loadTakeHomeSheet = loadOnce(() => import(new URL('take-home-sheet.js', document.baseURI).href));

/** Loads every later screen a patient may see in the background; failures are logged and retried on use. */
export function preloadLaterScreens(): void {
  for (const load of [loadTopicScreen, loadTakeHomeSheet]) {
    load().catch((error: unknown) => console.warn('[kiosk] could not preload a screen:', error));
  }
}

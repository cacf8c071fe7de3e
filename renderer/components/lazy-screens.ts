import type * as TopicScreens from './topic-screens';

/**
 * Screens a patient does not see at start are scripts of their own, imported with import() only
 * when asked for, so the first screen's script is smaller and nothing of theirs runs before the
 * first screen (scripts/build.ts). Each loader imports its script once; the app asks for the
 * patient's screens right after the first screen is painted, so they are ready before anyone can
 * tap, and awaits them again before showing one (a no-op once loaded). A script that fails to
 * load is asked for again the next time.
 */
function loadOnce<Module = unknown>(load: (attempt: number) => Promise<Module>): () => Promise<Module> {
  let pending: Promise<Module> | null = null;
  let attempt = 0;
  return () => {
    pending ??= load((attempt += 1)).catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}

/**
 * A script's address for import(). A browser keeps a module whose first load failed in its module
 * map and answers a second import() of the same address with the same failure, so each new
 * attempt asks for its own address (the app's protocol and the preview server ignore the query).
 */
function scriptUrl(file: string, attempt: number): string {
  const url = new URL(file, document.baseURI);
  if (attempt > 1) url.searchParams.set('attempt', String(attempt));
  return url.href;
}

type TopicScreensModule = typeof TopicScreens;

/**
 * A topic's pages: the topic screen and everything it shows (diagrams, glossary, sources). A
 * script file of its own (topic-screens.ts), fetched in the background once the first screen is
 * painted, so a tap on a topic finds it ready. It uses the app's texts, usage queue, read-aloud
 * player and Listen button (scripts/build.ts).
 */
const loadTopicScreensModule = loadOnce((attempt) => import(scriptUrl('topic-screens.js', attempt)) as Promise<TopicScreensModule>);

export async function loadTopicScreen(): Promise<void> {
  await loadTopicScreensModule();
}

/**
 * Prepares the topics' diagram drawings in idle time (diagrams/warm-drawings.ts), once the topic
 * screens' script, which holds the drawings, has loaded.
 */
export function warmTopicDiagrams(topics: Parameters<TopicScreensModule['warmDiagramDrawings']>[0]): void {
  loadTopicScreensModule().then(
    (module) => module.warmDiagramDrawings(topics),
    (error: unknown) => console.warn('[kiosk] could not load the topic screens to prepare their diagrams:', error),
  );
}

/**
 * Staff mode's PIN pad, settings panel and Usage page: a script file of their own
 * (staff-screens.ts), fetched only when staff hold the corner, never in the background. Its
 * address is built at run time so the bundler leaves the import alone.
 */
export const loadStaffScreens = loadOnce((attempt) => import(scriptUrl('staff-screens.js', attempt)));

/**
 * The "Take this home" sheet (printing and the QR code): a script file of its own, so the home
 * screen's script is smaller, fetched in the background once the first screen is painted so a
 * tap finds it ready. It uses the app's texts and usage queue (scripts/build.ts).
 */
export const loadTakeHomeSheet = loadOnce((attempt) => import(scriptUrl('take-home-sheet.js', attempt)));

/** Loads every later screen a patient may see in the background; failures are logged and retried on use. */
export function preloadLaterScreens(): void {
  for (const load of [loadTopicScreen, loadTakeHomeSheet]) {
    load().catch((error: unknown) => console.warn('[kiosk] could not preload a screen:', error));
  }
}

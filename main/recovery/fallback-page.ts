/**
 * The page shown while the kiosk page is being given a rest after repeated failures (see
 * recovery-policy.ts): renderer/recovering.html, served from the app's own origin like index.html.
 * It has no script and no external resource, so it cannot itself be what keeps failing, and it
 * tells patients in the clinic's main languages that the screen will be back.
 */
export const FALLBACK_PAGE_PATH = '/recovering.html';

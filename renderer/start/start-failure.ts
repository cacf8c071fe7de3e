/**
 * What the screen says when the kiosk cannot start (a file missing or unreadable). Plain
 * English on purpose: the translations may be what failed. Shown by the entry when the shell's
 * script cannot load, and by the shell when its start-up data or texts cannot.
 */
export const START_FAILURE_MESSAGE = 'This information could not be loaded. Please ask a member of staff for help.';

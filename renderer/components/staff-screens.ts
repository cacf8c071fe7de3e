/**
 * The staff screens, built as a script of their own (staff-screens.js; scripts/build.ts) and
 * loaded only when staff hold the corner (lazy-screens.ts): the PIN pad, the settings panel with
 * its on-screen keyboard, and the Usage page. Patients never download or parse them.
 */
import './pin-pad/pin-pad';
import './staff-panel/staff-panel';

/**
 * The topic screens, built as a script of their own (topic-screens.js; scripts/build.ts) and
 * fetched once the first screen is painted (lazy-screens.ts), long before a patient can tap a
 * topic: the topic screen and everything it shows (pages, diagrams, glossary, sources). Kept out
 * of app.js so the first screen's script is smaller to fetch and compile (bench/README.md).
 */
import './topic-screen/topic-screen';

// The app asks for the drawings to be prepared in idle time (lazy-screens.ts): the drawing
// cache lives in this script, beside the figures that use it.
export { warmDiagramDrawings } from '../diagrams/warm-drawings';

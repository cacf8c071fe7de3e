import type { CompiledTopic } from '../content/content-store';
import { onLanguageChanged } from '../i18n/i18n';
import { currentDrawingLanguage, drawingKey, drawingPreparer } from './diagram-drawing';
import { loadDiagramFile } from './diagram-source';
import { prepareDrawingAhead } from './prepared-drawings';
import { runWhenIdleAfterNextFrame } from '../start/idle-after-frame';

/** Below this much idle time left in a frame, the next drawing waits for another idle period. */
const ROOM_FOR_ONE_DRAWING_MS = 10;

/** Each drawing is made within this long even on a kiosk that is never idle. */
const WARM_WITHIN_MS = 5000;

let topicsToWarm: CompiledTopic[] = [];
let warmingFor = '';
let listening = false;

/**
 * Prepares every topic's diagrams in the current language while the kiosk is idle, so the first
 * page turn onto a diagram does not parse and label its drawing inside the patient's tap (~15 ms
 * on a slow kiosk CPU, bench/README.md). Runs again after each language switch, once the switch
 * is on screen. One drawing per idle period at most, so a tap waits for at most one.
 */
export function warmDiagramDrawings(topics: CompiledTopic[]): void {
  topicsToWarm = topics;
  if (!listening) {
    listening = true;
    onLanguageChanged(() => scheduleWarming());
  }
  scheduleWarming();
}

function scheduleWarming(): void {
  const language = currentDrawingLanguage();
  warmingFor = language.key;
  const queue = topicsToWarm.flatMap((topic) => topic.screens.flatMap((screen) => (screen.diagram ? [{ topicId: topic.id, diagram: screen.diagram }] : [])));
  // A drawing waits for an idle period with room for it, but not past WARM_WITHIN_MS from its first try.
  let firstTry = 0;
  const next = (): void => {
    const item = queue[0];
    if (!item || warmingFor !== language.key) return;
    firstTry ||= performance.now();
    loadDiagramFile(item.diagram.url).then(
      (file) =>
        runWhenIdleAfterNextFrame((deadline) => {
          // A switch meanwhile started warming for the new language.
          if (warmingFor !== language.key) return;
          const overdue = performance.now() - firstTry >= WARM_WITHIN_MS;
          if (deadline && deadline.timeRemaining() < ROOM_FOR_ONE_DRAWING_MS && !deadline.didTimeout && !overdue) {
            next();
            return;
          }
          queue.shift();
          firstTry = 0;
          try {
            prepareDrawingAhead(drawingKey(item.topicId, item.diagram), language.key, drawingPreparer(item.topicId, item.diagram, file, language));
          } catch {
            // A broken file is reported when its page shows it.
          }
          next();
        }, WARM_WITHIN_MS),
      // A file that cannot be loaded is reported when its page shows it.
      () => {
        queue.shift();
        firstTry = 0;
        next();
      },
    );
  };
  next();
}


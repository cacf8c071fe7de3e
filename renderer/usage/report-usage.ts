import type { UsageEvent } from '../../main/ipc/contract';
import { kiosk } from '../bridge/kiosk-bridge';
import { runWhenIdleAfterNextFrame } from '../start/idle-after-frame';

/**
 * Tells the main process one thing a patient did, for the clinic's daily usage counts
 * (main/usage/usage-counts.ts says what is counted, and that nothing about the patient is). Never
 * waits and never fails a screen: a count that cannot be sent is only noted in the console.
 *
 * Counts are sent when the page is idle after the tap's frame, in the order they happened, not
 * in the tap that caused them: sending one (an IPC message, or a request in the preview) costs
 * the tap's frame time on a slow kiosk PC, and nobody is waiting for it. They are sent at once
 * before the page goes away (flushUsageReports, and the pagehide event).
 */
const waiting: UsageEvent[] = [];
let scheduled = false;
/** At the latest this long after the tap, even on a page that is never idle. */
const SEND_WITHIN_MS = 1000;

export function reportUsage(event: UsageEvent): void {
  waiting.push(event);
  if (scheduled) return;
  scheduled = true;
  runWhenIdleAfterNextFrame(flushUsageReports, SEND_WITHIN_MS);
}

/** Sends every count still waiting, now. */
export function flushUsageReports(): void {
  scheduled = false;
  for (const event of waiting.splice(0)) {
    kiosk.recordUsage(event).catch((error: unknown) => console.warn('[kiosk] a usage count was not sent:', error));
  }
}

window.addEventListener('pagehide', flushUsageReports);

declare global {
  /** Set by the app before any later script loads, so those scripts queue into this one queue. */
  var kioskReportUsage: typeof reportUsage | undefined;
}

// Scripts loaded later (the topic screens, the Take this home sheet) send their counts through this queue, in order
// with the app's and flushed with them, not through a copy of their own (report-usage-from-app.ts).
globalThis.kioskReportUsage = reportUsage;

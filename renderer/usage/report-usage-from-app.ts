import type { UsageEvent } from '../../main/ipc/contract';

/**
 * Stands in for report-usage.ts inside a script loaded later (scripts/build.ts swaps it in): a
 * count goes into the app's own queue (globalThis.kioskReportUsage), so it is sent in order with
 * the app's counts and flushed with them before a reload. A copy of the queue inside the later
 * script would not be flushed then.
 */
export function reportUsage(event: UsageEvent): void {
  const appQueue = globalThis.kioskReportUsage;
  if (appQueue === undefined) {
    console.warn('[kiosk] the app has not shared its usage queue; a count was not sent:', event.event);
    return;
  }
  appQueue(event);
}

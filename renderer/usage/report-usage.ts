import type { UsageEvent } from '../../main/ipc/contract';
import { kiosk } from '../bridge/kiosk-bridge';

/**
 * Tells the main process one thing a patient did, for the clinic's daily usage counts
 * (main/usage/usage-counts.ts says what is counted, and that nothing about the patient is). Never
 * waits and never fails a screen: a count that cannot be sent is only noted in the console.
 */
export function reportUsage(event: UsageEvent): void {
  kiosk.recordUsage(event).catch((error: unknown) => console.warn('[kiosk] a usage count was not sent:', error));
}

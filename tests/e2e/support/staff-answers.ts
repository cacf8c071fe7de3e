import type { Page } from '@playwright/test';
import type { StaffStatus, UnlockResult } from '../../../main/ipc/contract';

/**
 * Answers the staff IPC calls as the main process would for a kiosk whose PIN is set and accepts
 * any PIN, so a test can look at the PIN pad and the staff panel without sharing PIN state with
 * other tests. (The real PIN rules are tested in staff.spec.ts and the unit tests.)
 */
export async function answerStaffAsUnlocked(page: Page): Promise<void> {
  let sessionOpen = false;
  await page.route('**/__kiosk/ipc/staff/status', (route) =>
    route.fulfill({ json: { pinSet: true, locked: false, retryAfterSeconds: 0, sessionOpen } satisfies StaffStatus }),
  );
  await page.route('**/__kiosk/ipc/staff/unlock', (route) => {
    sessionOpen = true;
    return route.fulfill({ json: { outcome: 'accepted', triesLeft: 5, retryAfterSeconds: 0 } satisfies UnlockResult });
  });
}

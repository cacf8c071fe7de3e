import type { Page } from '@playwright/test';
import type { AppUpdateStatus, ContentInstallResult, ContentStatusResult, PacksOnDrivesResult, DriveListResult, StaffStatus, UnlockResult, UsageDay, UsageSummaryResult } from '../../../main/ipc/contract';
import { addDays, emptyUsageDay, localDay } from '../../../main/usage/usage-counts';
import { chapterEntries, pageTotal, registry, TOPIC_ID, topicStructure } from '../content-data';

/**
 * Answers the staff IPC calls as the main process would for a kiosk whose PIN is set and accepts
 * any PIN, so a test can look at the PIN pad and the staff panel without sharing PIN state with
 * other tests. (The real PIN rules are tested in staff.spec.ts and the unit tests.) The Usage page
 * gets a busy month and two USB sticks, one of them locked, and App updates a version waiting to
 * install, and Topics and languages a pack shown and another waiting, and an older pack on a stick
 * (refused as not newer: the "install it anyway?" question), so a walk sees their fullest layout.
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
  await page.route('**/__kiosk/ipc/usage/summary', (route) => {
    const today = localDay(new Date());
    return route.fulfill({ json: { ok: true, today, days: walkUsageDays(today) } satisfies UsageSummaryResult });
  });
  await page.route('**/__kiosk/ipc/update/status', (route) =>
    route.fulfill({
      json: {
        ok: true,
        configured: true,
        phase: 'ready',
        readyVersion: '10.20.300-beta.4',
        lastCheck: { at: new Date().toISOString(), result: 'update-found' },
        quietHours: { start: '22:30', end: '05:00' },
      } satisfies AppUpdateStatus,
    }),
  );
  await page.route('**/__kiosk/ipc/content/status', (route) =>
    route.fulfill({
      json: {
        ok: true,
        shown: { name: 'northside-clinic-topics-and-translations', version: '2026.11.30', installedAt: new Date().toISOString() },
        next: { name: 'northside-clinic-topics-and-translations', version: '2026.12.31', installedAt: new Date().toISOString() },
        canRollBack: true,
        server: { lastCheck: { at: new Date().toISOString(), result: 'refused', version: '2027.12.31', problem: 'needs-newer-app' } },
      } satisfies ContentStatusResult,
    }),
  );
  // A pack on a stick that is older than the one shown: staff get the "install it anyway?" question.
  await page.route('**/__kiosk/ipc/content/packs-on-drives', (route) =>
    route.fulfill({
      json: {
        ok: true,
        packs: [{ driveId: '/media/clinic/FRONT DESK STICK 64GB', driveLabel: 'FRONT DESK STICK 64GB', fileName: 'northside-clinic-topics-and-translations-2026.10.1.kioskpack' }],
      } satisfies PacksOnDrivesResult,
    }),
  );
  await page.route('**/__kiosk/ipc/content/install-from-drive', (route) =>
    route.fulfill({ json: { ok: false, reason: 'refused', problem: 'not-newer', detail: 'version 2026.10.1 is not newer than 2026.12.31' } satisfies ContentInstallResult }),
  );
  await page.route('**/__kiosk/ipc/usage/drives', (route) =>
    route.fulfill({
      json: {
        ok: true,
        drives: [
          { id: '/media/clinic/FRONT DESK STICK 64GB', label: 'FRONT DESK STICK 64GB', readOnly: false },
          { id: '/media/clinic/CAMERA CARD', label: 'CAMERA CARD', readOnly: true },
        ],
      } satisfies DriveListResult,
    }),
  );
}

/** Thirty busy days: every page reached, every chapter opened, every language used, ten glossary words. */
function walkUsageDays(today: string): Record<string, UsageDay> {
  const days: Record<string, UsageDay> = {};
  for (let back = 0; back < 30; back += 1) {
    const sessions = 1000 + back * 37;
    const day = emptyUsageDay();
    day.sessions = sessions;
    day.idleResets = sessions - 3;
    day.sessionLengths = { 'under-1-min': 400, '1-3-min': 300, '3-10-min': 200, 'over-10-min': sessions - 900 };
    day.topics[TOPIC_ID] = {
      opened: sessions,
      pagesReached: Object.fromEntries(Array.from({ length: pageTotal }, (_, page) => [String(page), sessions - page * 40])),
      chaptersOpened: Object.fromEntries(chapterEntries.map((chapter, index) => [chapter.id, 100 + index])),
      reachedEnd: sessions - (pageTotal - 1) * 40,
    };
    for (const language of registry.languages) {
      day.languagesChosen[language.code] = 10;
      day.languagesEnded[language.code] = 20;
    }
    for (const term of topicStructure.glossary.slice(0, 10)) day.glossaryOpened[`${TOPIC_ID}/${term}`] = 50;
    day.readAloudPlays = 300;
    day.handoutsPrinted = 120;
    day.qrCodesShown = 80;
    day.diagramsEnlarged = 150;
    days[addDays(today, -back)] = day;
  }
  return days;
}

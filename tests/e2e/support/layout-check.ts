import type { Page } from '@playwright/test';
import { measureTextFit } from './text-fit';
import { dialogsNeedingScroll, targetProblems, unreachableTargets, visibleTargets } from './touch-targets';

/** Touch targets at least this big (CSS px) and this far apart: WCAG 2.5.5 and our own rule. */
export const MIN_TARGET_SIZE = 48;
export const MIN_TARGET_GAP = 8;

export interface LayoutFindings {
  problems: string[];
  /** Lines of text measured and touch targets seen: a check that saw nothing proves nothing. */
  linesMeasured: number;
  targetsMeasured: number;
}

/**
 * What the screen showing now gets wrong in its layout: text cut off or drawn over other text,
 * a button outside the window, a dialog that must be scrolled to find its buttons (only the staff
 * settings, a long list of controls, and its Usage page, a report, may scroll), touch targets
 * smaller than 48x48 px or closer than 8 px.
 */
export async function layoutProblems(page: Page): Promise<LayoutFindings> {
  const fit = await measureTextFit(page);
  const targets = await visibleTargets(page);
  const problems = [
    ...fit.problems,
    ...(await unreachableTargets(page)),
    ...(await dialogsNeedingScroll(page, ['kx-staff-panel', 'kx-usage-page'])),
    ...targetProblems(targets, MIN_TARGET_SIZE, MIN_TARGET_GAP),
  ];
  return { problems, linesMeasured: fit.linesMeasured, targetsMeasured: targets.length };
}

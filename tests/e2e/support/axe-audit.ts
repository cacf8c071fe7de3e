import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** Every WCAG 2.0, 2.1 and 2.2 success criterion at levels A and AA that axe can check. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface AuditResult {
  /** One line per violation: rule, impact, and the first elements it found. */
  violations: string[];
  /** Rules that checked at least one element (passed, failed or need review), by id. */
  applied: Set<string>;
}

/**
 * Runs axe-core (from node_modules, injected by @axe-core/playwright) on what the page shows now.
 * `extraRules` adds rules outside the WCAG tags (e.g. heading order, AAA contrast).
 */
export async function audit(page: Page, options: { tags?: string[]; rules?: string[] } = {}): Promise<AuditResult> {
  // Full details only for violations: passes are still listed, which is all we need of them.
  // Legacy mode runs axe in the page itself; the default opens a blank page for every audit to
  // combine frames' results, which took a walk's ~60 audits from ~45 s to ~1.5 min, and the
  // kiosk has no frames (the planted-problem test in accessibility.spec.ts checks it still finds one).
  let builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  builder = options.rules ? builder.withRules(options.rules) : builder.withTags(options.tags ?? WCAG_AA_TAGS);
  const results = await builder.analyze();
  const violations = results.violations.map((violation) => {
    const targets = violation.nodes.slice(0, 3).map((node) => `${node.target.join(' >>> ')}${node.failureSummary ? ` (${node.failureSummary.split('\n').slice(1, 2).join('').trim()})` : ''}`);
    return `${violation.id} [${violation.impact}] ${violation.nodes.length}×: ${targets.join('; ')}`;
  });
  const applied = new Set([...results.passes, ...results.violations, ...results.incomplete].map((rule) => rule.id));
  return { violations, applied };
}

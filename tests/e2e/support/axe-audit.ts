import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

/** Every WCAG 2.0, 2.1 and 2.2 success criterion at levels A and AA that axe can check. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface AuditResult {
  /** One line per violation: rule, impact, and the first elements it found. */
  violations: string[];
  /** Rules that checked at least one element (passed, failed or need review), by id. */
  applied: Set<string>;
}

/** axe-core's own script, read once. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in the page on what it shows now (shadow roots included).
 * `rules` runs only those rules (outside the WCAG tags, e.g. heading order); otherwise every rule
 * with one of `tags` (WCAG 2.x A and AA).
 *
 * axe goes into the page once per document, through the DevTools protocol (the page's CSP forbids
 * inline scripts), and every later audit of that document only runs it. @axe-core/playwright put
 * its ~550 kB script into the page again on every audit, twice: on a busy two-core CI machine that
 * took ~3 s of a ~4 s audit, and a walk of ~36 screens took up to 2 minutes.
 */
export async function audit(page: Page, options: { tags?: string[]; rules?: string[] } = {}): Promise<AuditResult> {
  // Colours still changing (buttons fade to a new theme's colours) are checked once settled.
  // document.getAnimations() leaves out shadow roots, where every button is: each element is asked.
  await page.evaluate(async () => {
    const animations: Animation[] = [];
    const collect = (root: Document | ShadowRoot): void => {
      for (const element of root.querySelectorAll('*')) {
        animations.push(...element.getAnimations());
        if (element.shadowRoot) collect(element.shadowRoot);
      }
    };
    collect(document);
    const ending = animations.filter((animation) => Number.isFinite(animation.effect?.getComputedTiming().endTime));
    await Promise.race([Promise.all(ending.map((animation) => animation.finished.catch(() => undefined))), new Promise((resolve) => setTimeout(resolve, 2000))]);
  });
  const loaded = await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function');
  if (!loaded) await page.evaluate(axeSource);
  const runOptions: RunOptions = {
    runOnly: options.rules ? { type: 'rule', values: options.rules } : { type: 'tag', values: options.tags ?? WCAG_AA_TAGS },
    // Full details only for violations: passes are still listed, which is all we need of them.
    resultTypes: ['violations'],
  };
  const results = await page.evaluate(
    (run) => (window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } }).axe.run(document, run),
    runOptions,
  );
  const violations = results.violations.map((violation) => {
    const targets = violation.nodes.slice(0, 3).map((node) => `${node.target.join(' >>> ')}${node.failureSummary ? ` (${node.failureSummary.split('\n').slice(1, 2).join('').trim()})` : ''}`);
    return `${violation.id} [${violation.impact}] ${violation.nodes.length}×: ${targets.join('; ')}`;
  });
  const applied = new Set([...results.passes, ...results.violations, ...results.incomplete].map((rule) => rule.id));
  return { violations, applied };
}

import type { Page } from '@playwright/test';

export interface Target {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** A tappable word inside a sentence (WCAG 2.5.8 lets these sit closer to each other). */
  inline: boolean;
}

/**
 * Every visible thing a finger can press on the current screen, through every shadow root,
 * with its size and place in CSS pixels.
 */
export function visibleTargets(page: Page): Promise<Target[]> {
  return page.evaluate(() => {
    const found: Element[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.matches('button, a[href], input, select, textarea, [role="button"], [role="link"]')) found.push(element);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return found
      .filter((element) => {
        const rect = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        // Skip what a finger cannot reach: hidden, off-screen, or under a modal dialog's backdrop.
        if (rect.width === 0 || rect.height === 0 || style.visibility === 'hidden') return false;
        if (rect.right <= 0 || rect.bottom <= 0 || rect.left >= innerWidth || rect.top >= innerHeight) return false;
        const x = Math.min(innerWidth - 1, Math.max(0, rect.left + rect.width / 2));
        const y = Math.min(innerHeight - 1, Math.max(0, rect.top + rect.height / 2));
        let hit: Element | null = document.elementFromPoint(x, y);
        while (hit?.shadowRoot) {
          const inner = hit.shadowRoot.elementFromPoint(x, y);
          if (!inner || inner === hit) break;
          hit = inner;
        }
        // The finger lands on the target if what is on top is the target or inside it (across shadow roots).
        for (let node: Node | null = hit; node; node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null)) {
          if (node === element) return true;
        }
        return false;
      })
      .map((element) => {
        const rect = element.getBoundingClientRect();
        return {
          name: (element.getAttribute('aria-label') || element.textContent || element.className || element.tagName).trim().replace(/\s+/g, ' ').slice(0, 40),
          x: rect.left,
          y: rect.top,
          width: rect.width,
          height: rect.height,
          inline: element.classList.contains('term'),
        };
      });
  });
}

/** Problems with a screen's targets: too small, or closer than `gap` to another target. */
export function targetProblems(targets: Target[], minSize: number, gap: number): string[] {
  const problems: string[] = [];
  for (const target of targets) {
    if (target.width < minSize - 0.5 || target.height < minSize - 0.5) problems.push(`"${target.name}" is ${target.width.toFixed(0)}x${target.height.toFixed(0)} px`);
  }
  targets.forEach((a, index) => {
    for (const b of targets.slice(index + 1)) {
      const apartX = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width));
      const apartY = Math.max(b.y - (a.y + a.height), a.y - (b.y + b.height));
      const distance = Math.max(apartX, apartY);
      // Words in a sentence sit on their lines; they must not overlap, but need no gap.
      const needed = a.inline && b.inline ? 0 : gap;
      if (distance < needed - 0.5) problems.push(`"${a.name}" and "${b.name}" are ${distance.toFixed(0)} px apart`);
    }
  });
  return problems;
}

import type { Page } from '@playwright/test';

export interface Target {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** A tappable word inside a sentence (WCAG 2.5.8 lets these sit closer to each other). */
  inline: boolean;
  /**
   * Partly scrolled out of its scrolling box (a list that goes on below the fold): the place
   * and size are of the part a finger can reach, and the size is not held to the minimum,
   * because scrolling brings the rest into view.
   */
  clipped: boolean;
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
        // The part inside every scrolling (or clipping) box around it, across shadow roots.
        let [left, top, right, bottom] = [rect.left, rect.top, rect.right, rect.bottom];
        let scrolledOut = false;
        for (let node: Node | null = element.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
          if (!(node instanceof Element)) continue;
          const overflow = getComputedStyle(node);
          if (overflow.overflowX === 'visible' && overflow.overflowY === 'visible') continue;
          const box = node.getBoundingClientRect();
          const before = (right - left) * (bottom - top);
          [left, top, right, bottom] = [Math.max(left, box.left), Math.max(top, box.top), Math.min(right, box.right), Math.min(bottom, box.bottom)];
          // Only a box the patient can scroll excuses a cut target; a hidden overflow is a fault.
          const scrolls = /auto|scroll/.test(overflow.overflowY) || /auto|scroll/.test(overflow.overflowX);
          if (scrolls && (right - left) * (bottom - top) < before - 0.5) scrolledOut = true;
          // A modal dialog is drawn in the top layer: nothing around it in the page clips it.
          if (node.matches(':modal')) break;
        }
        const clipped = scrolledOut;
        return {
          name: (element.getAttribute('aria-label') || element.textContent || element.className || element.tagName).trim().replace(/\s+/g, ' ').slice(0, 40),
          x: left,
          y: top,
          width: Math.max(0, right - left),
          height: Math.max(0, bottom - top),
          inline: element.classList.contains('term'),
          clipped,
        };
      });
  });
}

/** Problems with a screen's targets: too small, or closer than `gap` to another target. */
export function targetProblems(targets: Target[], minSize: number, gap: number): string[] {
  const problems: string[] = [];
  for (const target of targets) {
    if (target.clipped) continue;
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

/**
 * Buttons a patient cannot reach because they lie (partly) outside the window: off the side of the
 * screen, below its bottom edge, or shifted out of view by a box scrolled sideways. A button in a
 * scrolling area (a word in a long text) only needs to lie across that area's width: scrolling
 * brings it into view. Only the top layer counts: the open modal dialog, else the whole page.
 * Also reports a page wider than the window, and a button under one of the staff's hold corners
 * (which lie over the page and would swallow its taps).
 */
export function unreachableTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const TOLERANCE = 1;
    const parentOf = (node: Node): Element | null => {
      if (node instanceof Element && node.assignedSlot) return node.assignedSlot;
      const parent = node.parentNode;
      if (parent instanceof ShadowRoot) return parent.host;
      return parent instanceof Element ? parent : null;
    };
    const buttons: Element[] = [];
    const dialogs: HTMLDialogElement[] = [];
    const staffCorners: DOMRect[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.matches('button, a[href], input, select, textarea, [role="button"], [role="link"]')) buttons.push(element);
        if (element instanceof HTMLDialogElement && element.matches(':modal')) dialogs.push(element);
        if (element.matches('kx-staff-mode')) element.shadowRoot?.querySelectorAll('.corner').forEach((corner) => staffCorners.push(corner.getBoundingClientRect()));
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    const layer: Element = dialogs.at(-1) ?? document.documentElement;
    const isInside = (node: Element, root: Element) => {
      for (let current: Element | null = node; current; current = parentOf(current)) if (current === root) return true;
      return false;
    };
    const name = (element: Element) => (element.getAttribute('aria-label') || element.textContent || element.className).trim().replace(/\s+/g, ' ').slice(0, 40);

    // html and body hide their overflow, so a too-wide page shows as body content wider than body.
    for (const box of [document.scrollingElement!, document.body]) {
      if (box.scrollWidth > box.clientWidth + TOLERANCE) problems.push(`the page is ${box.scrollWidth} px wide in a ${box.clientWidth} px window`);
    }

    for (const button of buttons) {
      if (!isInside(button, layer)) continue;
      const rect = button.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      let hidden = false;
      // The area the button must lie in: the window, narrowed by each box that clips it; a box
      // that scrolls vertically lets it lie below (or above) the visible part.
      let area = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
      // What of the button is drawn: its box cut by every box that clips or scrolls it.
      let shown = { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
      let scrollsVertically = false;
      for (let element: Element | null = button; element; element = parentOf(element)) {
        const style = getComputedStyle(element);
        if (style.display === 'none' || style.visibility === 'hidden' || style.clipPath.startsWith('inset(50%')) hidden = true;
        if (element === button) continue;
        if (element instanceof HTMLDialogElement && !element.open) hidden = true;
        if (element.scrollLeft !== 0) problems.push(`"${name(button)}" is shifted ${element.scrollLeft} px sideways by a scrolled <${element.tagName.toLowerCase()}>`);
        const scrollsY = style.overflowY === 'auto' || style.overflowY === 'scroll';
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
          const box = element.getBoundingClientRect();
          shown = { left: Math.max(shown.left, box.left), top: Math.max(shown.top, box.top), right: Math.min(shown.right, box.right), bottom: Math.min(shown.bottom, box.bottom) };
          // A scrolling area must itself be in view, or what scrolls inside it never is.
          if (scrollsY && (box.top < area.top - TOLERANCE || box.bottom > area.bottom + TOLERANCE)) {
            problems.push(`the scrolling <${element.tagName.toLowerCase()}${element.classList.length ? `.${[...element.classList].join('.')}` : ''}> reaches outside the window`);
          }
          area = { left: Math.max(area.left, box.left), right: Math.min(area.right, box.right), top: scrollsY ? area.top : Math.max(area.top, box.top), bottom: scrollsY ? area.bottom : Math.min(area.bottom, box.bottom) };
        }
        if (scrollsY) scrollsVertically = true;
      }
      if (hidden) continue;
      const sideways = rect.left < area.left - TOLERANCE || rect.right > area.right + TOLERANCE;
      const upDown = !scrollsVertically && (rect.top < area.top - TOLERANCE || rect.bottom > area.bottom + TOLERANCE);
      // The staff's hold corners lie over everything but modal dialogs: a button under one would
      // swallow taps. A target as large as the window (the attract screen) is reached anywhere else.
      const wholeWindow = rect.width >= innerWidth && rect.height >= innerHeight;
      if (dialogs.length === 0 && !wholeWindow) {
        for (const corner of staffCorners) {
          if (shown.left < corner.right && corner.left < shown.right && shown.top < corner.bottom && corner.top < shown.bottom) problems.push(`"${name(button)}" lies under a staff hold corner`);
        }
      }
      if (sideways || upDown) {
        problems.push(`"${name(button)}" lies outside the window (${Math.round(rect.left)},${Math.round(rect.top)} to ${Math.round(rect.right)},${Math.round(rect.bottom)} in ${innerWidth}x${innerHeight})`);
      }
    }
    return [...new Set(problems)];
  });
}

/**
 * Open modal dialogs whose content is taller or wider than the dialog, so a patient would have
 * to scroll inside it to find its buttons. `longOnPurpose` names the components whose dialogs
 * are long on purpose and scroll up and down (the staff settings panel, its Usage page); no
 * dialog may need a sideways scroll.
 */
export function dialogsNeedingScroll(page: Page, longOnPurpose: string[]): Promise<string[]> {
  return page.evaluate((exempt) => {
    const problems: string[] = [];
    const visit = (root: Document | ShadowRoot, host: string) => {
      for (const element of root.querySelectorAll('*')) {
        if (element instanceof HTMLDialogElement && element.open) {
          if (!exempt.includes(host) && element.scrollHeight > element.clientHeight + 1) problems.push(`the <${host}> dialog must be scrolled to see all of it (${element.scrollHeight} px of content in ${element.clientHeight} px)`);
          if (element.scrollWidth > element.clientWidth + 1) problems.push(`the <${host}> dialog must be scrolled sideways (${element.scrollWidth} px of content in ${element.clientWidth} px)`);
        }
        if (element.shadowRoot) visit(element.shadowRoot, element.tagName.toLowerCase());
      }
    };
    visit(document, 'document');
    return problems;
  }, longOnPurpose);
}

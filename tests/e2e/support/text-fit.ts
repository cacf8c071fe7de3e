import type { Page } from '@playwright/test';

/**
 * Finds text a patient cannot read in full on the current screen: cut off by a box that hides
 * its overflow, spilling out of its button or card, running past the side of the screen, needing
 * a sideways scroll, or drawn over other text. Reading down by scrolling is allowed (WCAG 1.4.10
 * reflow), so text below the fold of a scrolling area is fine; a box that hides what does not
 * fit is not.
 *
 * Only the top layer is measured: the open modal dialog, else a full-screen overlay (the attract
 * screen), else the whole page. Words inside diagrams are left to the diagram label-fit test,
 * which measures them against their drawn boxes.
 */
export interface TextFit {
  /** What is wrong, one line each. */
  problems: string[];
  /** How many lines of text were on screen and measured. */
  linesMeasured: number;
}

export function measureTextFit(page: Page): Promise<TextFit> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const TOLERANCE = 1;

    /** The composed-tree parent: through slots and out of shadow roots. */
    const parentOf = (node: Node): Element | null => {
      if (node instanceof Element && node.assignedSlot) return node.assignedSlot;
      if (node instanceof Text && node.assignedSlot) return node.assignedSlot;
      const parent = node.parentNode;
      if (parent instanceof ShadowRoot) return parent.host;
      return parent instanceof Element ? parent : null;
    };
    const isInside = (node: Node, root: Element): boolean => {
      for (let current: Node | null = node; current; current = parentOf(current)) if (current === root) return true;
      return false;
    };
    const allElements: Element[] = [];
    const textNodes: Text[] = [];
    const collect = (root: Document | ShadowRoot) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node instanceof Text) {
          if (node.data.trim()) textNodes.push(node);
        } else if (node instanceof Element) {
          allElements.push(node);
          if (node.shadowRoot) collect(node.shadowRoot);
        }
      }
    };
    collect(document);

    // The top layer: an open modal dialog, else a visible overlay covering the whole screen.
    const modal = allElements.filter((element) => element instanceof HTMLDialogElement && element.matches(':modal')).at(-1);
    const overlay = allElements.filter((element) => {
      const style = getComputedStyle(element);
      const rect = element.getBoundingClientRect();
      return style.position === 'fixed' && style.visibility === 'visible' && Number(style.opacity) > 0 && rect.width >= innerWidth && rect.height >= innerHeight;
    }).at(-1);
    const layer = modal ?? overlay ?? document.documentElement;

    const describe = (text: Text) => `"${text.data.trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
    const name = (element: Element) => `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${[...element.classList].join('.')}` : ''}>`;
    const drawsBox = (style: CSSStyleDeclaration) =>
      (style.backgroundColor !== 'transparent' && !style.backgroundColor.endsWith(', 0)')) || parseFloat(style.borderTopWidth) > 0 || parseFloat(style.borderBottomWidth) > 0;
    const isHiddenOnPurpose = (element: Element) => {
      const style = getComputedStyle(element);
      return style.display === 'none' || style.visibility === 'hidden' || style.clipPath.startsWith('inset(50%') || element.closest('svg') !== null;
    };

    interface Line { text: Text; rect: DOMRect }
    const visibleLines: Line[] = [];

    for (const text of textNodes) {
      if (!isInside(text, layer)) continue;
      let hidden = false;
      for (let element = parentOf(text); element; element = parentOf(element)) {
        if (isHiddenOnPurpose(element)) hidden = true;
      }
      if (hidden) continue;
      const range = document.createRange();
      range.selectNodeContents(text);
      const lines = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
      if (lines.length === 0) continue;

      let visibleArea = new DOMRect(0, 0, innerWidth, innerHeight);
      // What must fit in the next box out: the text's lines, until the text sits in a scrolling
      // area; from there on, that area itself (text below its fold is reached by scrolling).
      let subject: DOMRect[] = lines;
      let subjectName = describe(text);
      let boxChecked = false;
      for (let element = parentOf(text); element && element !== document.documentElement; element = parentOf(element)) {
        // Above the top layer nothing clips it (a modal dialog is drawn over everything).
        if (element !== layer && isInside(layer, element)) break;
        const style = getComputedStyle(element);
        if (style.display === 'contents') continue;
        const rect = element.getBoundingClientRect();
        const scrollsX = style.overflowX === 'auto' || style.overflowX === 'scroll';
        const scrollsY = style.overflowY === 'auto' || style.overflowY === 'scroll';
        const clipsX = style.overflowX !== 'visible';
        const clipsY = style.overflowY !== 'visible';
        const outside = (line: DOMRect, x: boolean, y: boolean) =>
          (x && (line.left < rect.left - TOLERANCE || line.right > rect.right + TOLERANCE)) || (y && (line.top < rect.top - TOLERANCE || line.bottom > rect.bottom + TOLERANCE));
        // The nearest box drawn around the text (a button, a card, a bar) must hold it.
        if (!boxChecked && drawsBox(style)) {
          boxChecked = true;
          // A box that scrolls holds what is beyond its fold on the axis it scrolls.
          if (subject.some((line) => outside(line, !scrollsX, !scrollsY))) problems.push(`${subjectName} spills out of ${name(element)}`);
        }
        // Hidden overflow: whatever lies outside the box can never be seen.
        if (subject.some((line) => outside(line, clipsX && !scrollsX, clipsY && !scrollsY))) problems.push(`${subjectName} is cut off by ${name(element)}`);
        if (scrollsX && element.scrollWidth > element.clientWidth + TOLERANCE) problems.push(`${name(element)} must be scrolled sideways to read ${describe(text)}`);
        if (clipsX || clipsY) {
          const left = Math.max(visibleArea.left, rect.left);
          const top = Math.max(visibleArea.top, rect.top);
          visibleArea = new DOMRect(left, top, Math.min(visibleArea.right, rect.right) - left, Math.min(visibleArea.bottom, rect.bottom) - top);
        }
        if (scrollsX || scrollsY) {
          subject = [rect];
          subjectName = `the scrolling ${name(element)}`;
          boxChecked = false;
        }
      }
      for (const line of lines) {
        if (line.left < -TOLERANCE || line.right > innerWidth + TOLERANCE) {
          problems.push(`${describe(text)} runs off the side of the screen`);
          break;
        }
      }
      for (const line of lines) {
        // Only the part of a line its scrolling and clipping boxes let through is drawn.
        const left = Math.max(line.left, visibleArea.left);
        const top = Math.max(line.top, visibleArea.top);
        const right = Math.min(line.right, visibleArea.right);
        const bottom = Math.min(line.bottom, visibleArea.bottom);
        if (right - left > TOLERANCE && bottom - top > TOLERANCE) visibleLines.push({ text, rect: new DOMRect(left, top, right - left, bottom - top) });
      }
    }

    // Text over text: compare the middle band of each line (accents and descenders may touch).
    const core = (rect: DOMRect) => ({ left: rect.left + 1, right: rect.right - 1, top: rect.top + rect.height * 0.2, bottom: rect.bottom - rect.height * 0.2 });
    const reported = new Set<string>();
    visibleLines.forEach((a, index) => {
      const coreA = core(a.rect);
      for (const b of visibleLines.slice(index + 1)) {
        if (a.text === b.text) continue;
        const coreB = core(b.rect);
        const overlaps = coreA.left < coreB.right && coreB.left < coreA.right && coreA.top < coreB.bottom && coreB.top < coreA.bottom;
        const key = `${describe(a.text)} ${describe(b.text)}`;
        if (overlaps && !reported.has(key)) {
          reported.add(key);
          problems.push(`${describe(a.text)} is drawn over ${describe(b.text)}`);
        }
      }
    });
    return { problems: [...new Set(problems)], linesMeasured: visibleLines.length };
  });
}

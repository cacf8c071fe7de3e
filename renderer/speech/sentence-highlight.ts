import { runAfterNextFrame } from '../start/idle-after-frame';

/**
 * Highlights the sentence being read without changing the page: a CSS Custom Highlight over the
 * sentence's words (so glossary words inside it stay buttons that work), styled by
 * `::highlight(kx-reading)` in the shared screen styles, and scrolled into view on a long page.
 *
 * Each text that read-aloud speaks carries `data-speech-key` with the key its timing file names
 * (`screens.signs.lead`, `ui:sources.title`); the sentence is found by its words inside it.
 */

export const HIGHLIGHT_NAME = 'kx-reading';

/** The first element with this speech key, looking into open shadow roots as well. */
export function findSpeechText(root: ParentNode, key: string): Element | null {
  const selector = `[data-speech-key="${CSS.escape(key)}"]`;
  const direct = root.querySelector(selector);
  if (direct) return direct;
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) {
      const found = findSpeechText(element.shadowRoot, key);
      if (found) return found;
    }
  }
  return null;
}

/** A Range over `sentence` inside `element`'s text, across its text nodes; null if the words are not there. */
export function rangeOfSentence(element: Element, sentence: string): Range | null {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const full = nodes.map((node) => node.data).join('');
  const start = full.indexOf(sentence);
  if (start < 0) return null;
  const end = start + sentence.length;
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (const node of nodes) {
    const next = offset + node.data.length;
    if (!started && start < next) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= next) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset = next;
  }
  return null;
}

export function highlightSentence(root: ParentNode, key: string, sentence: string): boolean {
  clearSentenceHighlight();
  const element = findSpeechText(root, key);
  if (!element) return false;
  // Scrolled to once the frame that shows the highlight is rendered: layout is clean then. Here,
  // in the animation frame right after Listen turned into Pause, scrollIntoView forced a style
  // and layout pass of its own (~10 ms of the Listen tap at 4x CPU; bench/README.md).
  cancelPendingScroll = runAfterNextFrame(() => element.isConnected && element.scrollIntoView({ block: 'nearest' }));
  const range = rangeOfSentence(element, sentence);
  if (range && 'highlights' in CSS) {
    CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(range));
    return true;
  }
  // The words were not found as written (or no highlight support): mark the whole text instead.
  element.setAttribute('data-reading', '');
  markedElements.add(element);
  return true;
}

/** Elements marked whole (the fallback), so clearing need not search every shadow root. */
const markedElements = new Set<Element>();

/** Cancels the scroll to the sentence last highlighted, if it has not happened yet. */
let cancelPendingScroll: () => void = () => undefined;

export function clearSentenceHighlight(): void {
  cancelPendingScroll();
  if ('highlights' in CSS) CSS.highlights.delete(HIGHLIGHT_NAME);
  for (const marked of markedElements) marked.removeAttribute('data-reading');
  markedElements.clear();
}

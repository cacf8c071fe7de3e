/**
 * The bench's in-page half, installed into a page after it has loaded (never before: the cold
 * start runs with no bench code in the page). It times one tap at a time:
 *
 *   start  = the `timeStamp` of the tap's `pointerup`. For touch input Chromium stamps the event
 *            when the browser process creates it; for our taps that is when CDP's
 *            Input.dispatchTouchEvent('touchEnd') arrives (what Playwright's `tap` sends too), so
 *            the figure includes the trip to the renderer and any wait for a busy main thread.
 *   end    = just after the first frame whose DOM shows the expected content was rendered: every
 *            animation frame checks the condition (Lit's updates land in microtasks, so by then
 *            the frame's DOM is final); when it holds, a MessageChannel message posted from that
 *            frame's requestAnimationFrame runs right after the frame's style, layout, paint and
 *            commit, and reads performance.now().
 *
 * `end` is when the main thread has handed the frame to the compositor. The pixels reach the
 * screen a little later; that part is the same for the app and its baseline page, which is
 * measured the same way in the same run. The Event Timing API would add it, but only in 8 ms
 * steps, and only for updates made within the event's own task (not after a fetch or a promise).
 */
import { pageScript } from './page-script';

export type TapCondition =
  /** A new screen: the heading in <main> has changed, and the screen's diagram (if any) is drawn. */
  | { kind: 'screen' }
  /**
   * A language switch: <html lang> is the new language, the picker has closed, and the text of
   * the header and <main> (every text node, across shadow roots) equals a snapshot taken in that
   * language. The full comparison only runs once the cheap checks pass, so it costs one walk.
   */
  | { kind: 'text'; lang: string; expected: string }
  /** The full-screen diagram viewer is open with its drawing and labels. */
  | { kind: 'diagram' }
  /** Read-aloud: the page's audio is playing (its time has moved past 0). */
  | { kind: 'audio' }
  /** The "Take this home" sheet is open with its contents and its Print button. */
  | { kind: 'sheet' };

export interface TapTiming {
  /** pointerup.timeStamp, ms since the page's time origin. */
  start: number;
  /** pointerdown.timeStamp. */
  down: number;
  /** requestAnimationFrame time of the frame that showed the content. */
  frame: number;
  /** After that frame was rendered. */
  end: number;
  /** Frames checked before the content was there (0: the first frame after the tap). */
  framesWaited: number;
}

export interface BenchProbe {
  /** Text of the header and the screen region, across shadow roots, without closed dialogs. */
  regionText(): string;
  /** Starts watching for the next tap; call before sending it. */
  arm(condition: TapCondition): void;
  /** The timing of the tap armed for (rejects after 5 s without the condition). */
  result(): Promise<TapTiming>;
}

declare global {
  interface Window {
    __kxBench?: BenchProbe;
  }
}

/** Runs in the page (serialised with Function.prototype.toString, so it must be self-contained). */
export function installProbe(): void {
  const appShadow = (): ShadowRoot | null => document.querySelector('kx-app')?.shadowRoot ?? null;
  const region = (): Node => appShadow()?.querySelector('main') ?? document.body;

  const textOf = (node: Node, out: string[]): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent?.trim();
      if (text) out.push(text);
      return;
    }
    if (!(node instanceof Element) && !(node instanceof ShadowRoot) && !(node instanceof Document)) return;
    if (node instanceof Element) {
      // Inert: a topic page made ahead of the next tap, laid out but hidden (pages-ahead.ts).
      if (node.tagName === 'STYLE' || node.tagName === 'SCRIPT' || node.hasAttribute('hidden') || node.hasAttribute('inert')) return;
      if (node instanceof HTMLDialogElement && !node.open) return;
      if (node.shadowRoot) textOf(node.shadowRoot, out);
    }
    for (const child of node.childNodes) textOf(child, out);
  };
  const regionText = (): string => {
    const out: string[] = [];
    textOf(region(), out);
    // The header is part of "every visible string" too.
    const header = appShadow()?.querySelector('header');
    if (header) textOf(header, out);
    return out.join('\n');
  };
  const screenRoot = (): ShadowRoot | null => (region() as Element).firstElementChild?.shadowRoot ?? null;
  // The page shown; a topic screen also holds pages made ahead, hidden (article.ahead).
  const shownPage = (): ParentNode | null => screenRoot()?.querySelector('article.current') ?? screenRoot();
  const heading = (): string => shownPage()?.querySelector('h1')?.textContent ?? '';
  const diagramReady = (): boolean => {
    const figure = shownPage()?.querySelector('kx-diagram-figure');
    return !figure || Boolean(figure.shadowRoot?.querySelector('svg[role="img"]'));
  };
  const pickerOpen = (): boolean => Boolean(appShadow()?.querySelector('kx-language-picker')?.shadowRoot?.querySelector('dialog[open]'));
  const diagramShown = (): boolean => {
    const viewer = screenRoot()?.querySelector('kx-diagram-viewer')?.shadowRoot;
    // Labels are HTML inside foreignObject boxes; the drawing is complete when they have words.
    return Boolean(viewer?.querySelector('dialog[open] .stage svg')?.textContent?.trim());
  };

  // Shown, not only open: the sheet is laid out, hidden, before the tap, and revealed by it.
  const sheetShown = (): boolean => {
    const sheet = screenRoot()?.querySelector('kx-take-home-sheet')?.shadowRoot;
    const print = sheet?.querySelector('dialog .actions button.print');
    return Boolean(print?.checkVisibility({ visibilityProperty: true }) && sheet?.querySelector('dialog #take-home-title')?.textContent?.trim());
  };

  const audioPlaying = (): boolean => {
    const audio = document.querySelector<HTMLAudioElement>('audio[data-read-aloud]');
    return Boolean(audio && !audio.paused && audio.currentTime > 0);
  };

  let pending: Promise<TapTiming> | null = null;

  const arm = (condition: TapCondition): void => {
    const before = heading();
    // Cheap checks only: this runs in every frame until it holds, and its cost counts.
    const holds = (): boolean => {
      if (condition.kind === 'screen') return heading() !== before && diagramReady();
      if (condition.kind === 'text') return document.documentElement.lang === condition.lang && !pickerOpen() && regionText() === condition.expected;
      if (condition.kind === 'audio') return audioPlaying();
      if (condition.kind === 'sheet') return sheetShown();
      return diagramShown();
    };
    pending = new Promise<TapTiming>((resolve, reject) => {
      let down = Number.NaN;
      let start = Number.NaN;
      let framesWaited = 0;
      const timeout = setTimeout(() => reject(new Error(`no ${condition.kind} within 5 s of the tap`)), 5000);
      const onFrame = (frame: number): void => {
        if (!holds()) {
          framesWaited += 1;
          requestAnimationFrame(onFrame);
          return;
        }
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          clearTimeout(timeout);
          resolve({ start, down, frame, end: performance.now(), framesWaited });
        };
        channel.port2.postMessage(null);
      };
      // Frames are only watched from the tap on: an idle kiosk schedules no frames, and a
      // frame loop running before the tap would hide the cost of waking the renderer up.
      const onDown = (event: Event): void => void (down = event.timeStamp);
      const onUp = (event: Event): void => {
        start = event.timeStamp;
        requestAnimationFrame(onFrame);
      };
      window.addEventListener('pointerdown', onDown, { capture: true, once: true });
      window.addEventListener('pointerup', onUp, { capture: true, once: true });
    });
  };

  window.__kxBench = {
    regionText,
    arm,
    result: () => pending ?? Promise.reject(new Error('arm() was not called')),
  };
}

/** The probe as a script for page.evaluate. */
export const PROBE_SCRIPT = pageScript(installProbe);

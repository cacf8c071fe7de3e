/**
 * Read-aloud: plays a page's audio file (made at build time, scripts/speech/build-speech.ts) and
 * highlights the sentence being read. One player for the whole kiosk, so that only one page ever
 * speaks: starting another page, turning the page, Home, a language switch, the idle prompt and
 * the idle reset all stop it (the components and the app shell call stop()).
 *
 * Files: audio/<topic>/<lng>/<page>.mp3 with a .json of sentence timings, audio/home/<lng>.*,
 * and audio/index.json, which says which pages have audio and whose voice it is.
 */
import { onLanguageChanged } from '../i18n/i18n';
import { clearSentenceHighlight, highlightSentence } from './sentence-highlight';
import type { ReadAloudSettings, ReadAloudState, SpeechManifest, SpokenPage } from './spoken-page';

export * from './spoken-page';

interface SentenceTiming {
  key: string;
  shown: string;
  startMs: number;
  endMs: number;
}

class ReadAloud extends EventTarget {
  private audio: HTMLAudioElement | null = null;
  private timings: SentenceTiming[] = [];
  private page: SpokenPage | null = null;
  private shownSentence = -1;
  private frame = 0;
  private manifest: Promise<SpeechManifest | null> | null = null;
  private warned = new Set<string>();
  state: ReadAloudState = 'idle';
  settings: ReadAloudSettings = { enabled: true, volume: 0.7, rate: 1 };

  /** The page being read (or paused, or that failed), if any. */
  get currentBase(): string | null {
    return this.page?.base ?? null;
  }

  /** Which pages have audio; null when the build made none or the file is missing. */
  speechManifest(): Promise<SpeechManifest | null> {
    this.manifest ??= fetch('audio/index.json')
      .then((response) => (response.ok ? (response.json() as Promise<SpeechManifest>) : null))
      .catch(() => null);
    return this.manifest;
  }

  /** Listen, Pause or Resume, for the page given; another page's reading stops first. */
  async toggle(page: SpokenPage): Promise<void> {
    if (this.page?.base === page.base && this.state === 'playing') return this.pause();
    if (this.page?.base === page.base && this.state === 'paused') return this.resume();
    await this.start(page);
  }

  async start(page: SpokenPage): Promise<void> {
    this.stop();
    this.page = page;
    this.setState('loading');
    const startedFor = page;
    try {
      // The sound and timings fetched ahead for this page, if any; else both load now, side by
      // side (the first sound does not wait for the timings).
      const { audio, timings } = this.takeAhead(page.base) ?? loadPageAudio(page.base);
      audio.volume = this.settings.volume;
      audio.playbackRate = this.settings.rate;
      audio.addEventListener('ended', () => this.finish());
      audio.addEventListener('error', () => this.fail(`${page.base}.mp3 could not be played`));
      // Marked as the one playing, so the tests and staff's dev tools can see what plays.
      audio.dataset.readAloud = page.base;
      this.audio = audio;
      const [loaded] = await Promise.all([timings, audio.play()]);
      if (this.page !== startedFor) return; // stopped, or another page started, while loading
      this.timings = loaded;
      this.setState('playing');
      this.followAudio();
    } catch (error) {
      if (this.page === startedFor) this.fail(`${page.base}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /**
   * Fetches a page's sound and sentence timings ahead of a Listen tap, so the tap only starts
   * playing (called when a page with audio shows and the kiosk is idle). Only one page is kept
   * ahead: preparing another lets go of the last. A file that fails here fails again, and is
   * reported, when the patient taps Listen.
   */
  prepare(page: SpokenPage): void {
    if (!this.settings.enabled || this.ahead?.base === page.base || this.page?.base === page.base) return;
    this.dropAhead();
    // The same object loadPageAudio marks when its timings fail (a copy would not see it).
    this.ahead = Object.assign(loadPageAudio(page.base), { base: page.base });
  }

  private ahead: ({ base: string } & PageAudio) | null = null;

  /**
   * The sound prepared for this page, if it is usable. One prepared for another page is let go.
   * One whose sound or timings already failed is let go too: loaded again now, its failure comes
   * again with the player listening, and is reported.
   */
  private takeAhead(base: string): PageAudio | null {
    const ahead = this.ahead;
    if (!ahead || ahead.base !== base || ahead.audio.error !== null || ahead.failed) {
      this.dropAhead();
      return null;
    }
    this.ahead = null;
    return ahead;
  }

  private dropAhead(): void {
    if (this.ahead) unloadAudio(this.ahead.audio);
    this.ahead = null;
  }

  pause(): void {
    if (this.state !== 'playing' || !this.audio) return;
    this.audio.pause();
    cancelAnimationFrame(this.frame);
    this.setState('paused');
  }

  resume(): void {
    if (this.state !== 'paused' || !this.audio) return;
    void this.audio.play().then(
      () => {
        this.setState('playing');
        this.followAudio();
      },
      (error: unknown) => this.fail(String(error)),
    );
  }

  /** Silence at once, the highlight gone; safe to call at any time. */
  stop(): void {
    this.release();
    this.page = null;
    if (this.state !== 'idle') this.setState('idle');
  }

  /** The idle reset: silence, and nothing of the last patient's pages kept. */
  reset(): void {
    this.stop();
    this.dropAhead();
  }

  applySettings(settings: ReadAloudSettings): void {
    this.settings = settings;
    if (!settings.enabled) {
      this.stop();
      this.dropAhead();
    }
    if (this.audio) {
      this.audio.volume = settings.volume;
      this.audio.playbackRate = settings.rate;
    }
    this.dispatchEvent(new Event('change'));
  }

  /** The end of the page's audio: as if stopped. */
  private finish(): void {
    this.stop();
  }

  /** Lets go of the audio and the highlight (the page stays, for an error shown beside its button). */
  private release(): void {
    cancelAnimationFrame(this.frame);
    if (this.audio) unloadAudio(this.audio);
    this.audio = null;
    this.timings = [];
    this.shownSentence = -1;
    clearSentenceHighlight();
  }

  /** A missing or broken file: one warning in the log, a short message by the button, the page still usable. */
  private fail(reason: string): void {
    // A broken file can fail twice (the element's error event and play()'s rejection): once is enough.
    if (this.state === 'error') return;
    if (!this.warned.has(reason)) {
      this.warned.add(reason);
      console.warn(`[kiosk] read-aloud is not available: ${reason}`);
    }
    this.release();
    this.setState('error');
  }

  /** Moves the highlight to the sentence being heard, once per frame while playing. */
  private followAudio(): void {
    const step = () => {
      const audio = this.audio;
      if (!audio || this.state !== 'playing') return;
      const nowMs = audio.currentTime * 1000;
      let index = -1;
      for (let at = 0; at < this.timings.length; at += 1) if ((this.timings[at]?.startMs ?? Infinity) <= nowMs) index = at;
      if (index !== this.shownSentence) {
        this.shownSentence = index;
        const sentence = this.timings[index];
        const root = this.page?.textRoot();
        if (sentence && root) highlightSentence(root, sentence.key, sentence.shown);
      }
      this.frame = requestAnimationFrame(step);
    };
    this.frame = requestAnimationFrame(step);
  }

  private setState(state: ReadAloudState): void {
    this.state = state;
    this.dispatchEvent(new Event('change'));
  }
}

interface PageAudio {
  audio: HTMLAudioElement;
  timings: Promise<SentenceTiming[]>;
  /** Set when the timings could not be loaded. */
  failed: boolean;
}

/** Starts loading a page's sound (buffered, not playing, in the document) and its sentence timings. */
function loadPageAudio(base: string): PageAudio {
  const timings = fetch(`${base}.json`).then(async (response) => {
    if (!response.ok) throw new Error(`timings: HTTP ${response.status}`);
    const timing = (await response.json()) as { sentences?: SentenceTiming[] };
    return Array.isArray(timing.sentences) ? timing.sentences : [];
  });
  const audio = new Audio();
  audio.preload = 'auto';
  audio.src = `${base}.mp3`;
  // In the document (hidden, no controls) from the start: putting a media element into the
  // document costs ~5 ms at 4x CPU (25 ms the first time), and in the Listen tap that came
  // before play() (bench/README.md).
  audio.hidden = true;
  document.body.append(audio);
  const loaded: PageAudio = { audio, timings, failed: false };
  // Read when Listen is tapped; a page never listened to leaves no unhandled rejection.
  timings.catch(() => (loaded.failed = true));
  return loaded;
}

/** Stops an element, lets the browser drop its file, and takes it out of the document. */
function unloadAudio(audio: HTMLAudioElement): void {
  audio.pause();
  audio.removeAttribute('src');
  audio.load();
  audio.remove();
}

/** The kiosk's one read-aloud player. */
export const readAloud = new ReadAloud();
// Scripts loaded later (the topic screens) use this same player (read-aloud-from-app.ts).
globalThis.kioskReadAloud = readAloud;

declare global {
  /** Set by the app (above) before any later script loads. */
  var kioskReadAloud: typeof readAloud | undefined;
}

// A new language, and the idle reset for the next patient, silence it at once (the app shell
// switches the language, and sends kx-reset on window).
onLanguageChanged(() => readAloud.stop());
window.addEventListener('kx-reset', () => readAloud.reset());

import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { pageCount, topicPages, type CompiledDiagram, type CompiledScreen, type CompiledTopic, type TopicPage } from '../../content/content-store';
import { I18nController } from '../../controllers/i18n-controller';
import { navigateEvent, type DiagramOpenDetail, type GlossaryOpenDetail } from '../../events';
import { currentLanguage, onLanguageChanged, t } from '../../i18n/i18n';
import { linkFor, type TopicLinks } from '../../../main/config/topic-links';
import { swipeIntent } from '../../gestures/swipe';
import { readingHighlightStyles } from '../../styles/screen-styles';
import { buttonStyles } from '../../styles/shared-styles';
import { arrowBackIcon, arrowDownIcon, arrowForwardIcon, contentsIcon, homeIcon, phoneIcon, printIcon } from '../icon/icons';
import { readAloud, spokenPageFor, topicPageAudio, type SpeechManifest, type SpokenPage } from '../../speech/read-aloud';
import { pageTitle, pageSpeechKey, positionText, speechPageId } from './page-labels';
import { pagesLikelyNext } from './pages-ahead';
import { runWhenIdleAfterNextFrame } from '../../start/idle-after-frame';
import { topicScreenStyles } from './topic-screen.styles';
import { reportUsage } from '../../usage/report-usage';
import { loadTakeHomeSheet } from '../lazy-screens';
import '../screen-intro/screen-intro';
import '../screen-list/screen-list';
import '../screen-cards/screen-cards';
import '../screen-callout/screen-callout';
import '../sources-screen/sources-screen';
import '../topic-contents/topic-contents';
import '../glossary-popup/glossary-popup';
import '../diagram-figure/diagram-figure';
import '../diagram-viewer/diagram-viewer';
import '../listen-button/listen-button';

/** A page made ahead is made within this long even on a kiosk that is never idle. */
const PAGE_AHEAD_WITHIN_MS = 1000;
/** The Take this home sheet is made in idle time, or within this long of the topic being shown. */
const TAKE_HOME_WITHIN_MS = 3000;
/** Opening Take this home stops the reading within this long of the frame that shows the sheet. */
const STOP_READING_WITHIN_MS = 100;
/** A page shown gets the focus on its heading (announcing it) within this long of its frame. */
const SETTLE_WITHIN_MS = 100;

/** The element with the focus, inside shadow roots too. */
function deepActiveElement(): Element | null {
  let focused = document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  return focused;
}

/** Whether `node` is inside `ancestor`, looking through the shadow roots between them. */
function containsAcrossShadows(ancestor: Node, node: Node): boolean {
  for (let at: Node | null = node; at; at = at instanceof ShadowRoot ? at.host : at.parentNode) if (at === ancestor) return true;
  return false;
}

interface TakeHomeOffer {
  printable: boolean;
  address: string | null;
}

/** "Take this home" shows when there is a handout to print or a web address in this language. */
function offersTakeHome({ printable, address }: TakeHomeOffer): boolean {
  return printable || address !== null;
}

/**
 * One page of a topic at a time, with Back / Next, the position ("Page 2 of 5", or "Causes · 2 of 6"
 * in a topic with chapters, which also leads back to the contents) and Home. The pages are a
 * contents page when the topic has chapters, the topic's own screens, then its "Sources and
 * review" page (content/topic-pages.ts). Tapped medical words
 * open their definition here, and a tapped diagram opens full screen. A sideways swipe turns the page (mirrored in right-to-left).
 * Events: `kx-navigate` (to another page of the topic, or home).
 */
@customElement('kx-topic-screen')
export class KxTopicScreen extends LitElement {
  static override styles = [buttonStyles, readingHighlightStyles, topicScreenStyles];

  /** The topic being read. */
  @property({ attribute: false }) accessor topic: CompiledTopic | null = null;
  /** 0-based index of the page shown. */
  @property({ type: Number }) accessor page = 0;
  /** Staff turned handout printing on: "Take this home" shows on every page of a topic that has a handout. */
  @property({ type: Boolean }) accessor printing = false;
  /** QR-code addresses from the IT config; with the topic's own, "Take this home" also shows when one fits the language. */
  @property({ attribute: false }) accessor topicLinks: TopicLinks = {};
  /**
   * Made ahead while the home screen shows (the app's standby topic): rendered and laid out,
   * but hidden, inert and silent: no usage counts, no focus, no reading, no pages ahead. The tap
   * that opens the topic only clears this, so the page is revealed, not built, in that tap.
   */
  @property({ type: Boolean, reflect: true }) accessor standby = false;

  /** The glossary term whose definition is showing, if any. */
  @state() private accessor openTerm = '';
  /** The diagram showing full screen, if any. */
  @state() private accessor openDiagram: CompiledDiagram | null = null;
  /** Whether the page's text goes on below the bottom of its scrolling area. */
  @state() private accessor moreBelow = false;
  /** Which pages have read-aloud audio (audio/index.json), once loaded. */
  @state() private accessor speech: SpeechManifest | null = null;
  /** Whether the "Take this home" sheet is open. */
  @state() private accessor takeHomeOpen = false;
  /**
   * The topic the "Take this home" sheet is made for: set in idle time once the topic is on the
   * screen (or on standby), so the sheet is rendered and laid out, hidden, before the tap that
   * opens it (prepareTakeHome).
   */
  @state() private accessor takeHomeTopic: CompiledTopic | null = null;

  private readonly i18n = new I18nController(this);
  /** Where the current touch began, for telling a swipe from a tap or a scroll. */
  private swipeStart: { pointerId: number; x: number; y: number } | null = null;
  /**
   * Rechecks "more below" when the text reflows (new text size, language or page). The hidden
   * pages reflowed too: their measurements are dropped and taken again in idle time.
   */
  private readonly reflowObserver = new ResizeObserver(() => {
    this.updateMoreBelow();
    for (const article of this.hiddenArticles()) delete article.dataset.moreBelow;
    this.stopMeasuringHidden();
    this.stopMeasuringHidden = runWhenIdleAfterNextFrame(this.measureHiddenPages, PAGE_AHEAD_WITHIN_MS);
  });
  private stopMeasuringHidden: () => void = () => undefined;

  constructor() {
    super();
    this.addEventListener('kx-glossary-open', (event) => this.handleGlossaryOpen(event.detail));
    this.addEventListener('kx-diagram-open', (event) => this.handleDiagramOpen(event.detail));
    this.addEventListener('pointerdown', (event) => {
      if (event.isPrimary) this.swipeStart = { pointerId: event.pointerId, x: event.clientX, y: event.clientY };
    });
    this.addEventListener('pointerup', (event) => this.handleSwipeEnd(event));
    this.addEventListener('pointercancel', () => (this.swipeStart = null));
  }

  override render() {
    const topic = this.topic;
    const shown = topic ? topicPages(topic).pages[this.page] : undefined;
    if (!topic || !shown) return nothing;
    const offer = this.takeHomeOffer(topic);
    const { printable, address } = offer;
    return html`
      <div class="pages">${this.renderPages(topic)}</div>
      <div class="below-article">
        <kx-listen-button class="listen" .page=${this.spokenPage(topic, speechPageId(shown))} .prepareSound=${!this.standby}></kx-listen-button>
        ${offersTakeHome(offer) ? html`<button class="take-home" @click=${this.openTakeHome}>${printable ? printIcon() : phoneIcon()}${t('takeHome.button')}</button>` : nothing}
        <p class="care-note">${t('app.careTeamNote')}</p>
        <button class="more" aria-hidden=${this.moreBelow ? 'false' : 'true'} tabindex=${this.moreBelow ? '0' : '-1'} @click=${this.showMore}>
          ${arrowDownIcon()}${t('nav.moreBelow')}
        </button>
      </div>
      ${this.renderNavigation(topic)}
      <kx-glossary-popup .topicId=${topic.id} .term=${this.openTerm} @kx-close=${this.handleGlossaryClose}></kx-glossary-popup>
      <kx-diagram-viewer .topicId=${topic.id} .diagram=${this.openDiagram} @kx-close=${this.handleDiagramClose}></kx-diagram-viewer>
      <kx-take-home-sheet .topic=${this.takeHomeTopic} ?open=${this.takeHomeOpen} ?printing=${printable} .address=${address} @kx-close=${this.closeTakeHome}></kx-take-home-sheet>
    `;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new page starts with nothing open and nothing being read. Set here, before rendering, so a
    // page turn renders once. The new page is not read by itself: the patient chose to hear the
    // last one, and may not want this one (one tap on Listen starts it).
    // Going to standby (Home, the idle reset) closes what the patient had open and stops the reading.
    if (changed.has('page') || changed.has('topic') || changed.has('standby')) {
      this.openTerm = '';
      this.openDiagram = null;
      this.takeHomeOpen = false;
      // Only the reading of a page that was shown is this screen's: on standby, home may be reading.
      const wasShown = (changed.has('standby') ? changed.get('standby') : this.standby) === false;
      if (wasShown && (changed.get('page') !== undefined || changed.get('topic') !== undefined || this.standby)) readAloud.stop();
    }
    // Out of reach while on standby, for touch, keyboard and screen readers alike.
    if (changed.has('standby')) this.inert = this.standby;
    // The page turned from stays, hidden like a page made ahead, until idle time (makePagesAhead
    // lets go of every page no longer likely): taking its elements out was ~1.7 ms of a page
    // turn's script on a slow kiosk PC (bench/README.md). Not a page the patient scrolled: shown
    // again (Back at once), it would show where they were until its scroll to the top, after
    // the frame. On standby nothing is kept (below).
    const left = changed.get('page');
    if (left !== undefined && left !== this.page) {
      // Focus inside the page turned from (the tapped chapter button, the contents page's heading)
      // is let go now, so its :focus styles go in this frame's one style pass: the page becoming
      // inert let go of it in a task after the frame, which restyled the page a second time.
      const focused = deepActiveElement();
      const leftArticle = this.currentArticle();
      if (focused instanceof HTMLElement && leftArticle && containsAcrossShadows(leftArticle, focused)) focused.blur();
      const keep = !this.standby && !this.shownPageScrolled && !this.aheadPages.includes(left);
      if (keep) this.aheadPages = [...this.aheadPages, left];
      // Kept at its top, so "More below" is what it showed: Back right away shows it again with it.
      if (keep && leftArticle) leftArticle.dataset.moreBelow = String(this.moreBelow);
      this.shownPageScrolled = false;
      // "More below" as measured while the new page was hidden (measureHiddenPages), so the tap's
      // frame shows it right without laying the page out in the tap; a page not measured yet gets
      // it in idle time, when it is settled (updateMoreBelow).
      const shownArticle = this.hiddenArticle(this.page);
      this.moreBelow = shownArticle?.dataset.moreBelow === 'true';
      // Shown, it is watched instead (observeReflow); hidden again, it is measured again. And it is
      // drawn again (measureHiddenPages parked it).
      if (shownArticle) {
        delete shownArticle.dataset.moreBelow;
        delete shownArticle.dataset.parked;
      }
    }
    // Pages made ahead in another language, or of another topic, are dropped before they cost
    // this render anything; they are made again in idle time (updated()). A screen on standby
    // keeps none: the patient opens it on its first page.
    const language = currentLanguage();
    if (changed.has('topic') || language !== this.aheadLanguage || (changed.has('standby') && this.standby)) {
      this.aheadLanguage = language;
      this.aheadPages = [];
      this.aheadStale = true;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void readAloud.speechManifest().then((manifest) => (this.speech = manifest));
    this.stopDroppingAhead = onLanguageChanged(this.dropPagesAheadNow);
    // Put back on the page: its sheet's preparation was stopped when it was taken off.
    if (this.hasUpdated) this.prepareTakeHome();
  }

  /**
   * On a language switch, the pages made ahead are dropped at once, by rendering this screen
   * now (willUpdate drops them), before the parts inside them re-render in the new language:
   * this listener comes before theirs (they were put on the page after this screen was), and a
   * part taken off the page no longer renders (I18nController). Left to the usual update, every
   * hidden page re-rendered first and was then thrown away: a switch on the contents page cost
   * ~13 ms more (bench/README.md).
   */
  private readonly dropPagesAheadNow = (): void => {
    if (this.aheadPages.length === 0) return;
    this.requestUpdate();
    this.performUpdate();
  };
  private stopDroppingAhead: () => void = () => undefined;

  /** The page's audio in the current language, if the build made any. */
  private spokenPage(topic: CompiledTopic, pageId: string): SpokenPage | null {
    const language = currentLanguage();
    if (!this.speech?.topics[topic.id]?.[language]?.[pageId]) return null;
    this.spoken = spokenPageFor(this.spoken, topicPageAudio(topic.id, language, pageId), () => this.currentArticle());
    return this.spoken;
  }
  private spoken: SpokenPage | null = null;

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('topic') || changed.has('printing') || changed.has('topicLinks')) this.prepareTakeHome();
    if (changed.has('page') || changed.has('topic') || changed.has('standby')) {
      this.stopSettling();
      if (this.standby) this.settleOnStandby();
      else this.settleShownPage();
    }
    if (this.standby) return;
    if (changed.has('page') || changed.has('standby') || this.aheadStale) {
      this.aheadStale = false;
      this.makePagesAhead();
    }
  }
  private stopSettling: () => void = () => undefined;

  /** A page the patient now sees (a page turn, or the topic opened): counted, and announced by focus on its heading. */
  private settleShownPage(): void {
    if (this.topic !== null) reportUsage({ event: 'page-reached', topicId: this.topic.id, page: this.page, pageCount: pageCount(this.topic) });
    // After the frame that shows the page (within SETTLE_WITHIN_MS): scrolling and focusing
    // lay the page out and restyle it for :focus, which inside the tap's frame cost a slow
    // kiosk PC ~4 ms of script and a second style pass (bench/README.md). The page shown is at
    // its top already (made ahead hidden, or new), so the scroll is only a safeguard, and
    // preventScroll keeps focus from scrolling the heading into view a second time.
    // Should the person put the focus somewhere meanwhile (a keyboard user tabbing on), it stays
    // there; focus still on the tapped button, or lost with the page that held it, moves.
    const focusedAtTurn = deepActiveElement();
    this.stopSettling = runWhenIdleAfterNextFrame(() => {
      this.textColumn()?.scrollTo({ top: 0 });
      const focused = deepActiveElement();
      if (focused === focusedAtTurn || focused === null || focused === document.body) this.currentArticle()?.querySelector('h1')?.focus({ preventScroll: true });
      this.observeReflow();
    }, SETTLE_WITHIN_MS);
  }

  /**
   * A screen gone to standby is ready for the next patient: its page scrolled back to the top
   * (in idle time after the next frame, not in the Home tap that hid it: the scroll would lay
   * the page out there), and nothing made ahead or watched.
   */
  private settleOnStandby(): void {
    this.stopMakingAhead();
    this.reflowObserver.disconnect();
    this.stopSettling = runWhenIdleAfterNextFrame(() => {
      const column = this.textColumn();
      if (!column) return;
      column.scrollTo({ top: 0 });
      // Measured now, so the tap that opens this screen shows "More below" right at once.
      this.moreBelow = hasMoreBelow(column);
    }, SETTLE_WITHIN_MS);
  }

  /**
   * Makes the pages the patient most likely turns to next (pages-ahead.ts) while the kiosk is
   * idle, one page per idle period, so a tap on Next or on a chapter only reveals a page already
   * rendered and laid out: rendering and laying out a new page inside the tap costs a slow kiosk
   * PC ~35 ms (bench/README.md). A page no longer likely is dropped in the same idle time.
   */
  private makePagesAhead(): void {
    this.stopMakingAhead();
    const { topic, page } = this;
    if (!topic) return;
    const wanted = pagesLikelyNext(topic, page);
    const makeOne = (): void => {
      if (!this.isConnected || this.topic !== topic || this.page !== page) return;
      // The page made last time was laid out in the frame since: its measurement costs no layout.
      this.measureHiddenPages();
      const kept = this.aheadPages.filter((index) => wanted.includes(index));
      const missing = wanted.find((index) => !kept.includes(index));
      if (missing === undefined) {
        if (kept.length !== this.aheadPages.length) this.aheadPages = kept;
        return;
      }
      // In page order, so a page made ahead never moves in the DOM (moving it would lay it out again).
      this.aheadPages = [...kept, missing].sort((a, b) => a - b);
      // Its "Causes · 2 of 9" too, looked up once here (i18n.ts keeps it) rather than in the tap.
      positionText(topic, missing);
      // The next one once this one is rendered and laid out, in the coming frame (unless the
      // page turned meanwhile, which started its own, or the screen was taken away).
      void this.updateComplete.then(() => {
        if (this.isConnected && this.topic === topic && this.page === page) this.stopMakingAhead = runWhenIdleAfterNextFrame(makeOne, PAGE_AHEAD_WITHIN_MS);
      });
    };
    this.stopMakingAhead = runWhenIdleAfterNextFrame(makeOne, PAGE_AHEAD_WITHIN_MS);
  }
  /** Later pages rendered hidden, ready to be shown (renderArticle). */
  @state() private accessor aheadPages: readonly number[] = [];
  private aheadLanguage = '';
  private aheadStale = false;
  private stopMakingAhead: () => void = () => undefined;

  /**
   * Has the "Take this home" sheet made for this topic in idle time (its script loaded, its
   * contents rendered and laid out, hidden), so the tap that opens it only reveals it: making it
   * inside the tap cost a slow kiosk PC ~50 ms (bench/README.md). Should the tap come first,
   * openTakeHome makes it then.
   */
  private prepareTakeHome(): void {
    this.stopPreparingTakeHome();
    const topic = this.topic;
    if (topic === null || this.takeHomeTopic === topic || !offersTakeHome(this.takeHomeOffer(topic))) return;
    this.stopPreparingTakeHome = runWhenIdleAfterNextFrame(() => {
      loadTakeHomeSheet().then(
        () => {
          if (this.isConnected && this.topic === topic) this.takeHomeTopic = topic;
        },
        // Logged by the background load; the tap on Take this home tries again.
        () => undefined,
      );
    }, TAKE_HOME_WITHIN_MS);
  }
  private stopPreparingTakeHome: () => void = () => undefined;

  /** What "Take this home" offers for the topic: a handout to print, and the clinic's web address in this language. */
  private takeHomeOffer(topic: CompiledTopic): TakeHomeOffer {
    return { printable: this.printing && topic.handout !== undefined, address: linkFor(currentLanguage(), this.topicLinks[topic.id], topic.takeHomeLinks) };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopPreparingTakeHome();
    this.stopDroppingAhead();
    this.stopSettling();
    this.stopMakingAhead();
    this.stopMeasuringHidden();
    this.reflowObserver.disconnect();
    // Home (or an idle reset) takes the topic away: its reading stops with it. (A screen on
    // standby reads nothing; home may be.)
    if (!this.standby) readAloud.stop();
  }

  private readonly openTakeHome = (): void => {
    // Loaded in the background after the first screen, so this is at once; should that load have
    // failed, it is tried again now. A page turn, Home or the idle reset while it loads means the
    // tap was for a page no longer shown: the sheet stays shut (and the page turn stopped any reading).
    const { topic, page } = this;
    loadTakeHomeSheet().then(
      () => {
        if (!this.isConnected || this.topic !== topic || this.page !== page || this.standby) return;
        this.takeHomeTopic = topic;
        this.takeHomeOpen = true;
        // The reading stops right after the frame that shows the sheet (in the idle time after
        // it, as the sheet becomes modal), not in the tap: stopping it changes the page under the
        // sheet (its Listen button), and that frame then laid the page out again (bench/README.md).
        runWhenIdleAfterNextFrame(() => readAloud.stop(), STOP_READING_WITHIN_MS);
      },
      (error: unknown) => {
        readAloud.stop();
        console.warn('[kiosk] the Take this home sheet could not be loaded:', error);
      },
    );
  };

  private readonly closeTakeHome = (): void => {
    this.takeHomeOpen = false;
  };

  /** The page shown (pages made ahead are hidden beside it). */
  private currentArticle(): HTMLElement | null {
    return this.shadowRoot?.querySelector<HTMLElement>('article.current') ?? null;
  }

  /** The pages rendered hidden: made ahead, or kept after the patient turned from them. */
  private hiddenArticles(): NodeListOf<HTMLElement> | [] {
    return this.shadowRoot?.querySelectorAll<HTMLElement>('article.ahead') ?? [];
  }

  private hiddenArticle(index: number): HTMLElement | null {
    return this.shadowRoot?.querySelector<HTMLElement>(`article.ahead[data-page="${index}"]`) ?? null;
  }

  /**
   * Notes on each hidden page whether its text goes below the fold (data-more-below), so the tap
   * that shows it can show "More below" at once. Run in idle time after the pages were laid out.
   * Then parks each one (data-parked: `content-visibility: hidden`), which keeps its layout but
   * takes it out of every later frame's style, layout and paint walks: hidden but laid out, every
   * tap's frame also walked the pages made ahead (up to six on a contents page). A tap shows a
   * parked page by taking the mark off (willUpdate), with its layout kept (bench/README.md).
   */
  private readonly measureHiddenPages = (): void => {
    for (const article of this.hiddenArticles()) {
      const column = article.querySelector<HTMLElement>('.text');
      if (column && article.dataset.moreBelow === undefined) article.dataset.moreBelow = String(hasMoreBelow(column));
      article.dataset.parked = '';
    }
  };

  /** The page's text, which scrolls when it is longer than the screen. */
  private textColumn(): HTMLElement | null {
    return this.currentArticle()?.querySelector<HTMLElement>('.text') ?? null;
  }

  /** The scrolling box and the text inside it change size when the text reflows. */
  private observeReflow(): void {
    this.reflowObserver.disconnect();
    const column = this.textColumn();
    if (!column) return;
    this.reflowObserver.observe(column);
    for (const child of column.children) this.reflowObserver.observe(child);
    this.updateMoreBelow();
  }

  private readonly updateMoreBelow = (): void => {
    const column = this.textColumn();
    if (!column) return;
    this.shownPageScrolled = column.scrollTop > 0;
    const moreBelow = hasMoreBelow(column);
    if (moreBelow === this.moreBelow) return;
    // The button hides at the end of the text: keep a keyboard user's focus on the page.
    if (!moreBelow && this.shadowRoot?.activeElement?.classList.contains('more')) column.focus();
    this.moreBelow = moreBelow;
  };

  /** Whether the patient scrolled the page shown down from its top (updateMoreBelow). */
  private shownPageScrolled = false;

  /** One tap shows the next screenful, keeping a line of what was read for context. */
  private readonly showMore = (): void => {
    const column = this.textColumn();
    if (!column) return;
    const lineHeight = parseFloat(getComputedStyle(column).lineHeight) || 0;
    column.scrollBy({ top: Math.max(column.clientHeight - lineHeight * 1.5, lineHeight) });
  };

  /**
   * The page shown, then the pages kept hidden (aheadPages): those made ready ahead of the
   * patient's next tap, and the page just turned from until idle time lets it go.
   */
  private renderedPages(): number[] {
    return [this.page, ...this.aheadPages.filter((index) => index !== this.page)];
  }

  /**
   * One place per page of the topic, in page order, each holding its article while the page is
   * shown or made ahead, else nothing: a page made ahead keeps its element when it is shown, and
   * never moves in the DOM. Not Lit's repeat(): in lit-html 3.3 it leaves one comment node behind
   * for each item it removes (lit/lit#5298), and a topic screen kept on standby across patients
   * grew by ~4 nodes a patient (bench/README.md). Fixed places keep a fixed set of markers.
   */
  private renderPages(topic: CompiledTopic) {
    const rendered = new Set(this.renderedPages());
    return topicPages(topic).pages.map((_, index) => (rendered.has(index) ? this.renderArticle(topic, index) : nothing));
  }

  /**
   * One page's text and diagram. A page made ahead is rendered and laid out but not drawn
   * (visibility: hidden, inert: no one can see, reach or tap it), in the same place as the page
   * shown; when the patient turns to it, it only becomes visible.
   */
  private renderArticle(topic: CompiledTopic, index: number) {
    const shown = topicPages(topic).pages[index];
    if (!shown) return nothing;
    const screen = shown.kind === 'screen' ? shown.screen : undefined;
    const current = index === this.page;
    return html`
      <article data-page=${index} aria-labelledby="screen-title-${index}" class="${screen?.diagram ? 'with-diagram' : ''} ${current ? 'current' : 'ahead'}" ?inert=${!current}>
        <!-- Focusable, so staff using a keyboard can scroll a page whose text is longer than the screen. -->
        <div class="text ${current && this.moreBelow ? 'more-below' : ''}" tabindex="0" @scroll=${this.updateMoreBelow}>
          <h1 id="screen-title-${index}" tabindex="-1" data-speech-key=${pageSpeechKey(shown)}>${pageTitle(topic, shown)}</h1>
          ${this.renderPageBody(topic, shown)}
        </div>
        ${screen?.diagram ? html`<kx-diagram-figure .topicId=${topic.id} .diagram=${screen.diagram}></kx-diagram-figure>` : nothing}
      </article>
    `;
  }

  private renderPageBody(topic: CompiledTopic, shown: TopicPage<CompiledScreen>) {
    switch (shown.kind) {
      case 'contents':
        return html`<kx-topic-contents .topic=${topic}></kx-topic-contents>`;
      case 'sources':
        return html`<kx-sources-screen .topic=${topic}></kx-sources-screen>`;
      case 'screen':
        return this.renderScreenBody(topic, shown.screen);
    }
  }

  private renderScreenBody(topic: CompiledTopic, screen: CompiledScreen) {
    switch (screen.kind) {
      case 'intro':
        return html`<kx-screen-intro .topicId=${topic.id} .screen=${screen}></kx-screen-intro>`;
      case 'list':
        return html`<kx-screen-list .topicId=${topic.id} .screen=${screen}></kx-screen-list>`;
      case 'cards':
        return html`<kx-screen-cards .topicId=${topic.id} .screen=${screen}></kx-screen-cards>`;
      case 'callout':
        return html`<kx-screen-callout .topicId=${topic.id} .screen=${screen}></kx-screen-callout>`;
    }
  }

  private renderNavigation(topic: CompiledTopic) {
    const { pages, chapters } = topicPages(topic);
    const total = pages.length;
    const isFirst = this.page === 0;
    const isLast = this.page === total - 1;
    const chapterStarts = new Set(chapters.map((chapter) => chapter.firstPage));
    const progress = html`
      <span class="progress" aria-hidden="true">
        ${pages.map(
          (_, index) =>
            html`<span class="segment ${index <= this.page ? 'done' : ''} ${index === this.page ? 'current' : ''} ${chapterStarts.has(index) ? 'chapter-start' : ''}"></span>`,
        )}
      </span>
    `;
    const position = positionText(topic, this.page);
    return html`
      <nav aria-label=${t('nav.label')} data-page=${this.page + 1}>
        <button class="back" ?disabled=${isFirst} @click=${() => this.goToPage(this.page - 1)}>
          ${arrowBackIcon()}${t('nav.back')}
        </button>
        ${chapters.length === 0
          ? html`<div class="position"><span>${position}</span>${progress}</div>`
          : html`<button class="position to-contents" aria-label=${`${position} · ${t('nav.contents')}`} ?disabled=${this.page === 0} @click=${() => this.goToPage(0)}>
              <span class="position-line">${contentsIcon()}<span>${position}</span></span>${progress}
            </button>`}
        ${isLast
          ? html`<button class="next primary" data-last @click=${this.handleHome}>${homeIcon()}${t('nav.home')}</button>`
          : html`<button class="next primary" @click=${() => this.goToPage(this.page + 1)}>
              ${t('nav.next')}${arrowForwardIcon()}
            </button>`}
      </nav>
    `;
  }

  private handleSwipeEnd(event: PointerEvent): void {
    const start = this.swipeStart;
    this.swipeStart = null;
    if (!start || start.pointerId !== event.pointerId || !this.topic || this.openTerm || this.openDiagram) return;
    const direction = document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';
    const intent = swipeIntent(event.clientX - start.x, event.clientY - start.y, direction);
    if (intent === 'next' && this.page < pageCount(this.topic) - 1) this.goToPage(this.page + 1);
    if (intent === 'back' && this.page > 0) this.goToPage(this.page - 1);
  }

  private goToPage(page: number): void {
    if (!this.topic) return;
    this.dispatchEvent(navigateEvent({ name: 'topic', topicId: this.topic.id, page }));
  }

  private handleGlossaryOpen({ topicId, term }: GlossaryOpenDetail): void {
    if (topicId !== this.topic?.id) return;
    this.openTerm = term;
    reportUsage({ event: 'glossary-opened', topicId, term });
  }

  private readonly handleGlossaryClose = (): void => {
    this.openTerm = '';
  };

  private handleDiagramOpen({ topicId, diagramId }: DiagramOpenDetail): void {
    if (topicId !== this.topic?.id) return;
    this.openDiagram = this.topic.screens.find((screen) => screen.diagram?.id === diagramId)?.diagram ?? null;
    if (this.openDiagram !== null) reportUsage({ event: 'diagram-enlarged' });
  }

  private readonly handleDiagramClose = (): void => {
    this.openDiagram = null;
  };

  private readonly handleHome = (): void => {
    this.dispatchEvent(navigateEvent({ name: 'home' }));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'kx-topic-screen': KxTopicScreen;
  }
}

/** Whether a page's text column has more below what it shows. */
function hasMoreBelow(column: HTMLElement): boolean {
  return column.scrollTop + column.clientHeight < column.scrollHeight - 2;
}

import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { KioskSettingsView, TextSize, Theme } from '../../../main/ipc/contract';
import { kiosk } from '../../bridge/kiosk-bridge';
import { findTopic, pageCount, type CompiledTopic, type ContentIndex, type LanguageRegistry } from '../../content/content-store';
import { pageHeading, positionText } from '../topic-screen/page-labels';
import { I18nController } from '../../controllers/i18n-controller';
import { IdleController } from '../../controllers/idle-controller';
import { readAloud, readAloudSettingsFrom } from '../../speech/read-aloud';
import type { DisplayChangeDetail, LanguageSelectDetail, Route } from '../../events';
import { chooseLanguages, type LanguageChoice } from '../../i18n/language-choice';
import { currentLanguage, onLanguageChanged, startI18n, switchLanguage, t, topicText } from '../../i18n/i18n';
import { runAfterFirstPaint, runWhenIdleAfterFirstPaint } from '../../start/after-paint';
import { runWhenIdleAfterNextFrame } from '../../start/idle-after-frame';
import { START_FAILURE_MESSAGE } from '../../start/start-failure';
import { requestStartUpData } from '../../start/start-up-data';
import { buttonStyles, visuallyHiddenStyles } from '../../styles/shared-styles';
import { globeIcon, homeIcon } from '../icon/icons';
import { warmUpIntl } from '../../text/intl-warm-up';
import { preloadLanguageFonts } from '../../text/language-fonts';
import { appStyles } from './app.styles';
import { reportAttractShowing } from '../../start/renderer-heartbeat';
import { flushUsageReports, reportUsage } from '../../usage/report-usage';
import '../home-screen/home-screen';
import '../language-picker/language-picker';
import '../idle-prompt/idle-prompt';
import '../attract-screen/attract-screen';
import '../staff-mode/staff-mode';
import '../display-controls/display-controls';
import type { KxStaffMode } from '../staff-mode/staff-mode';
import { loadTopicScreen, preloadLaterScreens, warmTopicDiagrams } from '../lazy-screens';

type Phase = 'loading' | 'ready' | 'failed';

/** The standby topic is made within this long after home shows, even on a kiosk that is never idle. */
const STANDBY_WITHIN_MS = 2000;
/** The live region announces a new screen within this long of the frame that shows it. */
const ANNOUNCE_WITHIN_MS = 100;

/**
 * The app shell: loads settings, languages and the content index, then shows the header (with
 * the language control) and the current screen. It owns the route, the language and the idle
 * cycle (prompt, reset, attract screen), so every other component is told what to show and
 * reports taps as events.
 * Listens for: `kx-navigate`, `kx-language-select`, `kx-display-change`, `kx-close`, `kx-wake`,
 * `kx-settings-changed`.
 */
@customElement('kx-app')
export class KxApp extends LitElement {
  static override styles = [buttonStyles, visuallyHiddenStyles, appStyles];

  @state() private accessor phase: Phase = 'loading';
  @state() private accessor route: Route = { name: 'home' };
  @state() private accessor pickerOpen = false;
  /** True after an idle reset, until the next patient touches the screen. */
  @state() private accessor attractActive = false;
  @state() private accessor settings: KioskSettingsView | null = null;
  /** The patient's text size and theme: the staff defaults until the patient changes them. */
  @state() private accessor textSize: TextSize = 'standard';
  @state() private accessor theme: Theme = 'standard';
  /**
   * The topic screen kept behind the home screen on standby (hidden and inert): in idle time,
   * the first topic's first page, so the tap that opens it only reveals a page already rendered
   * and laid out (rendering and laying it out inside the tap cost a slow kiosk PC ~100 ms,
   * bench/README.md). Right after Home it is the page the patient left, until idle time moves it
   * to the first page; the next patient never sees it (a tap on a topic opens its first page).
   */
  @state() private accessor standbyTopic: { topic: CompiledTopic; page: number } | null = null;
  private stopPreparingStandby: () => void = () => undefined;

  private content: ContentIndex = { topics: [] };
  /** The last navigation asked for; a topic page shows only if none came after it. */
  private latestNavigation = Symbol('start');
  private registry: LanguageRegistry | null = null;
  private languages: LanguageChoice | null = null;
  private readonly i18n = new I18nController(this);
  private readonly idle = new IdleController(this, {
    times: () => ({ idleMs: (this.settings?.idleTimeoutSeconds ?? 90) * 1000, countdownMs: (this.settings?.idleCountdownSeconds ?? 20) * 1000 }),
    enabled: () => this.phase === 'ready' && !this.attractActive,
    skipPrompt: () => this.isUntouched(),
    onExpired: () => void this.resetForNextPatient(),
  });

  constructor() {
    super();
    this.addEventListener('kx-navigate', (event) => this.handleNavigate(event.detail));
    this.addEventListener('kx-language-select', (event) => void this.handleLanguageSelect(event.detail));
    this.addEventListener('kx-close', () => (this.pickerOpen = false));
    this.addEventListener('kx-wake', () => this.wake());
    this.addEventListener('kx-display-change', (event) => this.handleDisplayChange(event.detail));
    this.addEventListener('kx-settings-changed', (event) => this.applySettings(event.detail, { resetDisplay: true }));
    // The first touch after start or after a reset is a new patient (the attract screen's wake too).
    this.addEventListener('pointerdown', (event) => this.startSession(event), { capture: true });
  }

  /** Whether a patient has touched the screen since the last reset (for the usage counts only). */
  private sessionOpen = false;

  private startSession(event: PointerEvent): void {
    if (this.sessionOpen || this.phase !== 'ready') return;
    // Staff are not patients: a touch on staff mode (its corners, PIN pad, panel) starts no session.
    if (event.composedPath().some((target) => target instanceof Element && target.localName === 'kx-staff-mode')) return;
    this.sessionOpen = true;
    reportUsage({ event: 'session-started' });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Before any screen's own listener: see dropStandbyNow.
    this.stopDroppingStandby = onLanguageChanged(this.dropStandbyNow);
    if (this.phase === 'loading') void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopDroppingStandby();
    this.stopPreparingStandby();
    this.stopAnnouncing();
    this.announcedScreen = '';
  }

  protected override updated(): void {
    // "Are you still there?" silences any reading at once: the patient may have walked away.
    if (this.idle.phase.phase === 'prompt' && readAloud.state !== 'idle') readAloud.stop();
    this.announceScreenAfterFrame();
  }

  /**
   * The live region says what the screen now shows in idle time after the frame that shows it
   * (within ANNOUNCE_WITHIN_MS): working out "Page 2 of 9: ..." with i18next inside a page
   * turn cost a slow kiosk PC ~1.5 ms of the tap's script (bench/README.md), and a screen
   * reader hears it no later than it would have.
   */
  private announceScreenAfterFrame(): void {
    const route = this.route;
    const screen = this.phase !== 'ready' ? '' : route.name === 'home' ? `${currentLanguage()} home` : `${currentLanguage()} ${route.topicId} ${route.page}`;
    if (screen === this.announcedScreen) return;
    this.announcedScreen = screen;
    this.stopAnnouncing();
    this.stopAnnouncing = runWhenIdleAfterNextFrame(() => (this.announcement = screen === '' ? '' : this.screenAnnouncement()), ANNOUNCE_WITHIN_MS);
  }
  @state() private accessor announcement = '';
  /** The screen (language, route) the live region says, or will say once idle time comes. */
  private announcedScreen = '';
  private stopAnnouncing: () => void = () => undefined;

  private async start(): Promise<void> {
    try {
      // Usually already on its way: the renderer's entry asked for it (renderer/main.ts).
      const { registry, content, settings } = await requestStartUpData();
      this.registry = registry;
      const languages = this.applySettings(settings, { resetDisplay: true });
      const startLanguage = registry.languages.find((entry) => entry.code === languages.defaultLanguage);
      // Requested already with the settings written into the page (start-up-data.ts): then a no-op.
      if (startLanguage) preloadLanguageFonts(startLanguage);
      const offeredCodes = languages.offered.map((language) => language.code);
      await startI18n(registry, languages.defaultLanguage, content.topics.map((topic) => topic.id), offeredCodes);
      this.content = content;
      this.phase = 'ready';
      this.reportContentStarted(true);
      // The topic screen is what a patient opens next: its script is fetched as soon as the first screen is painted.
      runAfterFirstPaint(preloadLaterScreens);
      // Its script's load is logged by preloadLaterScreens should it fail; the first tap tries again.
      runAfterFirstPaint(() => loadTopicScreen().then(() => this.prepareStandbyTopic(), () => undefined));
      runWhenIdleAfterFirstPaint(() => warmUpIntl(currentLanguage()));
      // So is a diagram page: its drawing is prepared while the kiosk waits, not in the tap.
      runWhenIdleAfterFirstPaint(() => warmTopicDiagrams(content.topics));
    } catch (error) {
      console.warn('[kiosk] start-up failed:', error);
      this.phase = 'failed';
      this.reportContentStarted(false);
    }
  }

  /**
   * Main keeps a new content pack on trial until the page says it started with it; one it could
   * not start with is taken back at once, and the page loads again with the content before it.
   */
  private reportContentStarted(ok: boolean): void {
    kiosk.reportContentStarted(ok).then(
      ({ reload }) => {
        if (reload) window.location.reload();
      },
      (error: unknown) => console.warn('[kiosk] could not report the start:', error),
    );
  }

  /** <html> always shows the current display choices, whoever changed them. */
  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('textSize') || changed.has('theme') || changed.has('settings')) {
      applyDisplay({ textSize: this.textSize, theme: this.theme, motion: this.settings?.motion ?? true });
    }
    // Home (or the idle reset) puts the topic screen on standby as it is: hiding it costs the tap
    // nothing, where showing another page in it would cost a render. Idle time moves it on.
    const left = changed.get('route') as Route | undefined;
    if (left?.name === 'topic' && this.route.name === 'home') {
      const topic = findTopic(this.content, left.topicId);
      // Not when the topic screen's script failed to load: the patient saw a message, not a topic screen.
      this.standbyTopic = topic && customElements.get('kx-topic-screen') ? { topic, page: left.page } : null;
      this.prepareStandbyTopic();
    }
    if (changed.has('route') && this.route.name === 'topic') this.stopPreparingStandby();
  }

  /** In idle time after home shows: the first topic's first page on standby (see standbyTopic). */
  private prepareStandbyTopic(): void {
    this.stopPreparingStandby();
    this.stopPreparingStandby = runWhenIdleAfterNextFrame(() => {
      if (this.phase !== 'ready' || this.route.name !== 'home' || !customElements.get('kx-topic-screen')) return;
      const first = this.content.topics[0];
      if (!first) this.standbyTopic = null;
      else if (this.standbyTopic?.topic !== first || this.standbyTopic.page !== 0) this.standbyTopic = { topic: first, page: 0 };
    }, STANDBY_WITHIN_MS);
  }

  /**
   * A language switch on the home screen drops the topic screen on standby at once, by rendering
   * the shell now, before the parts inside it re-render in the new language (this listener comes
   * before theirs, and a part taken off the page no longer renders: I18nController); idle time
   * makes it again in the new language. Left in place, it re-rendered a whole hidden topic page
   * inside the patient's switch.
   */
  private readonly dropStandbyNow = (): void => {
    if (this.route.name !== 'home' || this.standbyTopic === null) return;
    this.standbyTopic = null;
    this.performUpdate();
    this.prepareStandbyTopic();
  };
  private stopDroppingStandby: () => void = () => undefined;

  override render() {
    if (this.phase === 'loading') return nothing;
    if (this.phase === 'failed') {
      return html`<p class="message" role="alert">${START_FAILURE_MESSAGE}</p>`;
    }
    const idle = this.idle.phase;
    return html`
      ${this.renderHeader()}
      <main>${this.renderScreen()}</main>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${this.renderPicker()}
      <kx-idle-prompt .open=${idle.phase === 'prompt'} .secondsLeft=${idle.phase === 'prompt' ? idle.secondsLeft : 0} @kx-close=${this.stillHere}></kx-idle-prompt>
      <kx-attract-screen .active=${this.attractActive} .languages=${this.languages?.offered ?? []}></kx-attract-screen>
      <kx-staff-mode .languages=${this.registry?.languages ?? []} .settings=${this.settings} .topics=${this.content.topics}></kx-staff-mode>
    `;
  }

  private renderHeader() {
    const current = this.languages?.offered.find((language) => language.code === currentLanguage());
    return html`
      <header>
        ${this.route.name === 'topic' ? this.renderTopicTitle(this.route.topicId) : html`<span class="brand">${t('app.name')}</span>`}
        <kx-display-controls .textSize=${this.textSize} .theme=${this.theme}></kx-display-controls>
        <button class="language-button" aria-haspopup="dialog" @click=${() => (this.pickerOpen = true)}>
          ${globeIcon()}<span class="language-word">${t('language.button')} ·</span><span lang=${current?.code ?? ''}>${current?.nativeName ?? ''}</span>
        </button>
      </header>
    `;
  }

  /** On topic pages the header's start holds the way home and the topic's name. */
  private renderTopicTitle(topicId: string) {
    return html`
      <span class="topic-title">
        <button class="home" @click=${() => this.handleNavigate({ name: 'home' })}>${homeIcon()}<span class="home-label">${t('nav.home')}</span></button>
        <span class="brand">${topicText(topicId, 'title')}</span>
      </span>
    `;
  }

  private renderScreen() {
    const route = this.route;
    if (route.name === 'home') {
      const standby = this.standbyTopic;
      return this.renderScreens(
        html`<kx-home-screen .topics=${this.content.topics}></kx-home-screen>`,
        standby ? this.renderTopicScreen(standby.topic, standby.page, true) : nothing,
      );
    }
    const topic = findTopic(this.content, route.topicId);
    // No topic by that id, or the topic screen's script could not be loaded (a broken install).
    if (!topic || !customElements.get('kx-topic-screen')) return html`<p class="message" role="alert">${t('error.topicMissing')}</p>`;
    return this.renderScreens(nothing, this.renderTopicScreen(topic, route.page, false));
  }

  /**
   * Home and topic screens in one template, so the topic screen on standby behind home is the
   * very element shown when the topic opens (Lit keeps an element whose template stays).
   */
  private renderScreens(home: unknown, topic: unknown) {
    return html`${home}${topic}`;
  }

  private renderTopicScreen(topic: CompiledTopic, page: number, standby: boolean) {
    return html`<kx-topic-screen
      .topic=${topic}
      .page=${page}
      ?standby=${standby}
      ?printing=${this.settings?.printingEnabled ?? false}
      .topicLinks=${this.settings?.topicLinks ?? {}}
    ></kx-topic-screen>`;
  }

  /** What the live region says after each screen change, for screen-reader users. */
  private screenAnnouncement(): string {
    const route = this.route;
    if (route.name === 'home') return t('home.title');
    const topic = findTopic(this.content, route.topicId);
    if (!topic) return '';
    return `${positionText(topic, route.page)}: ${pageHeading(topic, route.page)}`;
  }

  private renderPicker() {
    return html`
      <kx-language-picker
        .languages=${this.languages?.offered ?? []}
        .current=${currentLanguage()}
        .open=${this.pickerOpen}
      ></kx-language-picker>
    `;
  }

  private handleNavigate(route: Route): void {
    const navigation = (this.latestNavigation = Symbol('navigation'));
    if (route.name === 'topic') {
      const topic = findTopic(this.content, route.topicId);
      if (!topic) return;
      const page = Math.min(Math.max(route.page, 0), pageCount(topic) - 1);
      if (this.route.name !== 'topic' || this.route.topicId !== topic.id) reportUsage({ event: 'topic-opened', topicId: topic.id });
      // Run after the first paint, so normally ready already; renderScreen() reports a failure.
      void loadTopicScreen()
        .catch((error: unknown) => console.error('[kiosk] the topic screen could not be loaded:', error))
        .then(() => {
          // A later tap (Home, another page) wins over this one if it came while loading.
          if (this.latestNavigation === navigation) this.route = { ...route, page };
        });
      return;
    }
    const wasInTopic = this.route.name === 'topic';
    this.route = route;
    // The Home button that had the focus is gone: give it to the home screen's heading.
    if (wasInTopic) void this.updateComplete.then(() => this.renderRoot.querySelector('kx-home-screen')?.focusHeading());
  }

  /**
   * Takes new settings (at start, or saved by staff): which languages are offered, in what order,
   * and the idle times. A patient's current language stays unless staff turned it off.
   */
  private applySettings(settings: KioskSettingsView, options: { resetDisplay: boolean }): LanguageChoice {
    const languages = chooseLanguages(this.registry!, settings);
    for (const warning of languages.warnings) console.warn(`[kiosk] ${warning}`);
    this.settings = settings;
    this.languages = languages;
    readAloud.applySettings(readAloudSettingsFrom(settings));
    if (options.resetDisplay) this.useDefaultDisplay(settings);
    if (this.phase === 'ready' && !languages.offered.some((language) => language.code === currentLanguage())) {
      void switchLanguage(languages.defaultLanguage);
    }
    return languages;
  }

  /** Nothing a patient changed is showing, so an idle kiosk can reset without asking. */
  private isUntouched(): boolean {
    return (
      this.route.name === 'home' &&
      !this.pickerOpen &&
      currentLanguage() === this.languages?.defaultLanguage &&
      this.textSize === this.settings?.defaultTextSize &&
      this.theme === this.settings?.defaultTheme &&
      !this.staffMode?.isOpen
    );
  }

  /**
   * The next patient must not see where the last one was: back to the attract screen with the
   * staff's default language, text size and theme, every overlay closed and every scroll at the top.
   */
  private async resetForNextPatient(): Promise<void> {
    if (this.sessionOpen) reportUsage({ event: 'session-ended', language: currentLanguage() });
    this.sessionOpen = false;
    this.pickerOpen = false;
    this.latestNavigation = Symbol('reset');
    this.route = { name: 'home' };
    await this.staffMode?.closeStaffMode();
    try {
      this.applySettings(await kiosk.getSettings(), { resetDisplay: true });
    } catch (error) {
      // Keep the settings already known; the reset itself must still happen.
      console.warn('[kiosk] could not refresh settings at reset:', error);
      if (this.settings) this.useDefaultDisplay(this.settings);
    }
    if (this.languages) await switchLanguage(this.languages.defaultLanguage);
    this.attractActive = true;
    reportAttractShowing(true);
    window.dispatchEvent(new Event('kx-reset'));
    await this.updateComplete;
    for (const scroller of this.renderRoot.querySelectorAll('main, main > *')) scroller.scrollTop = 0;
    await this.showNewContentIfAny();
  }

  /**
   * New content (a content pack staff installed, or went back from) waits for a reset, so nobody
   * sees a page change under them; now, with no patient, the page reloads to show it.
   */
  private async showNewContentIfAny(): Promise<void> {
    try {
      // The last patient's counts go first: a reload must not lose them.
      flushUsageReports();
      if ((await kiosk.switchContentIfReady()).reload) window.location.reload();
    } catch (error) {
      console.warn('[kiosk] could not ask for new content:', error);
    }
  }

  private wake(): void {
    this.attractActive = false;
    reportAttractShowing(false);
    this.idle.restart();
  }

  private readonly stillHere = (): void => this.idle.restart();

  private get staffMode(): KxStaffMode | null {
    return this.renderRoot.querySelector('kx-staff-mode');
  }

  private handleDisplayChange({ textSize, theme }: DisplayChangeDetail): void {
    if (textSize && textSize !== this.textSize) reportUsage({ event: 'text-size-changed', size: textSize });
    if (theme && theme !== this.theme) reportUsage({ event: 'contrast-changed', theme });
    if (textSize) this.textSize = textSize;
    if (theme) this.theme = theme;
  }

  /** A new patient starts with the text size and colours staff chose. */
  private useDefaultDisplay(settings: KioskSettingsView): void {
    this.textSize = settings.defaultTextSize;
    this.theme = settings.defaultTheme;
  }

  private async handleLanguageSelect({ language }: LanguageSelectDetail): Promise<void> {
    this.pickerOpen = false;
    if (!this.languages?.offered.some((entry) => entry.code === language)) {
      console.warn(`[kiosk] language "${language}" is not offered; ignored`);
      return;
    }
    if (language !== currentLanguage()) reportUsage({ event: 'language-chosen', language });
    await switchLanguage(language);
  }
}

/**
 * Puts the display choices on <html>, where global.css reads them: the root font size (every
 * size in the UI is in rem), the theme's colour tokens, and whether anything may move.
 */
function applyDisplay({ textSize, theme, motion }: { textSize: TextSize; theme: Theme; motion: boolean }): void {
  const root = document.documentElement;
  root.dataset.textSize = textSize;
  root.dataset.theme = theme;
  root.dataset.motion = motion ? 'on' : 'off';
}

declare global {
  interface HTMLElementTagNameMap {
    'kx-app': KxApp;
  }
  interface HTMLElementEventMap {
    'kx-wake': Event;
  }
}

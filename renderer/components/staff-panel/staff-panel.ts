import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { CLINIC_TEXT_LIMITS, IDLE_TIMEOUT_LIMITS, READ_ALOUD_SPEEDS, READ_ALOUD_VOLUMES, TEXT_SIZES, THEMES, type AppInfo, type AppUpdateStatus, type KioskSettingsView, type StaffSettingsChange } from '../../../main/ipc/contract';
import { kiosk } from '../../bridge/kiosk-bridge';
import type { CompiledTopic, LanguageEntry } from '../../content/content-store';
import { I18nController } from '../../controllers/i18n-controller';
import { ModalDialogController } from '../../controllers/modal-dialog-controller';
import { t, topicText } from '../../i18n/i18n';
import { applyLanguageFonts } from '../../text/language-fonts';
import { buttonStyles, dialogStyles } from '../../styles/shared-styles';
import { arrowDownIcon, arrowUpIcon, checkIcon, minusIcon, plusIcon } from '../icon/icons';
import { moveLanguage, offeredOrder, toggleLanguage } from './language-order';
import { renderUpdatesSection } from './updates-section';
import { renderContentSection } from './content-section';
import { ContentSectionController } from './content-controller';
import { renderPrintingSection, type ClinicField, type PrinterList } from './printing-section';
import '../text-keyboard/text-keyboard';
import '../usage-page/usage-page';
import { staffPanelStyles } from './staff-panel.styles';

/** The idle time moves in quarter minutes, within the limits the main process enforces. */
const IDLE_STEP_SECONDS = 15;

/**
 * The staff settings, reached only through the PIN pad: default language, which languages are
 * offered and in what order, idle time, default text size, the PIN, what is installed, and
 * "Exit kiosk". Every change is saved at once through the main process (which refuses it
 * unless a staff session is open) and confirmed on screen.
 * Events: `kx-settings-changed` (detail: the saved settings), `kx-change-pin`, `kx-close`.
 */
@customElement('kx-staff-panel')
export class KxStaffPanel extends LitElement {
  static override styles = [buttonStyles, dialogStyles, staffPanelStyles];

  @property({ type: Boolean }) accessor open = false;
  /** Every language this build has (registry order). */
  @property({ attribute: false }) accessor languages: LanguageEntry[] = [];
  @property({ attribute: false }) accessor settings: KioskSettingsView | null = null;
  @property({ attribute: false }) accessor topics: CompiledTopic[] = [];
  @property({ attribute: false }) accessor appInfo: AppInfo | null = null;
  /** A confirmation from outside the panel, e.g. after the PIN was changed. */
  @property() accessor notice = '';

  @state() private accessor status = '';
  @state() private accessor confirmingExit = false;
  /** The system's printers, asked for each time the panel opens. */
  @state() private accessor printers: PrinterList = null;
  /** The clinic field being typed on the on-screen keyboard, if any. */
  @state() private accessor editing: ClinicField | null = null;
  /** Where app updates stand, asked for each time the panel opens. */
  @state() private accessor updateStatus: AppUpdateStatus | null = null;
  @state() private accessor confirmingInstall = false;
  @state() private accessor installMessage = '';
  /** The Usage page is open over the panel. */
  @state() private accessor showingUsage = false;

  /** The changes tapped so far, saved one after another in the order staff tapped them. */
  private saving: Promise<void> = Promise.resolve();
  /**
   * The settings as they will be once every change tapped so far is saved (null when none is on
   * its way): what the panel shows, and what the next tap steps from, so two fast taps on
   * "Longer" add two steps rather than saving the same value twice.
   */
  @state() private accessor upcoming: KioskSettingsView | null = null;
  /** Refused changes so far: a change tapped before a refusal was seen is not sent after it. */
  private refusals = 0;

  private readonly i18n = new I18nController(this);
  private readonly modal = new ModalDialogController(this, () => this.open);
  /** Which content shows and what waits; packs found on USB sticks (content-controller.ts). */
  private readonly content = new ContentSectionController(this);

  override render() {
    const settings = this.upcoming ?? this.settings;
    return html`
      <dialog aria-labelledby="staff-title" @close=${this.modal.handleDialogClose}>
        <div class="panel">
          <header>
            <h2 id="staff-title">${t('staff.panelTitle')}</h2>
            <p class="status" role="status">${this.status || this.notice}</p>
            <button class="primary" @click=${this.modal.requestClose}>${checkIcon()}${t('staff.done')}</button>
          </header>
          ${settings ? this.renderSettings(settings) : nothing}
        </div>
      </dialog>
      ${this.renderKeyboard(settings)}
      ${this.showingUsage
        ? html`<kx-usage-page
            .open=${this.open}
            .languages=${this.languages}
            .topics=${this.topics}
            @kx-close=${(event: Event) => {
              // The page's own close: the panel stays open, with focus back on the button that opened it.
              event.stopPropagation();
              this.showingUsage = false;
              void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('button.open-usage')?.focus());
            }}
          ></kx-usage-page>`
        : nothing}
    `;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // Closing the panel (Done, or a reload's end of the session) takes the keyboard with it.
    if (changed.has('open') && !this.open) {
      this.editing = null;
      this.showingUsage = false;
    }
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    applyLanguageFonts(this.renderRoot);
    if (changed.has('open') && this.open) {
      void this.loadPrinters();
      void this.loadUpdateStatus();
      this.content.reset();
    }
  }

  private async loadPrinters(): Promise<void> {
    try {
      const result = await kiosk.listPrinters();
      this.printers = result.ok ? result.printers : 'failed';
    } catch {
      this.printers = 'failed';
    }
  }

  private async loadUpdateStatus(): Promise<void> {
    try {
      this.updateStatus = await kiosk.getUpdateStatus();
    } catch {
      this.updateStatus = null;
    }
  }

  private async installUpdate(): Promise<void> {
    this.confirmingInstall = false;
    let installing = false;
    try {
      installing = (await kiosk.installUpdateNow()).ok;
    } catch {
      installing = false;
    }
    this.installMessage = installing ? t('staff.updatesInstalling') : t('staff.installFailed');
    await this.loadUpdateStatus();
  }

  private renderSettings(settings: KioskSettingsView) {
    const offered = offeredOrder(this.languages, settings.enabledLanguages);
    return html`
      <div class="columns">
        <section aria-labelledby="languages-heading">
          <h3 id="languages-heading">${t('staff.languages')}</h3>
          <p class="help">${t('staff.languagesHelp')}</p>
          <ul class="languages">
            ${offered.map(({ language, enabled }, index) => this.renderLanguageRow(language, enabled, index, offered.filter((row) => row.enabled).length))}
          </ul>
        </section>
        <div>
          <section aria-labelledby="default-heading">
            <h3 id="default-heading">${t('staff.defaultLanguage')}</h3>
            <p class="help">${t('staff.defaultLanguageHelp')}</p>
            <div class="choices">
              ${offered
                .filter((row) => row.enabled)
                .map(
                  ({ language }) => html`<button lang=${language.code} data-font=${language.font} aria-pressed=${language.code === settings.defaultLanguage ? 'true' : 'false'} @click=${() => this.save({ defaultLanguage: language.code })}>
                    ${language.nativeName}
                  </button>`,
                )}
            </div>
          </section>
          <section aria-labelledby="idle-heading">
            <h3 id="idle-heading">${t('staff.idleTime')}</h3>
            <div class="stepper">
              <button aria-label=${t('staff.shorter')} ?disabled=${settings.idleTimeoutSeconds <= IDLE_TIMEOUT_LIMITS.min} @click=${() => this.stepIdle(-IDLE_STEP_SECONDS)}>${minusIcon()}</button>
              <span class="value">${t('staff.seconds', { count: settings.idleTimeoutSeconds })}</span>
              <button aria-label=${t('staff.longer')} ?disabled=${settings.idleTimeoutSeconds >= IDLE_TIMEOUT_LIMITS.max} @click=${() => this.stepIdle(IDLE_STEP_SECONDS)}>${plusIcon()}</button>
            </div>
          </section>
          <section aria-labelledby="size-heading">
            <h3 id="size-heading">${t('staff.textSize')}</h3>
            ${this.renderChoices(TEXT_SIZES, settings.defaultTextSize, (size) => ({ className: `size-${size}`, label: t(`staff.textSizes.${size}`), change: { defaultTextSize: size } }))}
          </section>
          <section aria-labelledby="theme-heading">
            <h3 id="theme-heading">${t('staff.theme')}</h3>
            ${this.renderChoices(THEMES, settings.defaultTheme, (theme) => ({ className: `theme-${theme}`, label: t(`staff.themes.${theme}`), change: { defaultTheme: theme } }))}
          </section>
          <section aria-labelledby="motion-heading">
            <h3 id="motion-heading">${t('staff.motion')}</h3>
            <p class="help">${t('staff.motionHelp')}</p>
            ${this.renderChoices([true, false], settings.motion, (motion) => ({
              className: `motion-${motion ? 'on' : 'off'}`,
              label: motion ? t('staff.motionOn') : t('staff.motionOff'),
              change: { motion },
            }))}
          </section>
          <section aria-labelledby="read-aloud-heading">
            <h3 id="read-aloud-heading">${t('staff.readAloud')}</h3>
            <p class="help">${t('staff.readAloudHelp')}</p>
            ${this.renderChoices([true, false], settings.readAloud, (on) => ({
              className: `read-aloud-${on ? 'on' : 'off'}`,
              label: on ? t('staff.readAloudOn') : t('staff.readAloudOff'),
              change: { readAloud: on },
            }))}
            <h4>${t('staff.readAloudVolume')}</h4>
            ${this.renderChoices(READ_ALOUD_VOLUMES, settings.readAloudVolume, (volume) => ({ className: `volume-${volume}`, label: t(`staff.readAloudVolumes.${volume}`), change: { readAloudVolume: volume } }))}
            <h4>${t('staff.readAloudSpeed')}</h4>
            ${this.renderChoices(READ_ALOUD_SPEEDS, settings.readAloudSpeed, (speed) => ({ className: `speed-${speed}`, label: t(`staff.readAloudSpeeds.${speed}`), change: { readAloudSpeed: speed } }))}
          </section>
          ${renderPrintingSection(settings, this.printers, (values, current, choice) => this.renderChoices(values, current, choice), (change) => void this.save(change), (field) => (this.editing = field))}
          <section aria-labelledby="usage-heading">
            <h3 id="usage-heading">${t('staff.usage')}</h3>
            <p class="help">${t('staff.usageHelp')}</p>
            <button class="open-usage" @click=${() => (this.showingUsage = true)}>${t('staff.openUsage')}</button>
          </section>
          <section aria-labelledby="pin-heading">
            <h3 id="pin-heading">${t('staff.pin')}</h3>
            <button @click=${() => this.dispatchEvent(new Event('kx-change-pin', { bubbles: true, composed: true }))}>${t('staff.changePin')}</button>
          </section>
          ${renderContentSection(this.content.state, this.content.actions)}
          ${renderUpdatesSection(
            { status: this.updateStatus, confirmingInstall: this.confirmingInstall, installMessage: this.installMessage },
            {
              askToInstall: () => (this.confirmingInstall = true),
              cancelInstall: () => (this.confirmingInstall = false),
              install: () => void this.installUpdate(),
            },
          )}
          ${this.renderAbout()}
        </div>
      </div>
    `;
  }

  /** The on-screen keyboard for the clinic's name or phone; Save stores the text at once. */
  private renderKeyboard(settings: KioskSettingsView | null) {
    const field = this.editing;
    return html`<kx-text-keyboard
      ?open=${this.open && field !== null && settings !== null}
      heading=${field === null ? '' : t(`staff.${field}`)}
      kind=${field === 'clinicPhone' ? 'phone' : 'text'}
      .value=${field === null || settings === null ? '' : settings[field]}
      maxLength=${field === 'clinicPhone' ? CLINIC_TEXT_LIMITS.phone : CLINIC_TEXT_LIMITS.name}
      @kx-text-entered=${(event: CustomEvent<{ value: string }>) => {
        if (field !== null) void this.save({ [field]: event.detail.value });
        this.editing = null;
      }}
      @kx-close=${(event: Event) => {
        // The keyboard's own close: the panel stays open.
        event.stopPropagation();
        this.editing = null;
      }}
    ></kx-text-keyboard>`;
  }

  /** A row of buttons, one per value, the current one pressed; a tap saves that value. */
  private renderChoices<T>(values: readonly T[], current: T, choice: (value: T) => { className: string; label: string; change: StaffSettingsChange }) {
    return html`
      <div class="choices">
        ${values.map((value) => {
          const { className, label, change } = choice(value);
          return html`<button class=${className} aria-pressed=${value === current ? 'true' : 'false'} @click=${() => this.save(change)}>${label}</button>`;
        })}
      </div>
    `;
  }

  private renderLanguageRow(language: LanguageEntry, enabled: boolean, index: number, enabledCount: number) {
    const name = language.nativeName;
    return html`
      <li class=${enabled ? 'on' : 'off'}>
        <span class="name"><span lang=${language.code} data-font=${language.font}>${name}</span><span class="english" lang="en">${language.englishName}</span></span>
        <button class="toggle" aria-pressed=${enabled ? 'true' : 'false'} @click=${() => this.toggle(language.code)}>
          ${enabled ? t('staff.languageOn') : t('staff.languageOff')}
        </button>
        <button aria-label=${t('staff.moveUp', { language: name })} ?disabled=${!enabled || index === 0} @click=${() => this.move(language.code, -1)}>${arrowUpIcon()}</button>
        <button aria-label=${t('staff.moveDown', { language: name })} ?disabled=${!enabled || index >= enabledCount - 1} @click=${() => this.move(language.code, 1)}>
          ${arrowDownIcon()}
        </button>
      </li>
    `;
  }

  private renderAbout() {
    const info = this.appInfo;
    return html`
      <section aria-labelledby="about-heading">
        <h3 id="about-heading">${t('staff.about')}</h3>
        <p>${info ? t('staff.version', { version: info.version }) : ''}</p>
        <p>${t('staff.topicCount', { count: this.topics.length })} · ${t('staff.languageCount', { count: this.languages.length })}</p>
        <ul class="topics">
          ${this.topics.map((topic) => {
            const name = topicText(topic.id, 'title');
            return html`<li>${topic.review.status === 'reviewed' ? t('staff.topicReviewed', { topic: name }) : t('staff.topicNotReviewed', { topic: name })}</li>`;
          })}
        </ul>
        <div class="exit">
          ${this.confirmingExit
            ? html`<p>${t('staff.exitConfirm')}</p>
                <button class="danger" @click=${this.exit}>${t('staff.exitYes')}</button>
                <button @click=${() => (this.confirmingExit = false)}>${t('staff.cancel')}</button>`
            : html`<button class="danger" @click=${() => (this.confirmingExit = true)}>${t('staff.exit')}</button>`}
        </div>
      </section>
    `;
  }

  private toggle(code: string): void {
    const settings = this.upcoming ?? this.settings;
    if (!settings) return;
    const result = toggleLanguage(this.languages, settings, code);
    if ('problem' in result) this.status = t(result.problem === 'last-language' ? 'staff.lastLanguage' : 'staff.defaultMustStay');
    else void this.save({ enabledLanguages: result.enabledLanguages });
  }

  private move(code: string, by: -1 | 1): void {
    void this.save((settings) => ({ enabledLanguages: moveLanguage(this.languages, settings.enabledLanguages, code, by) }));
  }

  private stepIdle(by: number): void {
    void this.save((settings) => ({ idleTimeoutSeconds: Math.min(IDLE_TIMEOUT_LIMITS.max, Math.max(IDLE_TIMEOUT_LIMITS.min, settings.idleTimeoutSeconds + by)) }));
  }

  /**
   * Resolves once every change tapped so far has been saved or refused. Staff mode waits for it
   * before it ends the session: a change still on its way would otherwise be refused as "staff
   * mode is not open", and the rest of the app would not hear of it once the panel is gone.
   */
  whenSaved(): Promise<void> {
    return this.saving;
  }

  /**
   * Saves a change: a value, or one worked out from the settings as they will be once the changes
   * tapped before it are saved (a step up, a language moved). Shown at once; confirmed or refused
   * on the status line.
   */
  private save(change: StaffSettingsChange | ((upcoming: KioskSettingsView) => StaffSettingsChange)): Promise<void> {
    const base = this.upcoming ?? this.settings;
    if (!base) return this.saving;
    const values = typeof change === 'function' ? change(base) : change;
    this.upcoming = { ...base, ...values };
    const refusalsBefore = this.refusals;
    // One at a time, so a later tap always lands after an earlier one (over HTTP in the preview
    // shell two requests can overtake each other).
    const saving = this.saving.then(() => this.saveNow(values, refusalsBefore));
    this.saving = saving;
    // Once the last change tapped is through, the panel shows the settings the app now has.
    void saving.then(() => {
      if (this.saving === saving) this.upcoming = null;
    });
    return saving;
  }

  private async saveNow(change: StaffSettingsChange, refusalsBefore: number): Promise<void> {
    // Tapped on top of a change that was then refused (a full disk): not sent, so the refusal
    // stays on the status line and the panel goes back to what was saved.
    if (this.refusals !== refusalsBefore) return;
    // A call that fails outright (the main process gone) is told like a refused change.
    const result = await kiosk.updateSettings(change).catch((error: unknown) => ({ ok: false as const, message: error instanceof Error ? error.message : String(error) }));
    if (!result.ok) {
      this.refusals += 1;
      this.upcoming = null;
      this.status = t('staff.saveFailed', { message: result.message });
      return;
    }
    this.status = t('staff.saved');
    this.dispatchEvent(new CustomEvent<KioskSettingsView>('kx-settings-changed', { detail: result.settings, bubbles: true, composed: true }));
  }

  private readonly exit = async (): Promise<void> => {
    this.confirmingExit = false;
    const result = await kiosk.exitKiosk();
    if (result.ok && this.appInfo?.shell === 'preview') this.status = t('staff.exitPreview');
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'kx-staff-panel': KxStaffPanel;
  }
  interface HTMLElementEventMap {
    'kx-settings-changed': CustomEvent<KioskSettingsView>;
    'kx-change-pin': Event;
  }
}

import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { USAGE_SUMMARY_DAYS, type DriveExportResult, type RemovableDrive } from '../../../main/ipc/contract';
import { kiosk } from '../../bridge/kiosk-bridge';
import type { CompiledTopic, LanguageEntry } from '../../content/content-store';
import { I18nController } from '../../controllers/i18n-controller';
import { ModalDialogController } from '../../controllers/modal-dialog-controller';
import { t } from '../../i18n/i18n';
import { applyLanguageFonts } from '../../text/language-fonts';
import { isolateText } from '../../text/format';
import { buttonStyles, dialogStyles, visuallyHiddenStyles } from '../../styles/shared-styles';
import { checkIcon, closeIcon } from '../icon/icons';
import { renderFeatures, renderGlossary, renderLanguages, renderSessions, renderTopics } from './usage-sections';
import { usageOverview, type UsageOverview } from './usage-summary';
import { usagePageStyles } from './usage-page.styles';

/** The removable drives, once asked: a list, 'failed' when they could not be read, null before the first answer. */
type DriveList = RemovableDrive[] | 'failed' | null;


/**
 * The staff panel's Usage page (issue 23): the last 30 days' counts at a glance, saving them to a
 * USB stick as a CSV file, and deleting them. Part of staff-screens.js, which patients' screens
 * never load (lazy-screens.ts); the panel creates it afresh each time staff open it. It shows
 * the daily totals the main process keeps (main/usage/), which hold nothing about any one
 * patient. Events: `kx-close`.
 */
@customElement('kx-usage-page')
export class KxUsagePage extends LitElement {
  static override styles = [buttonStyles, dialogStyles, visuallyHiddenStyles, usagePageStyles];

  @property({ type: Boolean }) accessor open = false;
  @property({ attribute: false }) accessor languages: LanguageEntry[] = [];
  @property({ attribute: false }) accessor topics: CompiledTopic[] = [];

  @state() private accessor overview: UsageOverview | 'failed' | null = null;
  @state() private accessor drives: DriveList = null;
  /** The last export's outcome, said under its buttons. */
  @state() private accessor exportStatus = '';
  /** The reset's outcome, said under its button. */
  @state() private accessor resetStatus = '';
  @state() private accessor busy = false;
  /** Asking the system for its drives again; the list shown stays until the answer. */
  @state() private accessor searching = false;
  @state() private accessor confirmingReset = false;
  /** Where focus goes after the next render: the confirmation's Cancel, or back to Delete. */
  private focusAfterRender: string | null = null;

  private readonly i18n = new I18nController(this);
  private readonly modal = new ModalDialogController(this, () => this.open);

  override render() {
    return html`
      <dialog aria-labelledby="usage-title" @close=${this.modal.handleDialogClose}>
        <div class="panel">
          <header>
            <h2 id="usage-title">${t('usage.title')}</h2>
            <p class="period">${t('usage.period', { count: USAGE_SUMMARY_DAYS })}</p>
            <button class="primary close" @click=${this.modal.requestClose}>${closeIcon()}${t('usage.close')}</button>
          </header>
          ${this.renderFigures()}
          <div class="columns">${this.renderExport()} ${this.renderReset()}</div>
        </div>
      </dialog>
    `;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open) {
      void this.loadCounts();
      void this.loadDrives();
    }
  }

  protected override updated(): void {
    applyLanguageFonts(this.renderRoot);
    if (this.focusAfterRender !== null) {
      this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender)?.focus();
      this.focusAfterRender = null;
    }
  }

  private renderFigures() {
    const overview = this.overview;
    if (overview === null) return html`<p>${t('usage.loading')}</p>`;
    if (overview === 'failed') return html`<p class="problem">${t('usage.loadFailed')}</p>`;
    return html`
      <div class="columns">
        <div>${renderSessions(overview)} ${renderLanguages(overview, this.languages)} ${renderFeatures(overview)} ${renderGlossary(overview, this.topics)}</div>
        <div>${renderTopics(overview, this.topics)}</div>
      </div>
    `;
  }

  private renderExport() {
    const drives = this.drives;
    return html`
      <section aria-labelledby="export-heading">
        <h3 id="export-heading">${t('usage.exportHeading')}</h3>
        <p class="help">${t('usage.exportHelp')}</p>
        <!-- What the search found is announced: a stick plugged in, none, or a locked one. -->
        <div role="status">
          ${drives === null || this.searching ? html`<p>${t('usage.lookingForDrives')}</p>` : nothing}
          ${drives === 'failed' ? html`<p class="problem">${t('usage.drivesFailed')}</p>` : nothing}
          ${Array.isArray(drives) && drives.length === 0 ? html`<p>${t('usage.noDrives')}</p>` : nothing}
          ${Array.isArray(drives) ? drives.filter((drive) => drive.readOnly).map((drive) => html`<p class="problem">${t('usage.lockedDrive', { drive: isolateText(drive.label) })}</p>`) : nothing}
        </div>
        <div class="choices">
          ${Array.isArray(drives)
            ? drives
                .filter((drive) => !drive.readOnly)
                .map((drive) => html`<button class="export" ?disabled=${this.busy} @click=${() => void this.exportTo(drive)}>${t('usage.exportTo', { drive: isolateText(drive.label) })}</button>`)
            : nothing}
          <button class="look-again" ?disabled=${this.busy} @click=${() => void this.loadDrives()}>${t('usage.lookAgain')}</button>
        </div>
        <p class="status export-status" role="status">${this.exportStatus}</p>
      </section>
    `;
  }

  private renderReset() {
    return html`
      <section aria-labelledby="reset-heading">
        <h3 id="reset-heading">${t('usage.resetHeading')}</h3>
        <p class="help">${t('usage.resetHelp')}</p>
        <div class="choices">
          ${this.confirmingReset
            ? html`<p class="confirm" id="reset-question">${t('usage.resetConfirm')}</p>
                <button class="danger reset-yes" aria-describedby="reset-question" ?disabled=${this.busy} @click=${() => void this.reset()}>${checkIcon()}${t('usage.resetYes')}</button>
                <button class="reset-cancel" aria-describedby="reset-question" @click=${() => this.setConfirmingReset(false)}>${t('staff.cancel')}</button>`
            : html`<button class="danger reset" ?disabled=${this.overview === null || this.overview === 'failed'} @click=${() => this.setConfirmingReset(true)}>${t('usage.reset')}</button>`}
        </div>
        <p class="status reset-status" role="status">${this.resetStatus}</p>
      </section>
    `;
  }

  private async loadCounts(): Promise<void> {
    try {
      const summary = await kiosk.getUsageSummary();
      this.overview = summary.ok ? usageOverview(summary.today, summary.days, USAGE_SUMMARY_DAYS) : 'failed';
    } catch {
      this.overview = 'failed';
    }
  }

  /**
   * The question replaces the Delete button and the answer removes it again: focus follows, to
   * Cancel (the safe answer, which screen readers read with the question) and back to Delete.
   */
  private setConfirmingReset(confirming: boolean): void {
    this.confirmingReset = confirming;
    if (confirming) this.resetStatus = '';
    this.focusAfterRender = confirming ? 'button.reset-cancel' : 'button.reset';
  }

  private async loadDrives(): Promise<void> {
    this.searching = true;
    try {
      const result = await kiosk.listExportDrives();
      this.drives = result.ok ? result.drives : 'failed';
    } catch {
      this.drives = 'failed';
    }
    this.searching = false;
  }

  private async exportTo(drive: RemovableDrive): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.exportStatus = t('usage.exporting');
    let result: DriveExportResult;
    try {
      result = await kiosk.exportUsageToDrive(drive.id);
    } catch (error) {
      result = { ok: false, reason: 'failed', detail: String(error) };
    }
    this.busy = false;
    this.exportStatus = result.ok
      ? t('usage.exported', { file: isolateText(result.fileName), drive: isolateText(result.driveLabel) })
      : result.reason === 'failed' && result.detail === 'list'
        ? t('usage.drivesFailed')
        : t(`usage.exportFailed.${result.reason}`, { detail: result.detail ?? '' });
    // A stick pulled out, or a new one, shows in the list at once.
    if (!result.ok) void this.loadDrives();
  }

  private async reset(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    let done = false;
    try {
      done = (await kiosk.resetUsage()).ok;
    } catch {
      done = false;
    }
    this.busy = false;
    this.setConfirmingReset(false);
    this.resetStatus = done ? t('usage.resetDone') : t('usage.resetFailed');
    if (done) await this.loadCounts();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kx-usage-page': KxUsagePage;
  }
}

import { html, nothing, type TemplateResult } from 'lit';
import type { AppUpdateStatus } from '../../../main/ipc/contract';
import { currentLanguage, t } from '../../i18n/i18n';

/**
 * The staff panel's "App updates" section: whether this kiosk looks for updates (IT's update
 * server, main/updates/), how the last check went, and a version waiting to install, with
 * "Install update now" behind a confirmation (the kiosk restarts).
 */
export interface UpdatesSectionState {
  status: AppUpdateStatus | null;
  confirmingInstall: boolean;
  /** The outcome of staff's Install update now, if they tapped it. */
  installMessage: string;
}

export interface UpdatesSectionActions {
  askToInstall(): void;
  cancelInstall(): void;
  install(): void;
}

export function renderUpdatesSection({ status, confirmingInstall, installMessage }: UpdatesSectionState, actions: UpdatesSectionActions): TemplateResult {
  return html`
    <section aria-labelledby="updates-heading">
      <h3 id="updates-heading">${t('staff.updates')}</h3>
      <p class="update-state">${status === null || !status.ok ? '' : describe(status)}</p>
      ${status?.ok === true && status.configured && status.phase === 'ready'
        ? html`<div class="exit">
            ${confirmingInstall
              ? html`<p id="install-question">${t('staff.installConfirm')}</p>
                  <button class="danger install-yes" aria-describedby="install-question" @click=${actions.install}>${t('staff.installYes')}</button>
                  <button @click=${actions.cancelInstall}>${t('staff.cancel')}</button>`
              : html`<button class="install-now" @click=${actions.askToInstall}>${t('staff.installNow')}</button>`}
          </div>`
        : nothing}
      ${installMessage === '' ? nothing : html`<p role="status">${installMessage}</p>`}
    </section>
  `;
}

function describe(status: Extract<AppUpdateStatus, { ok: true }>): string {
  if (!status.configured) return t('staff.updatesOff');
  const when = status.lastCheck === null ? '' : new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(status.lastCheck.at));
  switch (status.phase) {
    case 'checking':
      return t('staff.updatesChecking');
    case 'downloading':
      return t('staff.updatesDownloading');
    case 'ready':
      return t('staff.updatesReady', { version: status.readyVersion ?? '', start: status.quietHours.start, end: status.quietHours.end });
    case 'installing':
      return t('staff.updatesInstalling');
    case 'idle':
      if (status.lastCheck === null) return t('staff.updatesNotYet');
      return status.lastCheck.result === 'failed' ? t('staff.updatesFailed', { when }) : t('staff.updatesUpToDate', { when });
  }
}

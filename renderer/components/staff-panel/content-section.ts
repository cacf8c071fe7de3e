import { html, nothing, type TemplateResult } from 'lit';
import type { ContentServerCheck, ContentStatusResult, PackProblem, PacksOnDrivesResult } from '../../../main/ipc/contract';
import { currentLanguage, t } from '../../i18n/i18n';
import { isolateText } from '../../text/format';

/**
 * The staff panel's "Topics and languages" section: which content the kiosk shows (its own, or a
 * content pack), a pack waiting for the next reset, installing a pack from a USB stick, and going
 * back to the content shown before (main/content-packs/).
 */
export interface ContentSectionState {
  status: ContentStatusResult | null;
  /** The packs found on USB sticks, once staff asked; 'looking' while asking. */
  packs: PacksOnDrivesResult | 'looking' | null;
  busy: boolean;
  confirmingRollBack: boolean;
  /** A pack just refused as not newer: staff may install it anyway (going back on purpose). */
  olderPack: { driveId: string; fileName: string } | null;
  message: string;
}

export interface ContentSectionActions {
  findPacks(): void;
  install(driveId: string, fileName: string): void;
  installOlder(): void;
  cancelOlder(): void;
  askToRollBack(): void;
  cancelRollBack(): void;
  rollBack(): void;
}

export function renderContentSection(state: ContentSectionState, actions: ContentSectionActions): TemplateResult {
  const status = state.status?.ok === true ? state.status : null;
  const packs = state.packs;
  return html`
    <section aria-labelledby="content-heading">
      <h3 id="content-heading">${t('staff.content')}</h3>
      ${status === null ? nothing : html`<p class="content-shown">${status.shown === null ? t('staff.contentBuiltIn') : t('staff.contentPack', { name: isolateText(status.shown.name), version: status.shown.version, date: shortDate(status.shown.installedAt) })}</p>`}
      ${status?.next === undefined ? nothing : html`<p class="content-next">${status.next === null ? t('staff.contentWaitingBuiltIn') : t('staff.contentWaiting', { version: status.next.version })}</p>`}
      ${status?.server === undefined ? nothing : html`<p class="content-server">${describeServerCheck(status.server.lastCheck)}</p>`}
      <div class="choices">
        <button class="find-packs" ?disabled=${state.busy} @click=${actions.findPacks}>${t('staff.contentFromUsb')}</button>
        ${packs !== null && packs !== 'looking' && packs.ok
          ? packs.packs.map(
              (pack) =>
                html`<button class="install-pack" ?disabled=${state.busy} @click=${() => actions.install(pack.driveId, pack.fileName)}>
                  ${t('staff.contentInstall', { file: isolateText(pack.fileName), drive: isolateText(pack.driveLabel) })}
                </button>`,
            )
          : nothing}
      </div>
      <div role="status">
        ${packs === 'looking' ? html`<p>${t('staff.contentLooking')}</p>` : nothing}
        ${packs !== null && packs !== 'looking' && !packs.ok ? html`<p class="problem">${t('staff.contentListFailed')}</p>` : nothing}
        ${packs !== null && packs !== 'looking' && packs.ok && packs.packs.length === 0 ? html`<p>${t('staff.contentNoPacks')}</p>` : nothing}
        ${state.message === '' ? nothing : html`<p class="content-message">${state.message}</p>`}
      </div>
      ${state.olderPack === null
        ? nothing
        : html`<div class="exit">
            <p id="older-question">${t('staff.contentOlderConfirm')}</p>
            <button class="danger install-older" aria-describedby="older-question" ?disabled=${state.busy} @click=${actions.installOlder}>${t('staff.contentOlderYes')}</button>
            <button @click=${actions.cancelOlder}>${t('staff.cancel')}</button>
          </div>`}
      ${status?.canRollBack === true
        ? html`<div class="exit">
            ${state.confirmingRollBack
              ? html`<p id="roll-back-question">${t('staff.contentRollBackConfirm')}</p>
                  <button class="danger roll-back-yes" aria-describedby="roll-back-question" ?disabled=${state.busy} @click=${actions.rollBack}>${t('staff.contentRollBackYes')}</button>
                  <button @click=${actions.cancelRollBack}>${t('staff.cancel')}</button>`
              : html`<button class="roll-back" ?disabled=${state.busy} @click=${actions.askToRollBack}>${t('staff.contentRollBack')}</button>`}
          </div>`
        : nothing}
    </section>
  `;
}

/** The kiosk's last look at IT's content server (contentUpdateUrl), in staff's words. */
function describeServerCheck(check: ContentServerCheck | null): string {
  if (check === null) return t('staff.contentServerNotYet');
  const when = new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(check.at));
  switch (check.result) {
    case 'installed':
      return t('staff.contentServerInstalled', { when, version: check.version ?? '' });
    case 'refused':
    case 'skipped':
      if (check.problem === undefined) return t('staff.contentServerNothingNew', { when });
      return t('staff.contentServerRefused', { when, version: check.version ?? '', reason: packProblemText(check.problem) });
    case 'failed':
      return t('staff.contentServerFailed', { when });
    default:
      return t('staff.contentServerNothingNew', { when });
  }
}

function shortDate(iso: string): string {
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium' }).format(new Date(iso));
}

/** Why a pack was refused, in staff's words: the technical detail goes to the log. */
export function packProblemText(problem: PackProblem | undefined): string {
  switch (problem) {
    case 'no-signature':
    case 'unknown-key':
    case 'bad-signature':
      return t('staff.contentProblems.signature');
    case 'not-newer':
      return t('staff.contentProblems.older');
    case 'needs-newer-app':
      return t('staff.contentProblems.newerApp');
    case 'unsafe-path':
    case 'not-a-plain-file':
      return t('staff.contentProblems.unsafe');
    case 'too-big':
    case 'too-many-files':
      return t('staff.contentProblems.tooBig');
    default:
      return t('staff.contentProblems.damaged');
  }
}

import type { ReactiveControllerHost } from 'lit';
import { kiosk } from '../../bridge/kiosk-bridge';
import { t } from '../../i18n/i18n';
import { packProblemText, type ContentSectionActions, type ContentSectionState } from './content-section';

const FRESH: ContentSectionState = { status: null, packs: null, busy: false, confirmingRollBack: false, olderPack: null, message: '' };

/**
 * What the staff panel's "Topics and languages" section knows and does (content-section.ts draws
 * it): the content shown, packs on USB sticks, installing one, installing an older one when staff
 * say so, and going back. The panel calls reset() each time it opens.
 */
export class ContentSectionController {
  state: ContentSectionState = FRESH;

  /** The panel, redrawn on every change of state. */
  constructor(private readonly host: Pick<ReactiveControllerHost, 'requestUpdate'>) {}

  reset(): void {
    this.set(FRESH);
    void this.loadStatus();
  }

  readonly actions: ContentSectionActions = {
    findPacks: () => void this.findPacks(),
    install: (driveId, fileName) => void this.install(driveId, fileName, false),
    installOlder: () => {
      const older = this.state.olderPack;
      if (older !== null) void this.install(older.driveId, older.fileName, true);
    },
    cancelOlder: () => this.set({ ...this.state, olderPack: null, message: '' }),
    askToRollBack: () => this.set({ ...this.state, confirmingRollBack: true, olderPack: null, message: '' }),
    cancelRollBack: () => this.set({ ...this.state, confirmingRollBack: false }),
    rollBack: () => void this.rollBack(),
  };

  private set(state: ContentSectionState): void {
    this.state = state;
    this.host.requestUpdate();
  }

  private async loadStatus(): Promise<void> {
    try {
      this.set({ ...this.state, status: await kiosk.getContentStatus() });
    } catch {
      this.set({ ...this.state, status: null });
    }
  }

  private async findPacks(): Promise<void> {
    this.set({ ...this.state, packs: 'looking', olderPack: null, message: '' });
    try {
      this.set({ ...this.state, packs: await kiosk.listContentPacksOnDrives() });
    } catch {
      this.set({ ...this.state, packs: { ok: false, reason: 'failed' } });
    }
  }

  /**
   * A pack that is not newer than the one installed is refused, unless staff then confirm they
   * want it (going back to last month's pack on purpose): the second try passes allowOlder.
   */
  private async install(driveId: string, fileName: string, allowOlder: boolean): Promise<void> {
    if (this.state.busy) return;
    this.set({ ...this.state, busy: true, olderPack: null, confirmingRollBack: false, message: t('staff.contentInstalling') });
    let message: string;
    let olderPack: ContentSectionState['olderPack'] = null;
    try {
      const result = await kiosk.installContentPackFromDrive(driveId, fileName, allowOlder);
      if (result.ok) message = t('staff.contentInstalled', { version: result.pack.version });
      else if (result.reason === 'gone') message = t('staff.contentGone');
      else if (result.reason === 'refused') {
        message = t('staff.contentRefused', { reason: packProblemText(result.problem) });
        if (result.problem === 'not-newer' && !allowOlder) olderPack = { driveId, fileName };
      } else message = t('staff.contentProblems.damaged');
    } catch {
      message = t('staff.contentProblems.damaged');
    }
    this.set({ ...this.state, busy: false, message, olderPack });
    await this.loadStatus();
  }

  private async rollBack(): Promise<void> {
    this.set({ ...this.state, busy: true, confirmingRollBack: false });
    let done = false;
    try {
      done = (await kiosk.rollBackContent()).ok;
    } catch {
      done = false;
    }
    // Refused only when there is nothing to go back to (or staff mode ended): the status below says where things stand.
    this.set({ ...this.state, busy: false, message: done ? t('staff.contentRolledBack') : '' });
    await this.loadStatus();
  }
}

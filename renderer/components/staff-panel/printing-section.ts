import { html, nothing, type TemplateResult } from 'lit';
import { DAILY_PRINT_LIMITS, PAPER_SIZES, type KioskSettingsView, type PrinterChoice, type StaffSettingsChange } from '../../../main/ipc/contract';
import { t } from '../../i18n/i18n';
import { minusIcon, plusIcon } from '../icon/icons';

/** The printers the system offers, once asked: a list, or 'failed' when they could not be read. */
export type PrinterList = PrinterChoice[] | 'failed' | null;

/** How many handouts a day one tap adds or takes away. */
export const DAILY_LIMIT_STEP = 10;

type Choices = <T>(values: readonly T[], current: T, choice: (value: T) => { className: string; label: string; change: StaffSettingsChange }) => TemplateResult;

/** The handout's typed fields, changed on the on-screen keyboard (text-keyboard/). */
export type ClinicField = 'clinicName' | 'clinicPhone';

/**
 * The staff panel's "Handouts" section: printing on or off, which printer (the system's default,
 * or one of the system's printers), the paper size, the daily limit, and the clinic's name and
 * phone for the foot of each handout (typed on the on-screen keyboard; `edit` opens it).
 */
export function renderPrintingSection(settings: KioskSettingsView, printers: PrinterList, choices: Choices, save: (change: StaffSettingsChange | ((upcoming: KioskSettingsView) => StaffSettingsChange)) => void, edit: (field: ClinicField) => void): TemplateResult {
  const names = Array.isArray(printers) ? printers : [];
  // A printer chosen earlier that the system no longer lists stays visible, marked, so staff see why nothing prints.
  const missing = settings.printerName !== null && !names.some((printer) => printer.name === settings.printerName) ? settings.printerName : null;
  const printerOptions: (string | null)[] = [null, ...names.map((printer) => printer.name), ...(missing === null ? [] : [missing])];
  const label = (name: string | null) =>
    name === null ? t('staff.printerDefault') : name === missing ? t('staff.printerMissing', { printer: name }) : (names.find((printer) => printer.name === name)?.displayName ?? name);
  return html`
    <section aria-labelledby="printing-heading">
      <h3 id="printing-heading">${t('staff.printing')}</h3>
      <p class="help">${t('staff.printingHelp')}</p>
      ${choices([true, false], settings.printingEnabled, (on) => ({ className: `printing-${on ? 'on' : 'off'}`, label: on ? t('staff.printingOn') : t('staff.printingOff'), change: { printingEnabled: on } }))}
      <h4>${t('staff.printer')}</h4>
      ${printers === 'failed' || names.length === 0 ? html`<p class="help">${t('staff.noPrinters')}</p>` : nothing}
      ${choices(printerOptions, settings.printerName, (name) => ({ className: 'printer', label: label(name), change: { printerName: name } }))}
      <h4>${t('staff.paperSize')}</h4>
      ${choices(PAPER_SIZES, settings.paperSize, (size) => ({ className: `paper-${size}`, label: size, change: { paperSize: size } }))}
      <h4 id="limit-heading">${t('staff.dailyLimit')}</h4>
      <div class="stepper" role="group" aria-labelledby="limit-heading">
        <button aria-label=${t('staff.fewer')} ?disabled=${settings.dailyPrintLimit <= DAILY_PRINT_LIMITS.min} @click=${() => save((upcoming) => ({ dailyPrintLimit: stepLimit(upcoming.dailyPrintLimit, -1) }))}>${minusIcon()}</button>
        <span class="value">${settings.dailyPrintLimit}</span>
        <button aria-label=${t('staff.more')} ?disabled=${settings.dailyPrintLimit >= DAILY_PRINT_LIMITS.max} @click=${() => save((upcoming) => ({ dailyPrintLimit: stepLimit(upcoming.dailyPrintLimit, 1) }))}>${plusIcon()}</button>
      </div>
      <h4>${t('staff.clinicHeading')}</h4>
      <p class="help">${t('staff.clinicLineHelp')}</p>
      <dl class="clinic-line">
        ${(['clinicName', 'clinicPhone'] as const).map(
          (field) => html`
            <div>
              <dt>${t(`staff.${field}`)}</dt>
              <!-- bdi: a name or number in another direction keeps its own order, yet lines up with the panel's text. -->
              <dd>${settings[field] === '' ? t('staff.notSet') : html`<bdi>${settings[field]}</bdi>`}</dd>
              <dd><button class="edit-${field}" aria-label=${t('staff.changeField', { field: t(`staff.${field}`) })} @click=${() => edit(field)}>${t('staff.change')}</button></dd>
            </div>
          `,
        )}
      </dl>
    </section>
  `;
}

/** The next limit up or down: whole tens, within the allowed range (from 1: 10, 20...; from 500: 490...). */
export function stepLimit(current: number, direction: -1 | 1): number {
  const next = direction === 1 ? Math.floor(current / DAILY_LIMIT_STEP) * DAILY_LIMIT_STEP + DAILY_LIMIT_STEP : Math.ceil(current / DAILY_LIMIT_STEP) * DAILY_LIMIT_STEP - DAILY_LIMIT_STEP;
  return Math.min(DAILY_PRINT_LIMITS.max, Math.max(DAILY_PRINT_LIMITS.min, next));
}

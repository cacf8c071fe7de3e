/**
 * The `event` object Electron passes first to its listeners. Only `preventDefault()` and
 * `defaultPrevented` are modelled (https://www.electronjs.org/docs/latest/api/structures/event);
 * event-specific fields are passed in `fields`.
 */
export class ElectronEvent<Fields extends object = object> {
  defaultPrevented = false;

  constructor(fields?: Fields) {
    if (fields !== undefined) Object.assign(this, fields);
  }

  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

/** Electron 45's event type for an event with these fields, for the type checks. */
export type ElectronEventOf<Fields extends object = object> = ElectronEvent<Fields> & Fields;

export function electronEvent<Fields extends object>(fields?: Fields): ElectronEventOf<Fields> {
  return new ElectronEvent(fields) as ElectronEventOf<Fields>;
}

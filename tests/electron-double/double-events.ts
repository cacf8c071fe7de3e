import { EventEmitter } from 'node:events';

/**
 * The events an Electron object of the double emits or accepts, with their listener arguments.
 * Unlike Node's EventEmitter typing, an event missing from the map does not compile, so the type
 * check of main/ against the double (tsconfig.json here) fails when our code listens for an event
 * the double knows nothing about.
 */
export class DoubleEvents<Events extends { [name: string]: unknown[] }> {
  private readonly emitter = new EventEmitter();

  on<Name extends keyof Events & string>(event: Name, listener: (...args: Events[Name]) => void): this {
    this.emitter.on(event, listener as (...args: unknown[]) => void);
    return this;
  }

  once<Name extends keyof Events & string>(event: Name, listener: (...args: Events[Name]) => void): this {
    this.emitter.once(event, listener as (...args: unknown[]) => void);
    return this;
  }

  emit<Name extends keyof Events & string>(event: Name, ...args: Events[Name]): boolean {
    return this.emitter.emit(event, ...args);
  }

  listenerCount<Name extends keyof Events & string>(event: Name): number {
    return this.emitter.listenerCount(event);
  }
}

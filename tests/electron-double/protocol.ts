import { notModelled } from './not-modelled';

type PrivilegedScheme = Electron.CustomScheme;
type ProtocolHandler = (request: Request) => Response | Promise<Response>;

/**
 * The privileges the double can stand in for with an https origin (scheme-origin.ts): a standard,
 * secure scheme behaves like https for relative URLs, storage and secure-context APIs. Anything
 * else would need Chromium's own handling of the scheme, which the double cannot give.
 */
const MODELLED_PRIVILEGES = new Set(['standard', 'secure', 'supportFetchAPI', 'codeCache', 'stream']);

/**
 * `protocol` (https://www.electronjs.org/docs/latest/api/protocol): registerSchemesAsPrivileged
 * and handle. Requests the page makes to a handled scheme reach the handler with a Fetch API
 * Request carrying the app:// URL, and the Response it returns is what the page gets.
 */
export class ProtocolDouble implements Pick<Electron.Protocol, 'registerSchemesAsPrivileged' | 'handle'> {
  private readonly privileged = new Map<string, Electron.Privileges>();
  private readonly handlers = new Map<string, ProtocolHandler>();
  private registered = false;

  constructor(private readonly isReady: () => boolean) {}

  /** "This method can only be used before the ready event of the app gets emitted and can be called only once." */
  registerSchemesAsPrivileged(customSchemes: PrivilegedScheme[]): void {
    // Refused after 'ready' as the docs require; the wording is the double's.
    if (this.isReady()) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    if (this.registered) notModelled('a second call of protocol.registerSchemesAsPrivileged');
    this.registered = true;
    for (const { scheme, privileges = {} } of customSchemes) {
      const granted = Object.entries(privileges).filter(([, on]) => on === true).map(([name]) => name);
      const unknown = granted.filter((name) => !MODELLED_PRIVILEGES.has(name));
      if (unknown.length > 0) notModelled(`the scheme privilege(s) ${unknown.join(', ')}`);
      if (privileges.standard !== true || privileges.secure !== true) notModelled(`a custom scheme '${scheme}' that is not both standard and secure`);
      this.privileged.set(scheme, privileges);
    }
  }

  /** "All methods unless specified can only be used after the ready event of the app module gets emitted." */
  handle(scheme: string, handler: ProtocolHandler): void {
    if (!this.isReady()) notModelled('protocol.handle before app is ready');
    if (this.handlers.has(scheme)) notModelled(`a second protocol.handle('${scheme}')`);
    if (!this.privileged.has(scheme)) notModelled(`protocol.handle('${scheme}') for a scheme not registered as privileged`);
    this.handlers.set(scheme, handler);
  }

  /** Schemes the double maps to https origins. */
  get customSchemes(): string[] {
    return [...this.privileged.keys()];
  }

  privilegesOf(scheme: string): Electron.Privileges | undefined {
    return this.privileged.get(scheme);
  }

  handlerFor(scheme: string): ProtocolHandler | undefined {
    return this.handlers.get(scheme);
  }
}

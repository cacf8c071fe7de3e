import path from 'node:path';

/**
 * Electron: "The single instance lock is scoped to the application's user data directory
 * (`app.getPath('userData')`). Processes that share the same user data directory ... will share
 * the single instance lock."
 * (https://www.electronjs.org/docs/latest/api/app#apprequestsingleinstancelockadditionaldata)
 * Launches under the double run in one test process, so the lock is a map from that folder to
 * the primary instance; a launch that ends releases it.
 */
export interface PrimaryInstance {
  /** Tells the primary that a second instance started with these arguments ('second-instance'). */
  notifySecondInstance(argv: readonly string[], workingDirectory: string, additionalData: unknown): void;
}

const primaries = new Map<string, PrimaryInstance>();

export function acquireInstanceLock(userDataDir: string, instance: PrimaryInstance): PrimaryInstance | null {
  const key = path.resolve(userDataDir);
  const primary = primaries.get(key);
  if (primary !== undefined && primary !== instance) return primary;
  primaries.set(key, instance);
  return null;
}

export function releaseInstanceLock(userDataDir: string, instance: PrimaryInstance): void {
  const key = path.resolve(userDataDir);
  if (primaries.get(key) === instance) primaries.delete(key);
}

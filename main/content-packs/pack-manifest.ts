import { z } from 'zod';

/**
 * A content pack (`<name>-<version>.kioskpack`, issue 24) is a zip file holding the compiled
 * topics and languages (the same files the build writes into the app: `content/`, `locales/`,
 * `audio/`), a manifest listing every one of them with its size and SHA-256, and the manifest's
 * Ed25519 signature (pack-signing.ts). The kiosk trusts a pack only when the signature is by a
 * key IT trusts and every file matches the manifest: nothing missing, nothing extra.
 */

export const MANIFEST_FILE = 'manifest.json';
export const SIGNATURE_FILE = 'manifest.sig';

/** The only folders a pack may fill: the content the app reads, never its code. */
export const PACK_FOLDERS = ['content', 'locales', 'audio'] as const;

/** Bounds that stop a pack from filling the disk or the memory of a small kiosk PC. */
export const PACK_LIMITS = {
  /** The whole pack file. */
  packBytes: 1024 ** 3,
  /** One file, unpacked. */
  fileBytes: 100 * 1024 ** 2,
  /** All files, unpacked. */
  totalBytes: 2 * 1024 ** 3,
  files: 20_000,
  /** The manifest itself. */
  manifestBytes: 8 * 1024 ** 2,
  pathLength: 300,
} as const;

const VERSION = /^\d{1,5}\.\d{1,5}\.\d{1,5}$/;

export interface PackFileEntry {
  size: number;
  /** Lower-case hex. */
  sha256: string;
}

export interface PackManifest {
  format: 1;
  /** Names the pack (letters, digits, - and _), e.g. "clinic-topics". */
  name: string;
  /** The pack's own version: a later pack has a higher one. */
  version: string;
  /** When it was built (ISO 8601). */
  createdAt: string;
  /** The lowest kiosk version that can show it. */
  minAppVersion: string;
  files: Record<string, PackFileEntry>;
}

export const packManifestSchema = z.strictObject({
  format: z.literal(1),
  name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/),
  version: z.string().regex(VERSION),
  createdAt: z.string().datetime(),
  minAppVersion: z.string().regex(VERSION),
  files: z.record(z.string(), z.strictObject({ size: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
});

/** Windows reserves these names in every folder, whatever the extension (CON, con.txt, LPT1.json...). */
const WINDOWS_DEVICE_NAMES = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/**
 * Why a file name inside a pack is not allowed, or null when it is: a relative path with forward
 * slashes inside one of PACK_FOLDERS, made of plain segments. Refused: empty, absolute (/x, C:x,
 * \\\\server), backslashes, "." or ".." segments, empty segments, control characters, characters
 * Windows forbids, Windows device names, names ending in a dot or space, and over-long paths.
 */
export function packPathProblem(name: string): string | null {
  if (name.length === 0) return 'an empty name';
  if (name.length > PACK_LIMITS.pathLength) return `a name longer than ${PACK_LIMITS.pathLength} characters`;
  if (name.includes('\\')) return 'a backslash';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'an absolute path';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'a control character';
  if (/[<>:"|?*]/.test(name)) return 'a character Windows does not allow in file names';
  const segments = name.split('/');
  for (const segment of segments) {
    if (segment === '') return 'an empty folder name';
    if (segment === '.' || segment === '..') return 'a "." or ".." folder';
    if (/[. ]$/.test(segment)) return 'a name ending in a dot or a space';
    if (WINDOWS_DEVICE_NAMES.test(segment)) return 'a Windows device name';
  }
  if (segments.length < 2 || !(PACK_FOLDERS as readonly string[]).includes(segments[0]!)) return `a file outside ${PACK_FOLDERS.map((folder) => `${folder}/`).join(', ')}`;
  return null;
}

/** Compares "major.minor.patch" versions; a pre-release tag on an app version (1.5.0-beta.1) counts as its release. */
export function comparePackVersions(a: string, b: string): number {
  const numbers = (version: string) => (version.split('-')[0] ?? '').split('.').map((part) => Number.parseInt(part, 10) || 0);
  const left = numbers(a);
  const right = numbers(b);
  for (let index = 0; index < 3; index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

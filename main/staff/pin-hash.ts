// Used through the module object so a test can observe that the constant-time compare runs.
import crypto from 'node:crypto';
import { pinHashSchema, type PinHash } from '../settings/settings-schema';
import { PIN_LENGTH } from '../ipc/contract';

/**
 * Digits only, so the on-screen pad is the whole keyboard; at least 4 so a lockout means
 * something, at most 8 so staff can still remember it.
 */
export const PIN_FORMAT = new RegExp(`^[0-9]{${PIN_LENGTH.min},${PIN_LENGTH.max}}$`);

export function isValidPin(pin: unknown): pin is string {
  return typeof pin === 'string' && PIN_FORMAT.test(pin);
}

/**
 * A short numeric PIN has little entropy, so the hash must be slow: N = 2^15, r = 8 costs
 * 32 MiB and roughly 50–100 ms per try, which an offline attack on a stolen settings file feels
 * and a member of staff at the pad does not.
 */
export const SCRYPT_PARAMETERS = { cost: 2 ** 15, blockSize: 8, parallelization: 1, keyLength: 32 } as const;

const SALT_BYTES = 16;

/**
 * scrypt needs 128·N·r bytes; Node's default limit (32 MiB) is exactly our need and refuses it.
 * The same limit bounds verification, so a tampered record asking for more memory is refused
 * instead of exhausting the kiosk.
 */
const MAX_MEMORY_BYTES = 64 * 1024 * 1024;

/** Caps for stored parameters we did not choose: they bound the CPU time one check can take. */
const MAX_PARALLELIZATION = 16;
const MAX_KEY_LENGTH = 64;

export function hashPin(pin: string): PinHash {
  // Hashing an unchecked PIN would store something the pad can never type.
  if (!isValidPin(pin)) throw new RangeError('A staff PIN must be 4 to 8 digits.');
  const salt = crypto.randomBytes(SALT_BYTES);
  const { cost, blockSize, parallelization, keyLength } = SCRYPT_PARAMETERS;
  const hash = crypto.scryptSync(pin, salt, keyLength, { cost, blockSize, parallelization, maxmem: MAX_MEMORY_BYTES });
  return {
    algorithm: 'scrypt',
    salt: salt.toString('base64'),
    hash: hash.toString('base64'),
    cost,
    blockSize,
    parallelization,
    keyLength,
  };
}

/**
 * Recomputes with the record's own parameters (so a future cost increase still verifies old
 * records) and compares in constant time. Anything wrong with the record means "no match":
 * a damaged settings file must lock staff out, never let them in, and never crash the kiosk.
 */
export function verifyPin(pin: string, stored: PinHash): boolean {
  if (typeof pin !== 'string') return false;
  const record = pinHashSchema.safeParse(stored);
  if (!record.success) return false;
  const { salt, hash, cost, blockSize, parallelization, keyLength } = record.data;
  if (parallelization > MAX_PARALLELIZATION || keyLength > MAX_KEY_LENGTH) return false;
  const saltBytes = decodeBase64(salt);
  const expected = decodeBase64(hash);
  if (saltBytes === null || expected === null) return false;

  let actual: Buffer;
  try {
    // Throws for a cost that is not a power of two or needs more than MAX_MEMORY_BYTES.
    actual = crypto.scryptSync(pin, saltBytes, keyLength, { cost, blockSize, parallelization, maxmem: MAX_MEMORY_BYTES });
  } catch {
    return false;
  }
  // timingSafeEqual throws on a length mismatch. The lengths come from the record, not from the
  // PIN, so checking them tells an attacker nothing; it runs after scrypt so every refusal of a
  // well-formed record costs the same time.
  if (actual.length !== expected.length) return false;
  return crypto.timingSafeEqual(actual, expected);
}

/**
 * Why a well-formed record could never match any PIN, or null if it can. For records typed or
 * pasted by a person (the IT config): a cut-off hash or a cost that is not a power of two would
 * otherwise lock every member of staff out without a word. Same limits as verifyPin.
 */
export function pinHashProblem(record: PinHash): string | null {
  const { salt, hash, cost, blockSize, parallelization, keyLength } = record;
  if (decodeBase64(salt) === null) return 'its salt is not valid base64';
  const hashBytes = decodeBase64(hash);
  if (hashBytes === null) return 'its hash is not valid base64';
  if (hashBytes.length !== keyLength) return `its hash is ${hashBytes.length} bytes long where keyLength says ${keyLength} (perhaps cut short when pasted)`;
  if ((cost & (cost - 1)) !== 0) return 'its cost must be a power of two';
  if (parallelization > MAX_PARALLELIZATION || keyLength > MAX_KEY_LENGTH) return 'its parallelization or keyLength is larger than the kiosk allows';
  // OpenSSL's scrypt memory need: 128·r·(N + p + 2) bytes.
  if (128 * blockSize * (cost + parallelization + 2) > MAX_MEMORY_BYTES) return 'its cost and blockSize need more memory than the kiosk allows';
  return null;
}

/** Node's base64 decoder skips junk silently; a record must round-trip exactly to count. */
function decodeBase64(text: string): Buffer | null {
  const bytes = Buffer.from(text, 'base64');
  return bytes.length > 0 && bytes.toString('base64') === text ? bytes : null;
}

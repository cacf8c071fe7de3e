import type { PinHash } from '../../../../../main/settings/settings-schema';

/** A well-formed stored PIN record for settings tests (not the hash of any real PIN). */
export const SAMPLE_PIN_HASH: PinHash = {
  algorithm: 'scrypt',
  salt: 'c2FsdHNhbHRzYWx0c2FsdA==',
  hash: 'aGFzaGhhc2hoYXNoaGFzaGhhc2g=',
  cost: 16384,
  blockSize: 8,
  parallelization: 1,
  keyLength: 32,
};

import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { describe, mock, test } from 'node:test';
import { pinHashSchema } from '../../../../main/settings/settings-schema';
import { hashPin, isValidPin, SCRYPT_PARAMETERS, verifyPin } from '../../../../main/staff/pin-hash';

// scrypt is deliberately slow (~50–100 ms), so a few records are made once and shared.
const PIN = '482913';
const stored = hashPin(PIN);

describe('PIN format', () => {
  for (const pin of ['0000', '1234', '12345678', '007']) {
    const valid = pin.length >= 4;
    test(`${JSON.stringify(pin)} is ${valid ? 'valid' : 'too short'}`, () => assert.equal(isValidPin(pin), valid));
  }
  for (const pin of ['123456789', '12a4', ' 1234', '1234\n', '１２３４', '-123', '12.34', '', 1234, null, undefined, ['1234']]) {
    test(`${JSON.stringify(pin) ?? String(pin)} is refused`, () => assert.equal(isValidPin(pin), false));
  }
  test('hashPin refuses to hash an invalid PIN', () => assert.throws(() => hashPin('12a4'), RangeError));
});

describe('hashPin', () => {
  test('stores a valid scrypt record with the agreed parameters', () => {
    assert.equal(pinHashSchema.safeParse(stored).success, true);
    assert.deepEqual(
      { cost: stored.cost, blockSize: stored.blockSize, parallelization: stored.parallelization, keyLength: stored.keyLength },
      { ...SCRYPT_PARAMETERS },
    );
    assert.equal(stored.cost, 2 ** 15);
    assert.equal(Buffer.from(stored.salt, 'base64').length, 16);
    assert.equal(Buffer.from(stored.hash, 'base64').length, 32);
  });

  test('the record never contains the PIN, in any encoding', () => {
    const text = JSON.stringify(stored);
    for (const form of [PIN, Buffer.from(PIN).toString('base64'), Buffer.from(PIN).toString('hex')]) {
      assert.equal(text.includes(form), false, form);
    }
  });

  test('the same PIN hashes differently with each salt', () => {
    const again = hashPin(PIN);
    assert.notEqual(again.salt, stored.salt);
    assert.notEqual(again.hash, stored.hash);
    assert.equal(verifyPin(PIN, again), true);
  });
});

describe('verifyPin', () => {
  test('accepts the right PIN', () => assert.equal(verifyPin(PIN, stored), true));
  test('refuses a wrong PIN, including near misses', () => {
    for (const pin of ['482914', '48291', '4829130', '']) assert.equal(verifyPin(pin, stored), false, pin);
  });

  test('compares with crypto.timingSafeEqual on equal-length buffers', () => {
    const spy = mock.method(crypto, 'timingSafeEqual');
    try {
      const bytes = Buffer.from(stored.hash, 'base64');
      bytes[bytes.length - 1]! ^= 1; // differs only in the last byte
      assert.equal(verifyPin(PIN, { ...stored, hash: bytes.toString('base64') }), false);
      assert.equal(verifyPin(PIN, stored), true);
      assert.equal(spy.mock.callCount(), 2);
      for (const call of spy.mock.calls) {
        const [a, b] = call.arguments as [Buffer, Buffer];
        assert.equal(a.length, b.length);
      }
    } finally {
      spy.mock.restore();
    }
  });

  test('a stored hash of a different length is refused without throwing', () => {
    const longer = Buffer.concat([Buffer.from(stored.hash, 'base64'), Buffer.alloc(8)]).toString('base64');
    const shorter = Buffer.from(stored.hash, 'base64').subarray(0, 24).toString('base64');
    assert.equal(verifyPin(PIN, { ...stored, hash: longer }), false);
    assert.equal(verifyPin(PIN, { ...stored, hash: shorter }), false);
  });

  const malformed: Record<string, unknown> = {
    'not base64 salt': { ...stored, salt: '!!!!not*base64*at*all!!!!' },
    'not base64 hash': { ...stored, hash: '%%%%%%%%%%%%%%%%%%%%%%%%' },
    'cost not a power of two': { ...stored, cost: 3000 },
    'cost too large for the memory cap': { ...stored, cost: 2 ** 20 },
    'huge parallelization': { ...stored, parallelization: 1_000_000 },
    'huge key length': { ...stored, keyLength: 1 << 20 },
    'another algorithm': { ...stored, algorithm: 'bcrypt' },
    'missing fields': { algorithm: 'scrypt', salt: stored.salt },
    'extra fields': { ...stored, pin: PIN },
    'a string': 'scrypt$abc',
    null: null,
  };
  for (const [name, record] of Object.entries(malformed)) {
    test(`a malformed record (${name}) is refused, never thrown`, () => {
      assert.equal(verifyPin(PIN, record as never), false);
    });
  }
  test('a non-string PIN is refused', () => assert.equal(verifyPin(482913 as never, stored), false));
});

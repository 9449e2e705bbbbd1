import { describe, expect, it } from 'vitest';
import { ENCRYPTION_BRANCHES, KEY_CHOICES, encryptionStepCount } from '../../src/domain/encryption/branches';
import { DEFAULT_ENCRYPTION, type EncryptionViewInputs } from '../../src/store/encryption-defaults';
import { DEFAULT_LOCATION } from '../../src/store/initial-state';
import { decodeLocation, encodeLocation, type LocationState } from '../../src/store/location';

const BASE: LocationState = DEFAULT_LOCATION;
const at = (encryption: EncryptionViewInputs): LocationState => ({ ...BASE, route: 'encryption', encryption });

describe('the encryption view in the URL', () => {
  it('writes the key, the Region default, the branch and the step counted from 1', () => {
    const hash = encodeLocation(at({ key: 'customer-managed', byDefault: true, branch: 'remove-encryption', step: 7 }));
    expect(hash).toBe('#/encryption?edition=saa-c02&key=customer-managed&default=1&branch=remove-encryption&step=8');
  });

  it('round-trips every key, default, branch and step of that branch, with no problems', () => {
    let cases = 0;
    for (const key of KEY_CHOICES) {
      for (const byDefault of [false, true]) {
        for (const branch of ENCRYPTION_BRANCHES) {
          for (let step = 0; step < encryptionStepCount(branch); step++) {
            const s = at({ key, byDefault, branch, step });
            const { problems, ...decoded } = decodeLocation(encodeLocation(s), BASE);
            expect(problems).toEqual([]);
            expect(decoded).toEqual(s);
            cases++;
          }
        }
      }
    }
    // 2 keys x 2 defaults x (8 + 9 + 9 + 8 + 13 + 10) steps.
    expect(cases).toBe(228);
  });
});

describe('a hand-edited encryption link', () => {
  const decode = (query: string) => decodeLocation(`#/encryption?${query}`, BASE);

  it('falls back to the AWS managed key for a key that is not a choice', () => {
    const d = decode('key=rsa');
    expect(d.encryption.key).toBe('aws-managed');
    expect(d.problems).toEqual(['key "rsa" is not aws-managed or customer-managed: used aws-managed']);
  });

  it('reads the Region default as 1 or 0 only', () => {
    expect(decode('default=true').encryption.byDefault).toBe(true);
    const d = decode('default=maybe');
    expect(d.encryption.byDefault).toBe(false);
    expect(d.problems).toEqual(['default "maybe" is not 1 or 0: used 0']);
  });

  it('falls back to the snapshot branch for an unknown branch', () => {
    const d = decode('branch=nope');
    expect(d.encryption.branch).toBe('snapshot');
    expect(d.problems).toEqual(['branch "nope" is not one of snapshot, volume-same-key, volume-other-key, fresh-volume, remove-encryption, os-encryption: used snapshot']);
  });

  it('keeps the step within the branch it names', () => {
    expect(decode('step=0').problems).toEqual(['step 0 is outside 1 to 8: used 1']);
    expect(decode('step=0').encryption.step).toBe(0);
    const d = decode('step=13');
    expect(d.encryption.step).toBe(7);
    expect(d.problems).toEqual(['step 13 is outside 1 to 8: used 8']);
    expect(decode('branch=remove-encryption&step=13').problems).toEqual([]);
  });

  it('rounds a step that is not whole, and says so', () => {
    const d = decode('step=1.5');
    expect(d.encryption.step).toBe(1);
    expect(d.problems).toEqual(['step 1.5 is not a whole number: used 2']);
  });

  it('names several problems at once and never throws', () => {
    const d = decode('key=rsa&default=maybe&branch=nope&step=abc&colour=red');
    expect(d.encryption).toEqual(DEFAULT_ENCRYPTION);
    expect(d.problems).toHaveLength(5);
    expect(d.problems[0]).toBe('colour is not a setting of this view: ignored');
    expect(d.problems).toContain('step "abc" is not a number: used 1');
  });
});

describe('which encryption values a link keeps', () => {
  const current = at({ key: 'customer-managed', byDefault: true, branch: 'remove-encryption', step: 10 });

  it('reads a link that sets any view key as a whole: the keys it leaves out take their defaults', () => {
    expect(decodeLocation('#/encryption?branch=os-encryption', current).encryption).toEqual({ ...DEFAULT_ENCRYPTION, branch: 'os-encryption' });
  });

  it('keeps what is on screen for a bare #/encryption', () => {
    expect(decodeLocation('#/encryption', current).encryption).toEqual(current.encryption);
  });
});

import { describe, expect, it } from 'vitest';
import { encryptionActions } from '../../../src/features/encryption/actions';
import { encryptionState } from '../../../src/features/encryption/params';
import { defaultsOf } from '../../../src/store/view-state';
import { decodeQuery, viewStore } from '../../support/view-state';

const decode = (query: string) => decodeQuery(encryptionState, query);

describe('the encryption view in the URL', () => {
  it('writes the key, the Region default, the branch and the step counted from 1', () => {
    const v = viewStore(encryptionState, encryptionActions);
    v.actions.chooseScenario({ key: 'customer-managed', byDefault: true, branch: 'remove-encryption' });
    v.actions.goToStep(7);
    expect(v.link()).toBe('#/encryption?edition=saa-c02&key=customer-managed&default=1&branch=remove-encryption&step=8');
  });
});

describe('a hand-edited encryption link', () => {
  it('falls back to the AWS managed key for a key that is not a choice', () => {
    const d = decode('key=rsa');
    expect(d.inputs.key).toBe('aws-managed');
    expect(d.problems).toEqual(['key "rsa" is not aws-managed or customer-managed: used aws-managed']);
  });

  it('reads the Region default as 1 or 0 only', () => {
    expect(decode('default=true').inputs.byDefault).toBe(true);
    const d = decode('default=maybe');
    expect(d.inputs.byDefault).toBe(false);
    expect(d.problems).toEqual(['default "maybe" is not 1 or 0: used 0']);
  });

  it('falls back to the snapshot branch for an unknown branch', () => {
    const d = decode('branch=nope');
    expect(d.inputs.branch).toBe('snapshot');
    expect(d.problems).toEqual(['branch "nope" is not one of snapshot, volume-same-key, volume-other-key, fresh-volume, remove-encryption, os-encryption: used snapshot']);
  });

  it('keeps the step within the branch it names', () => {
    expect(decode('step=0').problems).toEqual(['step 0 is outside 1 to 8: used 1']);
    expect(decode('step=0').inputs.step).toBe(0);
    const d = decode('step=13');
    expect(d.inputs.step).toBe(7);
    expect(d.problems).toEqual(['step 13 is outside 1 to 8: used 8']);
    expect(decode('branch=remove-encryption&step=13').problems).toEqual([]);
  });

  it('rounds a step that is not whole, and says so', () => {
    const d = decode('step=1.5');
    expect(d.inputs.step).toBe(1);
    expect(d.problems).toEqual(['step 1.5 is not a whole number: used 2']);
  });

  it('names several problems at once and never throws', () => {
    const d = decode('key=rsa&default=maybe&branch=nope&step=abc&colour=red');
    expect(d.inputs).toEqual(defaultsOf(encryptionState));
    expect(d.problems).toHaveLength(5);
    expect(d.problems[0]).toBe('colour is not a setting of this view: ignored');
    expect(d.problems).toContain('step "abc" is not a number: used 1');
  });
});

import { describe, expect, it } from 'vitest';
import { encryptionActions } from '../../../src/features/encryption/actions';
import { encryptionState } from '../../../src/features/encryption/params';
import { defaultsOf } from '../../../src/store/view-state';
import { viewStore } from '../../support/view-state';

const start = () => viewStore(encryptionState, encryptionActions);

describe('the encryption view\'s intents', () => {
  it('starts with the AWS managed key, encryption by default off, the snapshot branch, at its first step', () => {
    expect(start().inputs()).toEqual({ key: 'aws-managed', byDefault: false, branch: 'snapshot', step: 0 });
  });

  it('keeps the step within the branch on screen: 8 steps for the snapshot, 13 for removing encryption', () => {
    const v = start();
    v.actions.goToStep(99);
    expect(v.inputs().step).toBe(7);
    v.actions.goToStep(-2);
    expect(v.inputs().step).toBe(0);
    v.actions.chooseScenario({ branch: 'remove-encryption' });
    v.actions.goToStep(99);
    expect(v.inputs().step).toBe(12);
    v.actions.goToStep(9.4);
    expect(v.inputs().step).toBe(9);
  });

  it('keeps the step when a new branch still has it', () => {
    const v = start();
    v.actions.goToStep(6);
    v.actions.chooseScenario({ branch: 'os-encryption' });
    expect(v.inputs()).toEqual({ ...defaultsOf(encryptionState), branch: 'os-encryption', step: 6 });
  });

  it('moves to the last step of a shorter branch chosen past its end', () => {
    const v = start();
    v.actions.chooseScenario({ branch: 'remove-encryption' });
    v.actions.goToStep(11);
    v.actions.chooseScenario({ branch: 'volume-same-key' });
    expect(v.inputs().step).toBe(8);
    v.actions.chooseScenario({ branch: 'fresh-volume' });
    expect(v.inputs().step).toBe(7);
  });

  it('keeps the branch and step when only the key or the Region default changes', () => {
    const v = start();
    v.actions.chooseScenario({ branch: 'volume-other-key' });
    v.actions.goToStep(8);
    v.actions.chooseScenario({ key: 'customer-managed' });
    v.actions.chooseScenario({ byDefault: true });
    expect(v.inputs()).toEqual({ key: 'customer-managed', byDefault: true, branch: 'volume-other-key', step: 8 });
  });

  it('goes back to its starting values when the view is reset', () => {
    const v = start();
    v.actions.chooseScenario({ key: 'customer-managed', byDefault: true, branch: 'remove-encryption' });
    v.actions.goToStep(10);
    v.store.getState().resetView('encryption');
    expect(v.inputs()).toEqual(defaultsOf(encryptionState));
  });
});

import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store/create-app-store';
import { DEFAULT_ENCRYPTION } from '../../src/store/encryption-defaults';

describe('the encryption slice', () => {
  it('starts with the AWS managed key, encryption by default off, the snapshot branch, at its first step', () => {
    expect(createAppStore().getState().encryption).toEqual({ key: 'aws-managed', byDefault: false, branch: 'snapshot', step: 0 });
  });

  it('keeps the step within the branch on screen: 8 steps for the snapshot, 13 for removing encryption', () => {
    const store = createAppStore();
    store.getState().goToEncryptionStep(99);
    expect(store.getState().encryption.step).toBe(7);
    store.getState().goToEncryptionStep(-2);
    expect(store.getState().encryption.step).toBe(0);
    store.getState().chooseEncryptionScenario({ branch: 'remove-encryption' });
    store.getState().goToEncryptionStep(99);
    expect(store.getState().encryption.step).toBe(12);
    store.getState().goToEncryptionStep(9.4);
    expect(store.getState().encryption.step).toBe(9);
  });

  it('keeps the step when a new branch still has it', () => {
    const store = createAppStore();
    store.getState().goToEncryptionStep(6);
    store.getState().chooseEncryptionScenario({ branch: 'os-encryption' });
    expect(store.getState().encryption).toEqual({ ...DEFAULT_ENCRYPTION, branch: 'os-encryption', step: 6 });
  });

  it('moves to the last step of a shorter branch chosen past its end', () => {
    const store = createAppStore();
    store.getState().chooseEncryptionScenario({ branch: 'remove-encryption' });
    store.getState().goToEncryptionStep(11);
    store.getState().chooseEncryptionScenario({ branch: 'volume-same-key' });
    expect(store.getState().encryption.step).toBe(8);
    store.getState().chooseEncryptionScenario({ branch: 'fresh-volume' });
    expect(store.getState().encryption.step).toBe(7);
  });

  it('keeps the branch and step when only the key or the Region default changes', () => {
    const store = createAppStore();
    store.getState().chooseEncryptionScenario({ branch: 'volume-other-key' });
    store.getState().goToEncryptionStep(8);
    store.getState().chooseEncryptionScenario({ key: 'customer-managed' });
    store.getState().chooseEncryptionScenario({ byDefault: true });
    expect(store.getState().encryption).toEqual({ key: 'customer-managed', byDefault: true, branch: 'volume-other-key', step: 8 });
  });

  it('goes back to its starting values when the view is reset, leaving other views alone', () => {
    const store = createAppStore();
    store.getState().setDaysKept(10);
    store.getState().chooseEncryptionScenario({ key: 'customer-managed', byDefault: true, branch: 'remove-encryption' });
    store.getState().goToEncryptionStep(10);
    store.getState().resetView('encryption');
    expect(store.getState().encryption).toEqual(DEFAULT_ENCRYPTION);
    expect(store.getState().snapshots.daysKept).toBe(10);
  });
});

/**
 * The encryption walkthrough's inputs: the KMS key, the Region's encryption-by-default setting, the
 * branch a person follows after the common flow, and the step index. Steps are derived by the domain.
 */
import type { StateCreator } from 'zustand';
import { encryptionStepCount, type EncryptionInputs } from '../domain/encryption/branches';
import type { AppState } from './app-state';
import { DEFAULT_ENCRYPTION, type EncryptionViewInputs } from './encryption-defaults';
import { clampStep } from './step-index';

export interface EncryptionSlice {
  encryption: EncryptionViewInputs;
  goToEncryptionStep: (step: number) => void;
  chooseEncryptionScenario: (patch: Partial<EncryptionInputs>) => void;
}


export const createEncryptionSlice: StateCreator<AppState, [], [], EncryptionSlice> = (set, get) => ({
  encryption: DEFAULT_ENCRYPTION,
  goToEncryptionStep: (step) => {
    const e = get().encryption;
    const next = clampStep(step, encryptionStepCount(e.branch));
    if (next !== e.step) set({ encryption: { ...e, step: next } });
  },
  chooseEncryptionScenario: (patch) => {
    const e = get().encryption;
    const next = { ...e, ...patch };
    // The common flow is the same for every branch: a new branch keeps the step if it is still in range.
    set({ encryption: { ...next, step: clampStep(next.step, encryptionStepCount(next.branch)) } });
  },
});

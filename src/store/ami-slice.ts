/**
 * The AMI view's inputs (volumes, instance store, AZ, copy Region, permission, id seed) and the step
 * index. Steps and scenes are derived by the domain; the store only counts them.
 */
import type { StateCreator } from 'zustand';
import { amiStepCount, clampAmiInputs, type AmiInputs } from '../domain/ami/inputs';
import type { AppState } from './app-state';
import { DEFAULT_AMI, type AmiViewInputs } from './ami-defaults';
import { clampStep } from './step-index';

export interface AmiSlice {
  ami: AmiViewInputs;
  amiMessages: string[];
  goToAmiStep: (step: number) => void;
  chooseAmiScenario: (patch: Partial<AmiInputs>) => void;
  newAmiIds: () => void;
}

const NONE: string[] = [];

/** The next seed of a small linear congruential sequence: new ids without randomness in the store. */
export function nextSeed(seed: number): number {
  return (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
}

export const createAmiSlice: StateCreator<AppState, [], [], AmiSlice> = (set, get) => ({
  ami: DEFAULT_AMI,
  amiMessages: NONE,
  goToAmiStep: (step) => {
    const a = get().ami;
    const next = clampStep(step, amiStepCount(a));
    if (next !== a.step) set({ ami: { ...a, step: next } });
  },
  chooseAmiScenario: (patch) => {
    const a = get().ami;
    const { step, ...rest } = a;
    const { inputs, problems } = clampAmiInputs({ ...rest, ...patch });
    set({ ami: { ...inputs, step: clampStep(step, amiStepCount(inputs)) }, amiMessages: problems.length ? problems : NONE });
  },
  newAmiIds: () => set({ ami: { ...get().ami, seed: nextSeed(get().ami.seed) } }),
});

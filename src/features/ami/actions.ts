/**
 * The AMI walkthrough's intents. A new scenario keeps the step on screen (the kit keeps it within
 * the new count) and the domain's clamp says what it changed; new ids come from the next seed.
 */
import type { AmiInputs } from '../../domain';
import { defineActions } from '../../store/view-hooks';
import { amiState } from './params';

/** The next seed of a small linear congruential sequence: new ids without randomness in the store. */
export function nextSeed(seed: number): number {
  return (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
}

export const amiActions = defineActions(amiState, (view) => ({
  goToAmiStep: (step: number) => view.commit({ step }),
  chooseAmiScenario: (patch: Partial<AmiInputs>) => view.commit(patch),
  newAmiIds: () => view.commit({ seed: nextSeed(view.inputs().seed) }),
}));

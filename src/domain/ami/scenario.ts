/**
 * The AMI walkthrough run ahead of time into explained steps with a scene each (HOUSE_STYLE: trace
 * + cursor). The ten steps of inputs.ts `amiScenario` follow the seed notes' lifecycle (launch,
 * configure, create image, launch) and exam power-ups (cannot be edited, one Region, copy,
 * permissions), then deregister (EC2 User Guide deregister-ami.md): the AMI is gone, its snapshots
 * stay and stay billable.
 *
 * An attempt step is the one place a refused event appears: it keeps the machine state and every
 * Region, AMI, snapshot and instance of the scene; only the highlight moves, and `refused` carries
 * the machine's reason (the Region refusal names the chosen copy Region). Any other refusal, or an
 * attempt the machine allows, is a bug and throws: the stepper kit's runAttempts runs the entries
 * (stepper/machine.ts). Inputs are clamped first.
 */
import { runAttempts } from '../stepper/machine';
import { amiStepExplanation, amiStepTitle } from './captions';
import { idFactory } from './ids';
import { amiScenario, clampAmiInputs, type AmiInputs, type AmiScenarioEntry } from './inputs';
import { AMI_MACHINE, OTHER_REGION, regionRefusal, type AmiEvent, type AmiState } from './machine';
import { applyAmiEvent, attemptScene } from './scene-events';
import { initialAmiScene, type AmiScene } from './scene';

export interface AmiStep {
  index: number;
  event: AmiEvent;
  /** The machine state before and after the step; equal on an attempt step. */
  from: AmiState;
  to: AmiState;
  title: string;
  explanation: string;
  /** Set on an attempt step whose event the machine refuses; the state and the scene do not change. */
  refused?: string;
  scene: AmiScene;
}

/** The machine's reason, with "the other Region" replaced by the chosen copy Region. */
function localRefusal(reason: string, inputs: AmiInputs): string {
  return reason === regionRefusal(OTHER_REGION) ? regionRefusal(inputs.copyRegion) : reason;
}

/** The scene before step 1, for the same inputs (its ids are the first the seed gives). */
export function amiInitialScene(inputs: AmiInputs): AmiScene {
  const clean = clampAmiInputs(inputs).inputs;
  return initialAmiScene(clean, idFactory(clean.seed));
}

/** Runs the walkthrough for (clamped) inputs into steps, each with its caption and the scene after it. */
export function amiSteps(inputs: AmiInputs): AmiStep[] {
  const clean = clampAmiInputs(inputs).inputs;
  return runAmiScenario(amiScenario(clean), clean);
}

/**
 * Runs any list of entries from the machine's initial state with already clamped inputs. Throws
 * naming the step when an event that is not an attempt is refused, or when an attempt is allowed.
 */
export function runAmiScenario(entries: readonly AmiScenarioEntry[], inputs: AmiInputs): AmiStep[] {
  const ids = idFactory(inputs.seed);
  return runAttempts(AMI_MACHINE, entries, {
    initial: initialAmiScene(inputs, ids),
    apply: (scene, event) => applyAmiEvent(scene, event, { inputs, ids }),
    attempt: (scene, event) => attemptScene(scene, event, inputs),
    step: ({ index, event, from, to, before, after, refused: reason }): AmiStep => {
      const refused = reason === undefined ? undefined : localRefusal(reason, inputs);
      return {
        index, event, from, to,
        title: amiStepTitle(event, inputs, refused),
        explanation: amiStepExplanation({ event, inputs, before, after, ...(refused ? { refused } : {}) }),
        scene: after,
        ...(refused === undefined ? {} : { refused }),
      };
    },
  });
}

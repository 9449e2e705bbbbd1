import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AmiInputs } from '../../domain/ami/inputs';
import { amiSteps } from '../../domain/ami/scenario';
import { selectAmiStep } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';

/** The scenario's inputs without the step: the same object while only the step changes. */
function selectAmiInputs(s: { ami: AmiInputs & { step: number } }): AmiInputs {
  const inputs: AmiInputs & { step?: number } = { ...s.ami };
  delete inputs.step;
  return inputs;
}

/** The AMI scenario's steps, rebuilt only when an input changes (not when the step does). */
export function useAmiSteps() {
  const inputs = useAppStore(useShallow(selectAmiInputs));
  const index = useAppStore(selectAmiStep);
  const steps = useMemo(() => amiSteps(inputs), [inputs]);
  return { steps, index, step: steps[Math.min(index, steps.length - 1)]!, inputs };
}

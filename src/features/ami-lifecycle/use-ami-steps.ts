import { useMemo } from 'react';
import type { AmiInputs } from '../../domain/ami/inputs';
import { amiSteps } from '../../domain/ami/scenario';
import { selectAmi } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';

/** The AMI scenario's steps, rebuilt only when an input changes (not when the step does). */
export function useAmiSteps() {
  const ami = useAppStore(selectAmi);
  const { step: index, ...rest } = ami;
  const key = JSON.stringify(rest);
  const inputs = useMemo(() => JSON.parse(key) as AmiInputs, [key]);
  const steps = useMemo(() => amiSteps(inputs), [inputs]);
  return { steps, index, step: steps[Math.min(index, steps.length - 1)]!, inputs };
}

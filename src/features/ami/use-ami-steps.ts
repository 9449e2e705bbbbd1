import { useMemo } from 'react';
import { amiSteps, type AmiInputs } from '../../domain';
import { useInput } from '../../store/view-hooks';
import { amiState } from './params';

/** The scenario's inputs without the step, built from the stored fields: the same object while only the step changes. */
function useAmiInputs(): AmiInputs {
  const bootGiB = useInput(amiState, 'bootGiB');
  const bootUsedGiB = useInput(amiState, 'bootUsedGiB');
  const dataVolumes = useInput(amiState, 'dataVolumes') as AmiInputs['dataVolumes'];
  const dataGiB = useInput(amiState, 'dataGiB');
  const dataUsedGiB = useInput(amiState, 'dataUsedGiB');
  const instanceStore = useInput(amiState, 'instanceStore') as AmiInputs['instanceStore'];
  const launchAz = useInput(amiState, 'launchAz');
  const copyRegion = useInput(amiState, 'copyRegion');
  const permission = useInput(amiState, 'permission');
  const seed = useInput(amiState, 'seed');
  return useMemo(
    () => ({ bootGiB, bootUsedGiB, dataVolumes, dataGiB, dataUsedGiB, instanceStore, launchAz, copyRegion, permission, seed }),
    [bootGiB, bootUsedGiB, dataVolumes, dataGiB, dataUsedGiB, instanceStore, launchAz, copyRegion, permission, seed],
  );
}

/** The AMI scenario's steps, rebuilt only when an input changes (not when the step does). */
export function useAmiSteps() {
  const inputs = useAmiInputs();
  const index = useInput(amiState, 'step');
  const steps = useMemo(() => amiSteps(inputs), [inputs]);
  return { steps, index, step: steps[Math.min(index, steps.length - 1)]!, inputs };
}

import { useMemo } from 'react';
import { ChoiceGroup, type Choice } from '../../components/choice-group';
import { formatNumber } from '../../components/format';
import { Section } from '../../components/section';
import { canPull, transfer, type RepositoryVisibility } from '../../domain';
import { useActions, useInput } from '../../store/view-hooks';
import { containersActions } from './actions';
import { containersState } from './params';
import { useImage } from './use-image';

const VISIBILITY: readonly Choice<RepositoryVisibility>[] = [
  { value: 'private', label: 'Private repository', description: 'pulls need credentials' },
  { value: 'public', label: 'Public repository', description: 'anyone can pull' },
];

/** Push and pull move only the layers the other side lacks, by digest. */
export function RegistryPanel() {
  const { layers } = useImage();
  const visibility = useInput(containersState, 'visibility');
  const { setVisibility } = useActions(containersActions);
  const digests = layers.map((l) => l.digest);
  const sizes = useMemo(() => Object.fromEntries(layers.map((l) => [l.digest, l.sizeMB])), [layers]);
  // The registry already holds the base image; a second host already pulled it too.
  const baseOnly = digests.slice(0, 1);
  const push = transfer(digests, baseOnly, sizes);
  const pull = transfer(digests, baseOnly, sizes);
  const stranger = canPull(visibility, false);
  return (
    <Section title="A registry: push and pull by layer">
      <ChoiceGroup legend={containersState.params.visibility.label} choices={VISIBILITY} value={visibility} onChange={setVisibility} />
      <div className="mt-3 grid gap-3 text-sm md:grid-cols-3">
        <div className="rounded-md border border-slate-200 p-2 dark:border-slate-700">
          <p className="font-semibold">docker push</p>
          <p>The registry already has the base layer, so {push.moved.length} of {digests.length} {digests.length === 1 ? 'layer goes' : push.moved.length === 1 ? 'layers goes' : 'layers go'} up: {formatNumber(push.movedMB, 1)} MB; {push.skipped.length} skipped ("Layer already exists").</p>
        </div>
        <div className="rounded-md border border-slate-200 p-2 dark:border-slate-700">
          <p className="font-semibold">docker pull on a host that has the base</p>
          <p>{pull.moved.length} {pull.moved.length === 1 ? 'layer comes' : 'layers come'} down ({formatNumber(pull.movedMB, 1)} MB); the base is reused.</p>
        </div>
        <div className="rounded-md border border-slate-200 p-2 dark:border-slate-700">
          <p className="font-semibold">Someone without credentials pulls</p>
          <p>{stranger.allowed ? 'Allowed. ' : 'Refused. '}{stranger.reason}</p>
        </div>
      </div>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">ECS pulls task images from a registry such as Amazon ECR or Docker Hub (the study notes, "ECS Architecture").</p>
    </Section>
  );
}

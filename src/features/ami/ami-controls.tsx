import { memo, useCallback } from 'react';
import { ChoiceGroup, type Choice } from '../../components/choice-group';
import { RangeField } from '../../components/range-field';
import { AMI_LIMITS, type AmiInputs, type AmiPermission, type AzLetter, type CopyRegion } from '../../domain';
import { rangeOf, type NumberParam } from '../../store/params';
import { useActions } from '../../store/view-hooks';
import { amiActions } from './actions';
import { amiState } from './params';

const COUNTS: readonly Choice<'0' | '1' | '2'>[] = [{ value: '0', label: 'None' }, { value: '1', label: 'One' }, { value: '2', label: 'Two' }];
const AZS: readonly Choice<AzLetter>[] = [{ value: 'a', label: 'us-east-1a' }, { value: 'b', label: 'us-east-1b' }, { value: 'c', label: 'us-east-1c' }];
const REGIONS: readonly Choice<CopyRegion>[] = [{ value: 'us-west-2', label: 'us-west-2' }, { value: 'eu-west-1', label: 'eu-west-1' }];
const PERMISSIONS: readonly Choice<AmiPermission>[] = [
  { value: 'private', label: 'Private', description: 'your account only (the default)' },
  { value: 'accounts', label: 'Specific accounts', description: 'accounts you name' },
  { value: 'public', label: 'Public', description: 'every AWS account' },
];

const { bootGiB: BOOT, bootUsedGiB: BOOT_USED, dataGiB: DATA, dataUsedGiB: DATA_USED } = amiState.params;
/** A slider's label, unit and range from the declaration; `range` where the domain's depends on a volume's size. */
const slider = (p: NumberParam, range = rangeOf(p)!) => ({ label: p.label, unit: p.unit ?? '', min: range[0], max: range[1] });

const BUTTON = 'rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';

/** The choices a person makes: volumes, instance store, where to launch and copy, who may launch, and the ids. */
export const AmiControls = memo(function AmiControls({ inputs }: { inputs: AmiInputs }) {
  const { chooseAmiScenario: choose, newAmiIds: newIds } = useActions(amiActions);
  const set = useCallback(<K extends keyof AmiInputs>(key: K) => (value: AmiInputs[K]) => choose({ [key]: value } as Partial<AmiInputs>), [choose]);
  return (
    <div className="space-y-4">
      <div className="grid gap-3 md:grid-cols-2">
        <RangeField {...slider(BOOT)} scale="log" value={inputs.bootGiB} onChange={set('bootGiB')} />
        <RangeField {...slider(BOOT_USED, AMI_LIMITS.bootUsedGiB(inputs.bootGiB))} value={inputs.bootUsedGiB} onChange={set('bootUsedGiB')} />
        {inputs.dataVolumes > 0 ? (
          <>
            <RangeField {...slider(DATA)} scale="log" value={inputs.dataGiB} onChange={set('dataGiB')} />
            <RangeField {...slider(DATA_USED, AMI_LIMITS.dataUsedGiB(inputs.dataGiB))} scale="log" value={inputs.dataUsedGiB} onChange={set('dataUsedGiB')} />
          </>
        ) : null}
      </div>
      <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
        <ChoiceGroup legend="EBS data volumes (/dev/xvdf, /dev/xvdg)" choices={COUNTS} value={String(inputs.dataVolumes) as '0' | '1' | '2'}
          onChange={(v) => choose({ dataVolumes: Number(v) as AmiInputs['dataVolumes'] })} />
        <ChoiceGroup legend="Instance store volumes (chosen at launch)" choices={COUNTS} value={String(inputs.instanceStore) as '0' | '1' | '2'}
          onChange={(v) => choose({ instanceStore: Number(v) as AmiInputs['instanceStore'] })} />
        <ChoiceGroup legend="Launch the new instance in" choices={AZS} value={inputs.launchAz} onChange={set('launchAz')} />
        <ChoiceGroup legend="Copy the AMI to" choices={REGIONS} value={inputs.copyRegion} onChange={set('copyRegion')} />
        <ChoiceGroup legend="Who may launch it" choices={PERMISSIONS} value={inputs.permission} onChange={set('permission')} />
        <div className="space-y-1">
          <p className="text-sm font-medium">Ids</p>
          <p className="text-xs text-slate-600 dark:text-slate-400">Drawn from seed {inputs.seed}, kept in the link so a shared link shows the same ids.</p>
          <button type="button" className={BUTTON} onClick={newIds}>New ids</button>
        </div>
      </div>
    </div>
  );
});

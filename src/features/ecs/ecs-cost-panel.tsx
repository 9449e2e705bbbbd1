import { useCallback, useMemo } from 'react';
import { ChoiceGroup, type Choice } from '../../components/choice-group';
import { Section } from '../../components/section';
import { SourceText } from '../../components/source-text';
import { EC2_MODE_SOURCES, ecsCostComparison, type WorkloadShape } from '../../domain';
import { useActions, useInput } from '../../store/view-hooks';
import { ecsActions, type WorkloadPatch } from './actions';
import { EcsCostResult, EcsNotPriced } from './ecs-cost-result';
import { ParamField } from './param-field';
import { ecsState, type EcsInputs } from './params';
import { useEcs } from './use-ecs';

const SHAPES: readonly Choice<WorkloadShape>[] = [
  { value: 'steady', label: 'Steady', description: 'all tasks for the hours each day' },
  { value: 'bursty', label: 'Bursty', description: 'one task, all tasks for the hours' },
  { value: 'batch', label: 'Batch', description: 'runs the hours, then exits' },
];
const P = ecsState.params;

/** The service's tasks priced on Fargate and on EC2 container instances for a 30-day month, with the notes' guidance. */
export function EcsCostPanel() {
  const { edition, launchType, task: { cpuUnits, memoryMiB }, service: { desiredCount, azs }, instances, problems, runnable } = useEcs();
  // The instances' size and packing target are read once, by useEcs (the task must fit them).
  const { vcpu: ec2Vcpu, memoryGB: ec2MemoryGB, utilisationPercent } = instances;
  const azCount = azs.length;
  const shape = useInput(ecsState, 'shape');
  const hoursPerDay = useInput(ecsState, 'hoursPerDay');
  const ec2UsdPerHour = useInput(ecsState, 'ec2UsdPerHour');
  const alwaysOn = useInput(ecsState, 'alwaysOn');
  const { describeWorkload } = useActions(ecsActions);
  const set = useCallback(<K extends keyof WorkloadPatch>(key: K) => (value: EcsInputs[K]) => describeWorkload({ [key]: value } as WorkloadPatch), [describeWorkload]);
  const result = useMemo(() => ecsCostComparison(
    { tasks: desiredCount, vcpu: cpuUnits / 1024, memoryGB: memoryMiB / 1024, hoursPerDay, shape, azs: azCount },
    { instanceUsdPerHour: ec2UsdPerHour, instanceVcpu: ec2Vcpu, instanceMemoryGB: ec2MemoryGB, utilisationPercent, alwaysOn },
    edition,
  ), [edition, desiredCount, azCount, cpuUnits, memoryMiB, hoursPerDay, shape, ec2UsdPerHour, ec2Vcpu, ec2MemoryGB, utilisationPercent, alwaysOn]);
  return (
    <Section title="What the service costs: Fargate or EC2 mode">
      <p className="mb-2 text-sm">{launchType === 'EXTERNAL' ? 'External (ECS Anywhere) runs on your own servers and is not priced here. ' : ''}The service above: {desiredCount} tasks of {cpuUnits / 1024} vCPU and {(memoryMiB / 1024).toLocaleString('en-US')} GB, over a 30-day month.</p>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-3">
          <ChoiceGroup legend="Workload" choices={SHAPES} value={shape} onChange={set('shape')} />
          <ParamField param={P.hoursPerDay} value={hoursPerDay} onChange={set('hoursPerDay')} />
          <fieldset className="space-y-2 rounded-md border border-slate-200 p-2 dark:border-slate-700">
            <legend className="px-1 text-sm font-semibold">EC2 mode: container instances</legend>
            <ParamField param={P.ec2UsdPerHour} value={ec2UsdPerHour} onChange={set('ec2UsdPerHour')} />
            <p className="text-xs text-slate-600 dark:text-slate-400"><SourceText source={EC2_MODE_SOURCES.instanceUsdPerHour} /></p>
            <div className="grid grid-cols-2 gap-2">
              <ParamField param={P.ec2Vcpu} value={ec2Vcpu} onChange={set('ec2Vcpu')} />
              <ParamField param={P.ec2MemoryGB} value={ec2MemoryGB} onChange={set('ec2MemoryGB')} />
            </div>
            <p className="text-xs text-slate-600 dark:text-slate-400"><SourceText source={`${EC2_MODE_SOURCES.instanceVcpu}; ${EC2_MODE_SOURCES.instanceMemoryGB}`} />.</p>
            <ParamField param={P.utilisationPercent} value={utilisationPercent} onChange={set('utilisationPercent')} />
            <label className="flex items-center gap-2 text-sm"><input type="checkbox" checked={alwaysOn} onChange={() => describeWorkload({ alwaysOn: !alwaysOn })} className="h-4 w-4" /> Instances run all day, whether tasks run or not</label>
          </fieldset>
        </div>
        {problems.length
          ? <EcsNotPriced wouldRun={runnable?.runs ? runnable.sentence : null} />
          : <EcsCostResult result={result} azCount={azCount} desiredCount={desiredCount} ec2UsdPerHour={ec2UsdPerHour} />}
      </div>
    </Section>
  );
}

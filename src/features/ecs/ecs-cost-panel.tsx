import { useCallback, useMemo } from 'react';
import { Callout } from '../../components/callout';
import { ChoiceGroup, type Choice } from '../../components/choice-group';
import { formatNumber, formatPrice, formatUsd } from '../../components/format';
import { Section } from '../../components/section';
import { EC2_MODE_SOURCES, FARGATE_PRICES, ecsCostComparison, type WorkloadShape } from '../../domain';
import { useActions, useInput } from '../../store/view-hooks';
import { ecsActions, type WorkloadPatch } from './actions';
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
  const { launchType, task: { cpuUnits, memoryMiB }, service: { desiredCount, azs } } = useEcs();
  const azCount = azs.length;
  const shape = useInput(ecsState, 'shape');
  const hoursPerDay = useInput(ecsState, 'hoursPerDay');
  const ec2UsdPerHour = useInput(ecsState, 'ec2UsdPerHour');
  const ec2Vcpu = useInput(ecsState, 'ec2Vcpu');
  const ec2MemoryGB = useInput(ecsState, 'ec2MemoryGB');
  const utilisationPercent = useInput(ecsState, 'utilisationPercent');
  const alwaysOn = useInput(ecsState, 'alwaysOn');
  const { describeWorkload } = useActions(ecsActions);
  const set = useCallback(<K extends keyof WorkloadPatch>(key: K) => (value: EcsInputs[K]) => describeWorkload({ [key]: value } as WorkloadPatch), [describeWorkload]);
  const result = useMemo(() => ecsCostComparison(
    { tasks: desiredCount, vcpu: cpuUnits / 1024, memoryGB: memoryMiB / 1024, hoursPerDay, shape, azs: azCount },
    { instanceUsdPerHour: ec2UsdPerHour, instanceVcpu: ec2Vcpu, instanceMemoryGB: ec2MemoryGB, utilisationPercent, alwaysOn },
  ), [desiredCount, azCount, cpuUnits, memoryMiB, hoursPerDay, shape, ec2UsdPerHour, ec2Vcpu, ec2MemoryGB, utilisationPercent, alwaysOn]);
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
            <p className="text-xs text-slate-600 dark:text-slate-400">{EC2_MODE_SOURCES.instanceUsdPerHour}</p>
            <div className="grid grid-cols-2 gap-2">
              <ParamField param={P.ec2Vcpu} value={ec2Vcpu} onChange={set('ec2Vcpu')} />
              <ParamField param={P.ec2MemoryGB} value={ec2MemoryGB} onChange={set('ec2MemoryGB')} />
            </div>
            <p className="text-xs text-slate-600 dark:text-slate-400">{EC2_MODE_SOURCES.instanceVcpu}; {EC2_MODE_SOURCES.instanceMemoryGB}.</p>
            <ParamField param={P.utilisationPercent} value={utilisationPercent} onChange={set('utilisationPercent')} />
            <label className="flex items-center gap-2 text-sm"><input type="checkbox" checked={alwaysOn} onChange={() => describeWorkload({ alwaysOn: !alwaysOn })} className="h-4 w-4" /> Instances run all day, whether tasks run or not</label>
          </fieldset>
        </div>
        <div className="space-y-3">
          <dl className="grid grid-cols-2 gap-2">
            <div className={`rounded-lg border-2 p-3 ${result.cheaper === 'fargate' ? 'border-teal-700 dark:border-teal-300' : 'border-slate-200 dark:border-slate-700'}`}>
              <dt className="text-xs font-medium uppercase">Fargate</dt>
              <dd className="text-xl font-semibold tabular-nums">{formatUsd(result.fargateUsd)}</dd>
              <dd className="text-xs">{formatNumber(result.fargateTaskHours)} task-hours at {result.fargateSize.cpuUnits / 1024} vCPU × ${FARGATE_PRICES.usdPerVcpuHour} + {(result.fargateSize.memoryMiB / 1024).toLocaleString('en-US')} GB × ${FARGATE_PRICES.usdPerGBHour} an hour{result.cheaper === 'fargate' ? ' · cheaper' : ''}</dd>
            </div>
            <div className={`rounded-lg border-2 p-3 ${result.cheaper === 'ec2' ? 'border-teal-700 dark:border-teal-300' : 'border-slate-200 dark:border-slate-700'}`}>
              <dt className="text-xs font-medium uppercase">EC2 mode</dt>
              <dd className="text-xl font-semibold tabular-nums">{formatUsd(result.ec2Usd)}</dd>
              <dd className="text-xs">{result.instances} instance{result.instances === 1 ? '' : 's'} (at least one in each of the {Math.min(azCount, desiredCount)} AZs with tasks), {formatNumber(result.ec2InstanceHours)} instance-hours × {formatPrice(ec2UsdPerHour)}{result.cheaper === 'ec2' ? ' · cheaper' : ''}</dd>
            </div>
          </dl>
          <p className="text-sm">{result.explanation}</p>
          {!result.taskFitsInstance ? <p role="alert" className="text-sm text-red-700 dark:text-red-300">One task is bigger than one instance: choose a larger instance.</p> : null}
          <ul className="space-y-2">
            {result.guidance.map((g) => (
              <li key={g.id}><Callout kind={g.applies ? 'tip' : 'remark'} title={g.applies ? 'The notes\' advice fits these numbers' : 'The notes\' advice does not apply to these numbers'}>{g.text}</Callout></li>
            ))}
          </ul>
          <p className="text-xs text-slate-600 dark:text-slate-400">Fargate bills the vCPU and memory a task asks for, per second with a one-minute minimum, not what it uses. Prices: {FARGATE_PRICES.source}.</p>
        </div>
      </div>
    </Section>
  );
}

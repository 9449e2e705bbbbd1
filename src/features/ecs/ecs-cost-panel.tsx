import { useCallback, useMemo } from 'react';
import { Callout } from '../../components/callout';
import { ChoiceGroup, type Choice } from '../../components/choice-group';
import { formatNumber, formatPrice, formatUsd } from '../../components/format';
import { NumberField } from '../../components/number-field';
import { Section } from '../../components/section';
import { FARGATE_PRICES } from '../../domain/catalog/fargate';
import { EC2_MODE_SOURCES, ecsCostComparison, type WorkloadShape } from '../../domain/ecs/cost';
import { ECS_LIMITS, type EcsInputs } from '../../store/ecs-defaults';
import { useAppStore } from '../../store/store-context';
import { useEcs } from './use-ecs';

const SHAPES: readonly Choice<WorkloadShape>[] = [
  { value: 'steady', label: 'Steady', description: 'all tasks for the hours each day' },
  { value: 'bursty', label: 'Bursty', description: 'one task, all tasks for the hours' },
  { value: 'batch', label: 'Batch', description: 'runs the hours, then exits' },
];

/** The service's tasks priced on Fargate and on EC2 container instances for a 30-day month, with the notes' guidance. */
export function EcsCostPanel() {
  const { inputs: e } = useEcs();
  const choose = useAppStore((s) => s.chooseEcs);
  const set = useCallback(<K extends keyof EcsInputs>(key: K) => (value: EcsInputs[K]) => choose({ [key]: value } as Partial<EcsInputs>), [choose]);
  const result = useMemo(() => ecsCostComparison(
    { tasks: e.desiredCount, vcpu: e.cpuUnits / 1024, memoryGB: e.memoryMiB / 1024, hoursPerDay: e.hoursPerDay, shape: e.shape, azs: e.azCount },
    { instanceUsdPerHour: e.ec2UsdPerHour, instanceVcpu: e.ec2Vcpu, instanceMemoryGB: e.ec2MemoryGB, utilisationPercent: e.utilisationPercent, alwaysOn: e.alwaysOn },
  ), [e.desiredCount, e.azCount, e.cpuUnits, e.memoryMiB, e.hoursPerDay, e.shape, e.ec2UsdPerHour, e.ec2Vcpu, e.ec2MemoryGB, e.utilisationPercent, e.alwaysOn]);
  const L = ECS_LIMITS;
  return (
    <Section title="What the service costs: Fargate or EC2 mode">
      <p className="mb-2 text-sm">{e.launchType === 'EXTERNAL' ? 'External (ECS Anywhere) runs on your own servers and is not priced here. ' : ''}The service above: {e.desiredCount} tasks of {e.cpuUnits / 1024} vCPU and {(e.memoryMiB / 1024).toLocaleString('en-US')} GB, over a 30-day month.</p>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-3">
          <ChoiceGroup legend="Workload" choices={SHAPES} value={e.shape} onChange={set('shape')} />
          <NumberField label="Hours a day the tasks run" unit="h" value={e.hoursPerDay} min={L.hoursPerDay[0]} max={L.hoursPerDay[1]} onChange={set('hoursPerDay')} />
          <fieldset className="space-y-2 rounded-md border border-slate-200 p-2 dark:border-slate-700">
            <legend className="px-1 text-sm font-semibold">EC2 mode: container instances</legend>
            <NumberField label="Instance price" unit="USD per hour" value={e.ec2UsdPerHour} min={L.ec2UsdPerHour[0]} max={L.ec2UsdPerHour[1]} onChange={set('ec2UsdPerHour')} />
            <p className="text-xs text-slate-600 dark:text-slate-400">{EC2_MODE_SOURCES.instanceUsdPerHour}</p>
            <div className="grid grid-cols-2 gap-2">
              <NumberField label="vCPU per instance" unit="vCPU" value={e.ec2Vcpu} min={L.ec2Vcpu[0]} max={L.ec2Vcpu[1]} onChange={set('ec2Vcpu')} />
              <NumberField label="Memory per instance" unit="GB" value={e.ec2MemoryGB} min={L.ec2MemoryGB[0]} max={L.ec2MemoryGB[1]} onChange={set('ec2MemoryGB')} />
            </div>
            <p className="text-xs text-slate-600 dark:text-slate-400">{EC2_MODE_SOURCES.instanceVcpu}; {EC2_MODE_SOURCES.instanceMemoryGB}.</p>
            <NumberField label="Packing target" unit="%" value={e.utilisationPercent} min={L.utilisationPercent[0]} max={L.utilisationPercent[1]} onChange={set('utilisationPercent')} />
            <label className="flex items-center gap-2 text-sm"><input type="checkbox" checked={e.alwaysOn} onChange={() => choose({ alwaysOn: !e.alwaysOn })} className="h-4 w-4" /> Instances run all day, whether tasks run or not</label>
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
              <dd className="text-xs">{result.instances} instance{result.instances === 1 ? '' : 's'} (at least one in each of the {Math.min(e.azCount, e.desiredCount)} AZs with tasks), {formatNumber(result.ec2InstanceHours)} instance-hours × {formatPrice(e.ec2UsdPerHour)}{result.cheaper === 'ec2' ? ' · cheaper' : ''}</dd>
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

import { useCallback } from 'react';
import { ChoiceGroup, type Choice } from '../../components/choice-group';
import { NumberField } from '../../components/number-field';
import { Section } from '../../components/section';
import { FARGATE_SIZES } from '../../domain/catalog/fargate';
import { fargateSizeValid } from '../../domain/ecs/fargate';
import { launchTypesFor, LAUNCH_TYPE_FACTS, type LaunchType, type NetworkMode } from '../../domain/ecs/launch-types';
import { placeTasks } from '../../domain/ecs/model';
import { ECS_LIMITS, TASK_CPU_UNITS, type EcsInputs } from '../../store/ecs-defaults';
import { useAppStore } from '../../store/store-context';
import { useEcs } from './use-ecs';

const NETS: readonly Choice<NetworkMode>[] = [{ value: 'awsvpc', label: 'awsvpc', description: 'an ENI per task' }, { value: 'bridge', label: 'bridge' }, { value: 'host', label: 'host' }];
const CPUS: readonly Choice<string>[] = TASK_CPU_UNITS.map((c) => ({ value: String(c), label: `${c / 1024} vCPU`, description: `${c} units` }));
const BOX = 'rounded-lg border-2 p-2';

/** The concepts a person builds: container definition -> task definition -> service -> cluster, drawn as they nest. */
export function EcsBuilder() {
  const { inputs: e, edition, problems, service } = useEcs();
  const choose = useAppStore((s) => s.chooseEcs);
  const set = useCallback(<K extends keyof EcsInputs>(key: K) => (value: EcsInputs[K]) => choose({ [key]: value } as Partial<EcsInputs>), [choose]);
  const types: readonly Choice<LaunchType>[] = launchTypesFor(edition).map((t) => ({ value: t, label: LAUNCH_TYPE_FACTS[t].label }));
  const fargate = e.launchType === 'FARGATE';
  // The number box adds ". Not applied: …" after the rule, so the domain's sentence loses its own full stop.
  const memoryRule = (mem: number) => (fargate ? fargateSizeValid(e.cpuUnits, mem, edition).reason?.replace(/\.$/, '') ?? null : null);
  const placement = placeTasks(service);
  const fargateCheck = fargate ? fargateSizeValid(e.cpuUnits, e.memoryMiB, edition) : null;
  return (
    <Section title="Build a service">
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-3">
          <ChoiceGroup legend="Launch type (cluster capacity)" choices={types} value={e.launchType} onChange={set('launchType')} />
          <fieldset className="space-y-2 rounded-md border border-slate-200 p-2 dark:border-slate-700">
            <legend className="px-1 text-sm font-semibold">Container definition</legend>
            <label className="block text-sm font-medium">Image
              <input type="text" value={e.image} maxLength={ECS_LIMITS.imageChars} onChange={(ev) => choose({ image: ev.target.value })}
                className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-sm dark:border-slate-600 dark:bg-slate-900" />
            </label>
            <NumberField label="Container port" unit="TCP" value={e.port} min={ECS_LIMITS.port[0]} max={ECS_LIMITS.port[1]} onChange={set('port')} />
          </fieldset>
          <fieldset className="space-y-2 rounded-md border border-slate-200 p-2 dark:border-slate-700">
            <legend className="px-1 text-sm font-semibold">Task definition</legend>
            <ChoiceGroup legend="CPU" choices={CPUS} value={String(e.cpuUnits)} onChange={(v) => {
              const cpuUnits = Number(v);
              // On Fargate the memory follows the CPU: the nearest size the new CPU allows.
              const row = FARGATE_SIZES.find((r) => r.cpuUnits === cpuUnits);
              const memoryMiB = fargate && row && !row.memoryMiB.includes(e.memoryMiB)
                ? row.memoryMiB.find((m) => m >= e.memoryMiB) ?? row.memoryMiB[row.memoryMiB.length - 1]! : e.memoryMiB;
              choose({ cpuUnits, memoryMiB });
            }} columns />
            <NumberField label="Task memory" unit="MiB" value={e.memoryMiB} min={ECS_LIMITS.memoryMiB[0]} max={ECS_LIMITS.memoryMiB[1]} onChange={set('memoryMiB')} validate={memoryRule} />
            {fargateCheck && !fargateCheck.valid ? <p role="alert" className="text-sm text-red-700 dark:text-red-300">{fargateCheck.reason}</p> : null}
            <ChoiceGroup legend="Network mode" choices={NETS} value={e.networkMode} onChange={set('networkMode')} />
            <label className="flex items-center gap-2 text-sm"><input type="checkbox" checked={e.taskRole} onChange={() => choose({ taskRole: !e.taskRole })} className="h-4 w-4" /> Task role: the containers' own AWS permissions</label>
            <label className="flex items-center gap-2 text-sm"><input type="checkbox" checked={e.executionRole} onChange={() => choose({ executionRole: !e.executionRole })} className="h-4 w-4" /> Task execution role: ECS pulls the image and sends logs</label>
          </fieldset>
          <fieldset className="space-y-2 rounded-md border border-slate-200 p-2 dark:border-slate-700">
            <legend className="px-1 text-sm font-semibold">Service</legend>
            <NumberField label="Desired tasks" unit="tasks" value={e.desiredCount} min={ECS_LIMITS.desiredCount[0]} max={ECS_LIMITS.desiredCount[1]} onChange={set('desiredCount')} />
            <NumberField label="AZs to spread over" unit="AZs" value={e.azCount} min={ECS_LIMITS.azCount[0]} max={ECS_LIMITS.azCount[1]} onChange={set('azCount')} />
            <label className="flex items-center gap-2 text-sm"><input type="checkbox" checked={e.loadBalancer} onChange={() => choose({ loadBalancer: !e.loadBalancer })} className="h-4 w-4" /> Behind a load balancer</label>
          </fieldset>
        </div>
        <div className="space-y-3">
          {problems.length ? (
            <ul role="status" aria-label="What ECS would refuse" className="list-disc space-y-1 rounded-md bg-red-50 py-2 pl-8 pr-3 text-sm text-red-800 dark:bg-red-950/40 dark:text-red-200">
              {problems.map((p) => <li key={`${p.field}-${p.message}`}>{p.message}</li>)}
            </ul>
          ) : <p role="status" className="rounded-md bg-teal-50 px-3 py-2 text-sm dark:bg-teal-950/40">ECS would accept this: every definition is complete.</p>}
          <div className={`${BOX} border-slate-400 dark:border-slate-500`} aria-label="Cluster" role="group">
            <p className="text-sm font-semibold">{e.launchType === 'EXTERNAL' ? 'Cluster · External: your own servers, registered with ECS Anywhere' : `Cluster (VPC in us-east-1) · ${LAUNCH_TYPE_FACTS[e.launchType].label}`}</p>
            <p className="text-xs">{LAUNCH_TYPE_FACTS[e.launchType].hostsManagedBy}</p>
            <div className={`${BOX} mt-2 border-teal-700 dark:border-teal-300`}>
              <p className="text-sm font-semibold">Service "web": {e.desiredCount} task{e.desiredCount === 1 ? '' : 's'}{e.loadBalancer && e.launchType !== 'EXTERNAL' ? ' behind a load balancer' : ''}</p>
              <div className="mt-2 grid gap-2 sm:grid-cols-3">
                {placement.map((p) => (
                  <div key={p.az} className="rounded-md border border-dashed border-slate-400 p-2 text-xs dark:border-slate-500">
                    <p className="font-medium">{e.launchType === 'EXTERNAL' ? `Server ${placement.indexOf(p) + 1}` : p.az}</p>
                    <ul className="mt-1 space-y-1">
                      {Array.from({ length: p.tasks }, (_, i) => (
                        <li key={i} className="step-enter rounded bg-sky-50 p-1 dark:bg-sky-950/40">
                          Task ({e.cpuUnits / 1024} vCPU, {(e.memoryMiB / 1024).toLocaleString('en-US')} GB){e.networkMode === 'awsvpc' ? ' · its own ENI' : ''}
                          <span className="block break-all font-mono">container web: {e.image}:{e.port}</span>
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
              </div>
            </div>
          </div>
          <p className="text-xs">{LAUNCH_TYPE_FACTS[e.launchType].networking}</p>
        </div>
      </div>
    </Section>
  );
}

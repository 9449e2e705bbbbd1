import { useCallback } from 'react';
import { ChoiceGroup, type Choice } from '../../components/choice-group';
import { fargateSizeValid, type NetworkMode } from '../../domain';
import { useActions, useEdition, useInput, useViewMessages } from '../../store/view-hooks';
import { ecsActions } from './actions';
import { ParamField } from './param-field';
import { ecsState, taskCpuUnits } from './params';
import { useTaskCpu } from './use-ecs';

const NETS: readonly Choice<NetworkMode>[] = [{ value: 'awsvpc', label: 'awsvpc', description: 'an ENI per task' }, { value: 'bridge', label: 'bridge' }, { value: 'host', label: 'host' }];
const cpuChoices = (units: readonly number[]): Choice<string>[] => units.map((c) => ({ value: String(c), label: `${c / 1024} vCPU`, description: `${c} units` }));
const CPUS = { 'saa-c02': cpuChoices(taskCpuUnits('saa-c02')), current: cpuChoices(taskCpuUnits('current')) } as const;

/** The task definition's CPU, memory (checked against the Fargate table on Fargate), network mode and roles. */
export function TaskDefinitionFields({ className }: { className: string }) {
  const edition = useEdition();
  const fargate = useInput(ecsState, 'launchType') === 'FARGATE';
  const cpuUnits = useTaskCpu();
  const memoryMiB = useInput(ecsState, 'memoryMiB');
  const networkMode = useInput(ecsState, 'networkMode');
  const taskRole = useInput(ecsState, 'taskRole');
  const executionRole = useInput(ecsState, 'executionRole');
  // The kit's useViewMessages takes the base declaration type (not generic like useInput): only its id is read.
  const messages = useViewMessages(ecsState);
  const { chooseTaskCpu, defineTask } = useActions(ecsActions);
  const onCpu = useCallback((v: string) => chooseTaskCpu(Number(v)), [chooseTaskCpu]);
  const onMemory = useCallback((v: number) => defineTask({ memoryMiB: v }), [defineTask]);
  const onNet = useCallback((v: NetworkMode) => defineTask({ networkMode: v }), [defineTask]);
  // The number box adds ". Not applied: …" after the rule, so the domain's sentence loses its own full stop.
  const memoryRule = (mem: number) => (fargate ? fargateSizeValid(cpuUnits, mem, edition).reason?.replace(/\.$/, '') ?? null : null);
  return (
    <fieldset className={className}>
      <legend className="px-1 text-sm font-semibold">Task definition</legend>
      <ChoiceGroup legend="CPU" choices={CPUS[edition]} value={String(cpuUnits)} onChange={onCpu} columns />
      <ParamField param={ecsState.params.memoryMiB} value={memoryMiB} onChange={onMemory} validate={memoryRule} />
      {messages.length ? (
        <div role="status" className="space-y-1">
          {messages.map((m) => <p key={m} className="rounded-md bg-amber-50 px-2 py-1 text-sm text-amber-900 dark:bg-amber-950/50 dark:text-amber-100">{m}</p>)}
        </div>
      ) : null}
      <ChoiceGroup legend="Network mode" choices={NETS} value={networkMode} onChange={onNet} />
      <label className="flex items-center gap-2 text-sm"><input type="checkbox" checked={taskRole} onChange={() => defineTask({ taskRole: !taskRole })} className="h-4 w-4" /> Task role: the containers' own AWS permissions</label>
      <label className="flex items-center gap-2 text-sm"><input type="checkbox" checked={executionRole} onChange={() => defineTask({ executionRole: !executionRole })} className="h-4 w-4" /> Task execution role: ECS pulls the image and sends logs</label>
    </fieldset>
  );
}

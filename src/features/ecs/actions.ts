/**
 * The ECS view's intents: the definitions a person builds and the workload it prices. Every patch
 * goes through the declaration's ranges and the Fargate size rule (params.ts).
 */
import { fargateSizesFor } from '../../domain';
import { defineActions } from '../../store/view-hooks';
import { ecsState, type EcsInputs } from './params';

type Fields<K extends keyof EcsInputs> = Partial<Pick<EcsInputs, K>>;
/** What the cost panel edits: the workload's shape and hours, and EC2 mode's container instances. */
export type WorkloadPatch = Fields<'shape' | 'hoursPerDay' | 'ec2UsdPerHour' | 'ec2Vcpu' | 'ec2MemoryGB' | 'utilisationPercent' | 'alwaysOn'>;

export const ecsActions = defineActions(ecsState, (view) => ({
  chooseLaunchType: (launchType: EcsInputs['launchType']) => view.commit({ launchType }),
  defineContainer: (patch: Fields<'image' | 'port'>) => view.commit(patch),
  /** On Fargate the memory follows the CPU: the nearest memory the new CPU allows, at or above the one set. */
  chooseTaskCpu: (cpuUnits: number) => {
    const { launchType, memoryMiB } = view.inputs();
    const row = fargateSizesFor(view.edition()).find((r) => r.cpuUnits === cpuUnits);
    const memory = launchType === 'FARGATE' && row && !row.memoryMiB.includes(memoryMiB)
      ? row.memoryMiB.find((m) => m >= memoryMiB) ?? row.memoryMiB[row.memoryMiB.length - 1]!
      : memoryMiB;
    view.commit({ cpuUnits: String(cpuUnits), memoryMiB: memory });
  },
  defineTask: (patch: Fields<'memoryMiB' | 'networkMode' | 'taskRole' | 'executionRole'>) => view.commit(patch),
  /** A size from the Fargate table: the task runs on Fargate, which needs awsvpc. */
  chooseFargateSize: (cpuUnits: number, memoryMiB: number) =>
    view.commit({ launchType: 'FARGATE', networkMode: 'awsvpc', cpuUnits: String(cpuUnits), memoryMiB }),
  defineService: (patch: Fields<'desiredCount' | 'azCount' | 'loadBalancer'>) => view.commit(patch),
  describeWorkload: (patch: WorkloadPatch) => view.commit(patch),
  /** The changes that make a refused configuration one ECS runs (the domain's runnableEcs). */
  acceptRunnable: (patch: Fields<'launchType' | 'networkMode' | 'executionRole' | 'loadBalancer' | 'cpuUnits' | 'memoryMiB' | 'ec2Vcpu' | 'ec2MemoryGB'>) => view.commit(patch),
}));

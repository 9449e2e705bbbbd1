import { useMemo } from 'react';
import type { ServiceDefinition, TaskDefinition } from '../../domain/ecs/model';
import { validateEcs } from '../../domain/ecs/model';
import { selectEcs, selectEdition } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';

const AZ_NAMES = ['us-east-1a', 'us-east-1b', 'us-east-1c'];

/** The task and service definitions the person built, and what ECS would refuse about them. */
export function useEcs() {
  const e = useAppStore(selectEcs);
  const edition = useAppStore(selectEdition);
  const task = useMemo((): TaskDefinition => ({
    family: 'web', cpuUnits: e.cpuUnits, memoryMiB: e.memoryMiB, networkMode: e.networkMode,
    taskRole: e.taskRole ? 'web-task-role' : null, executionRole: e.executionRole ? 'ecsTaskExecutionRole' : null,
    compatibility: [e.launchType],
    containers: [{ name: 'web', image: e.image, ports: [e.port], essential: true }],
  }), [e.cpuUnits, e.memoryMiB, e.networkMode, e.taskRole, e.executionRole, e.launchType, e.image, e.port]);
  const service = useMemo((): ServiceDefinition => ({
    name: 'web', desiredCount: e.desiredCount, loadBalancer: e.loadBalancer, azs: AZ_NAMES.slice(0, e.azCount),
  }), [e.desiredCount, e.loadBalancer, e.azCount]);
  const problems = useMemo(() => validateEcs(task, service, e.launchType, edition), [task, service, e.launchType, edition]);
  return { inputs: e, edition, task, service, problems };
}

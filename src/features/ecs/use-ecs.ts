import { useMemo } from 'react';
import { runnableEcs, validateEcs, type ServiceDefinition, type TaskDefinition } from '../../domain';
import { useEdition, useInput } from '../../store/view-hooks';
import { ecsState } from './params';

const AZ_NAMES = ['us-east-1a', 'us-east-1b', 'us-east-1c'];

/** The task's CPU units as a number (the link and the store keep the choice's word, `512`). */
export function useTaskCpu(): number {
  return Number(useInput(ecsState, 'cpuUnits'));
}

/** The task and service definitions the person built (and the EC2 instances' size), and what ECS would refuse about them. */
export function useEcs() {
  const edition = useEdition();
  const launchType = useInput(ecsState, 'launchType');
  const image = useInput(ecsState, 'image');
  const port = useInput(ecsState, 'port');
  const cpuUnits = useTaskCpu();
  const memoryMiB = useInput(ecsState, 'memoryMiB');
  const networkMode = useInput(ecsState, 'networkMode');
  const taskRole = useInput(ecsState, 'taskRole');
  const executionRole = useInput(ecsState, 'executionRole');
  const desiredCount = useInput(ecsState, 'desiredCount');
  const loadBalancer = useInput(ecsState, 'loadBalancer');
  const azCount = useInput(ecsState, 'azCount');
  const ec2Vcpu = useInput(ecsState, 'ec2Vcpu');
  const ec2MemoryGB = useInput(ecsState, 'ec2MemoryGB');
  const utilisationPercent = useInput(ecsState, 'utilisationPercent');
  const task = useMemo((): TaskDefinition => ({
    family: 'web', cpuUnits, memoryMiB, networkMode,
    taskRole: taskRole ? 'web-task-role' : null, executionRole: executionRole ? 'ecsTaskExecutionRole' : null,
    compatibility: [launchType],
    containers: [{ name: 'web', image, ports: [port], essential: true }],
  }), [cpuUnits, memoryMiB, networkMode, taskRole, executionRole, launchType, image, port]);
  const service = useMemo((): ServiceDefinition => ({
    name: 'web', desiredCount, loadBalancer, azs: AZ_NAMES.slice(0, azCount),
  }), [desiredCount, loadBalancer, azCount]);
  // ECS places each task on one container instance: on EC2 the task must fit the instances priced below.
  const instances = useMemo(() => ({ vcpu: ec2Vcpu, memoryGB: ec2MemoryGB, utilisationPercent }), [ec2Vcpu, ec2MemoryGB, utilisationPercent]);
  const problems = useMemo(() => validateEcs(task, service, launchType, edition, instances), [task, service, launchType, edition, instances]);
  const runnable = useMemo(() => (problems.length ? runnableEcs(task, service, launchType, edition, instances) : null), [problems, task, service, launchType, edition, instances]);
  return { edition, launchType, task, service, instances, problems, runnable };
}

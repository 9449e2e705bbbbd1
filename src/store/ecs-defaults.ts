/**
 * Starting point and ranges of the ECS view (UI choices, docs/model.md "Interface choices"): a web
 * service of 3 Fargate tasks of 0.5 vCPU and 1 GB behind a load balancer across 3 AZs, all day; EC2
 * mode on m5.large-sized instances (the domain's DEFAULT_EC2_MODE, its sources in EC2_MODE_SOURCES).
 * Whether a CPU-memory pair is a valid Fargate size is the domain's rule, applied by the view.
 */
import type { LaunchType, NetworkMode } from '../domain/ecs/launch-types';
import type { WorkloadShape } from '../domain/ecs/cost';

export interface EcsInputs {
  launchType: LaunchType;
  image: string;
  port: number;
  cpuUnits: number;
  memoryMiB: number;
  networkMode: NetworkMode;
  taskRole: boolean;
  executionRole: boolean;
  desiredCount: number;
  loadBalancer: boolean;
  azCount: number;
  hoursPerDay: number;
  shape: WorkloadShape;
  ec2UsdPerHour: number;
  ec2Vcpu: number;
  ec2MemoryGB: number;
  utilisationPercent: number;
  alwaysOn: boolean;
}

export const DEFAULT_ECS: EcsInputs = {
  launchType: 'FARGATE', image: 'public.ecr.aws/nginx/nginx:latest', port: 80, cpuUnits: 512, memoryMiB: 1_024,
  networkMode: 'awsvpc', taskRole: true, executionRole: true, desiredCount: 3, loadBalancer: true, azCount: 3,
  hoursPerDay: 24, shape: 'steady', ec2UsdPerHour: 0.096, ec2Vcpu: 2, ec2MemoryGB: 8, utilisationPercent: 90, alwaysOn: true,
};

/** CPU units a task may ask for (the Fargate table's rows, ECS23); the view checks the memory. */
export const TASK_CPU_UNITS = [256, 512, 1_024, 2_048, 4_096, 8_192, 16_384] as const;

export const ECS_LIMITS = {
  port: [1, 65_535],
  memoryMiB: [512, 122_880],
  desiredCount: [0, 50],
  azCount: [1, 3],
  hoursPerDay: [0, 24],
  ec2UsdPerHour: [0, 100],
  ec2Vcpu: [1, 192],
  ec2MemoryGB: [1, 1_536],
  utilisationPercent: [10, 100],
  imageChars: 200,
} as const;

/**
 * ECS launch types: where a task's containers run, who manages those hosts, how tasks are
 * networked and what is billed (shared/aws-facts.md §10, items 47-49; seed notes "ECS Cluster Mode").
 *
 *   EC2       your EC2 container instances, registered to the cluster, managed by you
 *   FARGATE   AWS's shared Fargate infrastructure; awsvpc only: one ENI per task in your VPC
 *   EXTERNAL  ECS Anywhere: your on-premises servers or VMs, managed remotely
 *
 * Editions: the 2021 notes name two modes (EC2, Fargate); the `current` edition adds EXTERNAL
 * (ECS23 launch_types.md lists three). Network modes per launch type: ECS developer guide
 * task_definition_parameters.md (Fargate requires awsvpc; EC2 any) and ecs-anywhere.md (External:
 * bridge, host or none, no awsvpc, no service load balancing): not in aws-facts.md, named in `source`.
 *
 * ECS Managed Instances (aws-facts §11, current edition only): AWS-managed EC2 capacity chosen
 * through a capacity provider (`MANAGED_INSTANCES` compatibility), not a launch type: RunTask's
 * `launchType` still lists EC2, FARGATE and EXTERNAL. The fact base gives nothing more (networking,
 * load balancing, price), so those rows say so and the builder does not run tasks on it.
 */
import { FARGATE_PRICES } from '../catalog/fargate';
import { M5_LARGE_ON_DEMAND_USD_PER_HOUR } from './cost';
import type { Edition } from '../types';

export type LaunchType = 'EC2' | 'FARGATE' | 'EXTERNAL';
export const LAUNCH_TYPES: readonly LaunchType[] = ['EC2', 'FARGATE', 'EXTERNAL'];

/** The network modes the model offers (ECS also has `none`: no external connectivity). */
export type NetworkMode = 'awsvpc' | 'bridge' | 'host';
export const NETWORK_MODES: readonly NetworkMode[] = ['awsvpc', 'bridge', 'host'];

export function isLaunchType(value: unknown): value is LaunchType {
  return typeof value === 'string' && (LAUNCH_TYPES as readonly string[]).includes(value);
}

export function isNetworkMode(value: unknown): value is NetworkMode {
  return typeof value === 'string' && (NETWORK_MODES as readonly string[]).includes(value);
}

const BY_EDITION: Readonly<Record<Edition, readonly LaunchType[]>> = {
  'saa-c02': ['EC2', 'FARGATE'],
  current: ['EC2', 'FARGATE', 'EXTERNAL'],
};

/** The launch types an edition knows: two modes in the 2021 notes, three launch types today. */
export function launchTypesFor(edition: Edition): LaunchType[] {
  return [...BY_EDITION[edition]];
}

export interface LaunchTypeFacts {
  /** What a person calls it. */
  label: string;
  /** Who provides and looks after the hosts the containers run on. */
  hostsManagedBy: string;
  /** Who sizes the cluster's capacity. */
  capacity: string;
  networking: string;
  /** Network modes a task definition may use with this launch type (of the model's three). */
  networkModes: readonly NetworkMode[];
  /** Whether a service can sit behind an Elastic Load Balancer, and how targets are registered. */
  loadBalancing: string;
  serviceLoadBalancing: boolean;
  pricing: string;
  source: string;
}

const usd = (n: number): string => `$${String(n)}`;

export const LAUNCH_TYPE_FACTS: Readonly<Record<LaunchType, LaunchTypeFacts>> = {
  EC2: {
    label: 'EC2',
    hostsManagedBy: 'You: EC2 instances (container instances) that you register to the cluster and manage yourself, usually from an Auto Scaling group.',
    capacity: 'You size the cluster: ECS places tasks, but the container instances are not a managed service.',
    networking: 'Any network mode: bridge (the default), host or awsvpc; with awsvpc each task gets its own ENI.',
    networkModes: ['awsvpc', 'bridge', 'host'],
    loadBalancing: 'A service can sit behind an Elastic Load Balancer.',
    serviceLoadBalancing: true,
    pricing: `You pay for the container instances while they run, whether tasks run on them or not (m5.large On-Demand ${usd(M5_LARGE_ON_DEMAND_USD_PER_HOUR)} an hour in us-east-1, third-party); Spot and Reserved pricing are possible.`,
    source: 'ECS Developer Guide, launch types: ECS23 launch_types.md; the study notes, "ECS Cluster Mode" (EC2 mode); the m5.large price: third-party, no AWS page found; network modes: ECS23 task_definition_parameters.md',
  },
  FARGATE: {
    label: 'Fargate',
    hostsManagedBy: 'AWS: tasks run on Fargate\'s shared infrastructure; there are no instances to provision or manage.',
    capacity: 'Nothing to size: each task requests its own vCPU and memory from a fixed list of sizes.',
    networking: 'awsvpc only: each task is given its own elastic network interface (ENI) with an IP address in your VPC.',
    networkModes: ['awsvpc'],
    loadBalancing: 'A service can sit behind an Elastic Load Balancer; the target type must be ip (tasks are registered by their ENI\'s IP address).',
    serviceLoadBalancing: true,
    pricing: `Per second, with a 1-minute minimum, for the vCPU and memory each task requests, not what it uses: ${usd(FARGATE_PRICES.usdPerVcpuHour)} per vCPU-hour and ${usd(FARGATE_PRICES.usdPerGBHour)} per GB-hour (us-east-1 Linux/x86, third-party).`,
    source: 'ECS Developer Guide, launch types: ECS23 launch_types.md; AWS Fargate: ECS23 AWS_Fargate.md; the study notes, "ECS Cluster Mode" (Fargate mode); prices and billing, third-party: vantage.sh/blog/fargate-pricing, cloudburn.io',
  },
  EXTERNAL: {
    label: 'External (ECS Anywhere)',
    hostsManagedBy: 'You: your own on-premises servers or virtual machines, registered to the cluster and managed remotely.',
    capacity: 'You size the cluster: you provide and run the servers.',
    networking: 'bridge or host (or none); the awsvpc network mode is not supported.',
    networkModes: ['bridge', 'host'],
    loadBalancing: 'Service load balancing is not supported.',
    serviceLoadBalancing: false,
    pricing: 'Your own servers; ECS Anywhere\'s own charge is not in the fact base, so it is not priced here.',
    source: 'ECS Developer Guide, launch types: ECS23 launch_types.md; ECS Anywhere (network modes, no load balancing): github.com/awsdocs/amazon-ecs-developer-guide/blob/024df00/doc_source/ecs-anywhere.md',
  },
};

/** A capacity option beside the launch types, with what the fact base says of it. */
export interface CapacityOptionFacts extends Pick<LaunchTypeFacts, 'label' | 'hostsManagedBy' | 'capacity' | 'networking' | 'loadBalancing' | 'pricing' | 'source'> {
  /** The compatibility a task definition names to use it. */
  compatibility: string;
}

const NOT_IN_FACTS = 'Not in the fact base: see the ECS developer guide.';

export const MANAGED_INSTANCES_FACTS: CapacityOptionFacts = {
  label: 'ECS Managed Instances (capacity option, 2025)',
  compatibility: 'MANAGED_INSTANCES',
  hostsManagedBy: 'AWS: EC2 instances that AWS provisions and manages for the cluster.',
  capacity: 'Chosen through a capacity provider (MANAGED_INSTANCES compatibility), not a launch type: RunTask\'s launchType still lists EC2, FARGATE and EXTERNAL.',
  networking: NOT_IN_FACTS,
  loadBalancing: NOT_IN_FACTS,
  pricing: 'Not in the fact base, so not priced here.',
  source: 'ECS Managed Instances: the RunTask API and CDK documentation, read in 2026; ECS Developer Guide: docs.aws.amazon.com/AmazonECS/latest/developerguide/',
};

/** Capacity options beside the launch types: ECS Managed Instances in the current edition only. */
export function capacityOptionsFor(edition: Edition): CapacityOptionFacts[] {
  return edition === 'current' ? [MANAGED_INSTANCES_FACTS] : [];
}

import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { RouteId } from '../store/routes';

export interface ViewEntry {
  id: Exclude<RouteId, 'home'>;
  title: string;
  /** One line on what the view teaches, for the home page. */
  teaches: string;
  component: LazyExoticComponent<ComponentType>;
}

/** The explorers that exist; navigation and the home page list exactly these. Each loads on demand. */
export const VIEWS: readonly ViewEntry[] = [
  {
    id: 'ebs',
    title: 'EBS volumes',
    teaches: 'Size a gp2, gp3, io1, io2 or HDD volume and watch its IOPS, throughput, burst credits and monthly cost change; compare every type for one need.',
    component: lazy(() => import('../features/volume-explorer/volume-explorer-view')),
  },
  {
    id: 'burst',
    title: 'Burst credits',
    teaches: 'Watch a gp2 I/O-credit bucket or an st1/sc1 throughput-credit bucket fill and drain under a workload you choose: when it runs dry, how long it is throttled, and what gp3 would do instead.',
    component: lazy(() => import('../features/burst-credits/burst-view')),
  },
  {
    id: 'snapshots',
    title: 'Snapshots',
    teaches: 'Step through what a snapshot copies, keeps and frees, block by block; restore it lazily, with dd or with Fast Snapshot Restore; see the GB-months and FSR hours it costs.',
    component: lazy(() => import('../features/snapshot-explorer/snapshots-view')),
  },
  {
    id: 'encryption',
    title: 'Encryption',
    teaches: 'Follow a KMS data key from creation to the EC2 host and back; snapshot, re-key and try to remove encryption, and compare EBS with OS full-disk encryption.',
    component: lazy(() => import('../features/encryption-flow/encryption-view')),
  },
  {
    id: 'ami',
    title: 'AMIs',
    teaches: 'Step through an AMI\'s life: launch, configure, bake an image (a snapshot per volume and a block device mapping), launch from it in any AZ, copy it to another Region, share it and deregister it, with what AWS refuses and what it costs.',
    component: lazy(() => import('../features/ami-lifecycle/ami-view')),
  },
  {
    id: 'containers',
    title: 'Containers',
    teaches: 'Compare VMs with containers, write a Dockerfile and see which lines make layers, where deleted files still take space, how containers share an image\'s layers with their own writable layer, and how registries move only missing layers.',
    component: lazy(() => import('../features/containers/containers-view')),
  },
  {
    id: 'ecs',
    title: 'ECS',
    teaches: 'Build an ECS service from container and task definitions, choose EC2 or Fargate (or ECS Anywhere today), pick a valid Fargate size, and price a workload both ways.',
    component: lazy(() => import('../features/ecs/ecs-view')),
  },
];

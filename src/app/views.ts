/**
 * The one list of views: navigation, the home page, routing, the document title and the bench all
 * read it. Adding a view is one folder under src/features/<id>/ and one entry here; its code, its
 * state and its link codec load with it (the first page carries only the shell).
 */
import type { ViewModule } from '../store/view-module';
import type { ViewSummary } from '../store/location';

export interface ViewEntry extends ViewSummary {
  load: () => Promise<{ default: ViewModule }>;
}

export const VIEWS: readonly ViewEntry[] = [
  {
    id: 'home',
    title: 'Home',
    lesson: 'What the explorer is, and a card per explorer.',
    load: () => import('../features/home'),
  },
  {
    id: 'ebs',
    title: 'EBS volumes',
    lesson: 'Size a gp2, gp3, io1, io2 or HDD volume and watch its IOPS, throughput, burst credits and monthly cost change; compare every type for one need.',
    load: () => import('../features/ebs'),
  },
  {
    id: 'burst',
    title: 'Burst credits',
    lesson: 'Watch a gp2 I/O-credit bucket or an st1/sc1 throughput-credit bucket fill and drain under a workload you choose: when it runs dry, how long it is throttled, and what gp3 would do instead.',
    load: () => import('../features/burst'),
  },
  {
    id: 'snapshots',
    title: 'Snapshots',
    lesson: 'Step through what a snapshot copies, keeps and frees, block by block; restore it lazily, with dd or with Fast Snapshot Restore; see the GB-months and FSR hours it costs.',
    load: () => import('../features/snapshots'),
  },
  {
    id: 'encryption',
    title: 'Encryption',
    lesson: 'Follow a KMS data key from creation to the EC2 host and back; snapshot, re-key and try to remove encryption, and compare EBS with OS full-disk encryption.',
    load: () => import('../features/encryption'),
  },
  {
    id: 'ami',
    title: 'AMIs',
    lesson: 'Step through an AMI\'s life: launch, configure, bake an image (a snapshot per volume and a block device mapping), launch from it in any AZ, copy it to another Region, share it and deregister it, with what AWS refuses and what it costs.',
    load: () => import('../features/ami'),
  },
  {
    id: 'containers',
    title: 'Containers',
    lesson: 'Compare VMs with containers, write a Dockerfile and see which lines make layers, where deleted files still take space, how containers share an image\'s layers with their own writable layer, and how registries move only missing layers.',
    load: () => import('../features/containers'),
  },
  {
    id: 'ecs',
    title: 'ECS',
    lesson: 'Build an ECS service from container and task definitions, choose EC2 or Fargate (or ECS Anywhere today), pick a valid Fargate size, and price a workload both ways.',
    load: () => import('../features/ecs'),
  },
];

/** What the store is told of the views: everything but the loaders. */
export const CATALOGUE: readonly ViewSummary[] = VIEWS.map(({ id, title, lesson }) => ({ id, title, lesson }));

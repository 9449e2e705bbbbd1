/**
 * N apps as N virtual machines, each with its own guest OS, against N containers on one host OS and
 * a container engine (seed notes, Containers: "if we want to run 6 isolated apps, we can run them
 * all using just one OS … we won't need 6 separate VMs"). Memory and disk in MB, times in seconds.
 *
 *   VMs:         memoryMB = hostOsMemoryMB + Σ (app memory + guestOsMemoryMB)
 *                diskMB   = hostOsDiskMB   + Σ (app disk   + guestOsDiskMB)
 *                startSeconds = vmBootSeconds                (all boot in parallel; 0 with no apps)
 *                duplicatedOs… = (N − 1) × the guest OS figure (copies of an OS beyond the first)
 *   containers:  memoryMB = hostOsMemoryMB + engineMemoryMB + Σ app memory
 *                diskMB   = hostOsDiskMB + Σ app disk
 *                startSeconds = containerStartSeconds        (0 with no apps)
 *
 * Both sides run on one host whose OS is counted once (the host OS under the hypervisor, the host OS
 * under the container engine); the hypervisor's own overhead is left out. EVERY constant below is an
 * explorer's assumption, not an AWS or Docker figure (aws-facts.md has none): a small Linux server's
 * typical memory and disk, a typical VM boot and container start. Callers may pass their own; the
 * view shows the defaults and lists every one (`vmAssumptionsText`). The notes' claim that
 * containers give "same level of isolation as VMs" is UNSOURCED (aws-facts item 46) and not modelled.
 */
import { EXPLORER_ASSUMPTION } from './size-assumptions';

export interface AppSpec { name: string; memoryMB: number; diskMB: number }

export interface VmAssumptions {
  guestOsMemoryMB: number;
  guestOsDiskMB: number;
  vmBootSeconds: number;
  hostOsMemoryMB: number;
  hostOsDiskMB: number;
  engineMemoryMB: number;
  containerStartSeconds: number;
  source: string;
}

export const VM_ASSUMPTIONS: VmAssumptions = {
  guestOsMemoryMB: 1_024,
  guestOsDiskMB: 4_000,
  vmBootSeconds: 45,
  hostOsMemoryMB: 1_024,
  hostOsDiskMB: 4_000,
  engineMemoryMB: 100,
  containerStartSeconds: 1,
  source: `${EXPLORER_ASSUMPTION}: typical figures for a small Linux server, a VM boot and a container start; not AWS or Docker figures`,
};

export interface VmComparison {
  vms: { memoryMB: number; diskMB: number; startSeconds: number; duplicatedOsMemoryMB: number; duplicatedOsDiskMB: number };
  containers: { memoryMB: number; diskMB: number; startSeconds: number };
}

/** The notes' example: six isolated apps (each 256 MB of memory and 200 MB on disk, explorer's assumption). */
export const SIX_APPS: readonly AppSpec[] = ['web', 'api', 'worker', 'cache', 'auth', 'reports']
  .map((name) => ({ name, memoryMB: 256, diskMB: 200 }));

function check(value: number, what: string): number {
  if (!Number.isFinite(value) || value < 0) throw new Error(`${what} must be a finite number, 0 or more, not ${String(value)}`);
  return value;
}

/** Memory, disk and start time of `apps` as VMs and as containers (see the docblock). */
export function compareVmsAndContainers(apps: readonly AppSpec[], assumptions: Partial<VmAssumptions> = {}): VmComparison {
  const a = { ...VM_ASSUMPTIONS, ...assumptions };
  const keys = ['guestOsMemoryMB', 'guestOsDiskMB', 'vmBootSeconds', 'hostOsMemoryMB', 'hostOsDiskMB', 'engineMemoryMB', 'containerStartSeconds'] as const;
  for (const k of keys) check(a[k], k);
  const n = apps.length;
  let appMemory = 0;
  let appDisk = 0;
  for (const app of apps) {
    appMemory += check(app.memoryMB, `${app.name}'s memoryMB`);
    appDisk += check(app.diskMB, `${app.name}'s diskMB`);
  }
  const extraCopies = Math.max(0, n - 1);
  return {
    vms: {
      memoryMB: a.hostOsMemoryMB + appMemory + n * a.guestOsMemoryMB,
      diskMB: a.hostOsDiskMB + appDisk + n * a.guestOsDiskMB,
      startSeconds: n > 0 ? a.vmBootSeconds : 0,
      duplicatedOsMemoryMB: extraCopies * a.guestOsMemoryMB,
      duplicatedOsDiskMB: extraCopies * a.guestOsDiskMB,
    },
    containers: {
      memoryMB: a.hostOsMemoryMB + a.engineMemoryMB + appMemory,
      diskMB: a.hostOsDiskMB + appDisk,
      startSeconds: n > 0 ? a.containerStartSeconds : 0,
    },
  };
}

const mb = (n: number): string => `${n.toLocaleString('en-US')} MB`;

/** Every assumption behind the comparison, in one sentence ("each guest OS 1,024 MB of memory, …"). */
export function vmAssumptionsText(a: VmAssumptions = VM_ASSUMPTIONS): string {
  return `each guest OS ${mb(a.guestOsMemoryMB)} of memory and ${mb(a.guestOsDiskMB)} of disk, booting in ${a.vmBootSeconds} s; ` +
    `the host OS ${mb(a.hostOsMemoryMB)} of memory and ${mb(a.hostOsDiskMB)} of disk, counted once on both sides; ` +
    `the container engine ${mb(a.engineMemoryMB)} of memory; a container starting in ${a.containerStartSeconds} s; the hypervisor's own overhead left out`;
}

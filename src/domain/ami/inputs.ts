/**
 * The AMI walkthrough's inputs: the choices, their limits, clamping and the scenario's event list,
 * without captions or scenes, so the URL codec can validate inputs and count steps cheaply
 * (scenario.ts runs them; docs/model.md "AMIs").
 *
 * Sizes are whole GiB. Devices: root /dev/xvda, data /dev/xvdf then /dev/xvdg (seed notes (AMI):
 * "BOOT /dev/xvda", "DATA /dev/xvdf"; /dev/xvdg is the walkthrough's second data device); instance
 * store ephemeral0, ephemeral1. The AMI lives in us-east-1.
 *
 * The limits are interface choices, not AWS figures: boot volume 8-1,024 GiB; data volume
 * 1-16,384 GiB (16 TiB: gp2/gp3's 2021 maximum, aws-facts §1.1); the data on a volume 1 GiB up
 * to its size; 0-2 data volumes; 0-2 instance store volumes; seed 0 to 2^32 - 1.
 */
import type { ScenarioEntry } from '../stepper/machine';
import type { AmiEvent } from './machine';

export type AmiPermission = 'private' | 'accounts' | 'public';
export const AMI_PERMISSIONS: readonly AmiPermission[] = ['private', 'accounts', 'public'];
export type AzLetter = 'a' | 'b' | 'c';
export const AZ_LETTERS: readonly AzLetter[] = ['a', 'b', 'c'];
export type CopyRegion = 'us-west-2' | 'eu-west-1';
export const COPY_REGIONS: readonly CopyRegion[] = ['us-west-2', 'eu-west-1'];

/** Where the walkthrough's AMI is created; step 1 launches in its AZ a. */
export const SOURCE_REGION = 'us-east-1';
export const FIRST_AZ: AzLetter = 'a';
export const BOOT_DEVICE = '/dev/xvda';
export const DATA_DEVICES = ['/dev/xvdf', '/dev/xvdg'] as const;
export const INSTANCE_STORE_NAMES = ['ephemeral0', 'ephemeral1'] as const;

export interface AmiInputs {
  /** Root EBS volume /dev/xvda: its size and the data on it after configuring (GiB). */
  bootGiB: number;
  bootUsedGiB: number;
  /** EBS data volumes /dev/xvdf, /dev/xvdg, each of this size and holding this much data (GiB). */
  dataVolumes: 0 | 1 | 2;
  dataGiB: number;
  dataUsedGiB: number;
  /** Instance store volumes (ephemeral0, ephemeral1): chosen at launch, not captured in the image. */
  instanceStore: 0 | 1 | 2;
  launchAz: AzLetter;
  copyRegion: CopyRegion;
  permission: AmiPermission;
  /** 32-bit unsigned; every id of the scenario comes from it (ids.ts). */
  seed: number;
}

export const DEFAULT_AMI_INPUTS: AmiInputs = {
  bootGiB: 8, bootUsedGiB: 3, dataVolumes: 1, dataGiB: 100, dataUsedGiB: 20, instanceStore: 0,
  launchAz: 'b', copyRegion: 'us-west-2', permission: 'private', seed: 2021,
};

type Range = readonly [number, number];

/** [min, max] of each number; the data on a volume depends on that volume's size. Interface limits. */
export const AMI_LIMITS = {
  bootGiB: [8, 1024] as Range,
  bootUsedGiB: (bootGiB: number): Range => [1, bootGiB],
  dataVolumes: [0, 2] as Range,
  dataGiB: [1, 16_384] as Range,
  dataUsedGiB: (dataGiB: number): Range => [1, dataGiB],
  instanceStore: [0, 2] as Range,
  seed: [0, 0xffff_ffff] as Range,
} as const;

export const isAmiPermission = (v: unknown): v is AmiPermission => AMI_PERMISSIONS.includes(v as AmiPermission);
export const isAzLetter = (v: unknown): v is AzLetter => AZ_LETTERS.includes(v as AzLetter);
export const isCopyRegion = (v: unknown): v is CopyRegion => COPY_REGIONS.includes(v as CopyRegion);

function clampNumber(value: unknown, [min, max]: Range, fallback: number, what: string, problems: string[]): number {
  const base = typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : fallback;
  const clamped = Math.min(max, Math.max(min, base));
  if (clamped !== value) problems.push(`${what} must be a whole number from ${min} to ${max}: ${String(value)} became ${clamped}.`);
  return clamped;
}

function clampChoice<T extends string>(value: unknown, choices: readonly T[], fallback: T, what: string, problems: string[]): T {
  if (choices.includes(value as T)) return value as T;
  const list = `${choices.slice(0, -1).join(', ')} or ${choices.at(-1) ?? ''}`;
  problems.push(`${what} must be ${list}: ${typeof value === 'string' ? `"${value}"` : String(value)} became ${fallback}.`);
  return fallback;
}

/** Inputs within the limits, and one sentence for each value that had to change. Never throws. */
export function clampAmiInputs(raw: AmiInputs): { inputs: AmiInputs; problems: string[] } {
  const r: Partial<Record<keyof AmiInputs, unknown>> = typeof raw === 'object' && raw !== null ? raw : {};
  const d = DEFAULT_AMI_INPUTS;
  const p: string[] = [];
  const L = AMI_LIMITS;
  const bootGiB = clampNumber(r.bootGiB, L.bootGiB, d.bootGiB, 'The boot volume size (GiB)', p);
  const bootUsedGiB = clampNumber(r.bootUsedGiB, L.bootUsedGiB(bootGiB), d.bootUsedGiB, "The boot volume's data (GiB)", p);
  const dataVolumes = clampNumber(r.dataVolumes, L.dataVolumes, d.dataVolumes, 'The number of data volumes', p) as AmiInputs['dataVolumes'];
  const dataGiB = clampNumber(r.dataGiB, L.dataGiB, d.dataGiB, 'The data volume size (GiB)', p);
  const dataUsedGiB = clampNumber(r.dataUsedGiB, L.dataUsedGiB(dataGiB), d.dataUsedGiB, "Each data volume's data (GiB)", p);
  const instanceStore = clampNumber(r.instanceStore, L.instanceStore, d.instanceStore, 'The number of instance store volumes', p) as AmiInputs['instanceStore'];
  const launchAz = clampChoice(r.launchAz, AZ_LETTERS, d.launchAz, 'The launch AZ', p);
  const copyRegion = clampChoice(r.copyRegion, COPY_REGIONS, d.copyRegion, 'The copy Region', p);
  const permission = clampChoice(r.permission, AMI_PERMISSIONS, d.permission, 'The permission', p);
  const seed = clampNumber(r.seed, L.seed, d.seed, 'The seed', p);
  return {
    inputs: { bootGiB, bootUsedGiB, dataVolumes, dataGiB, dataUsedGiB, instanceStore, launchAz, copyRegion, permission, seed },
    problems: p,
  };
}

/** One entry of the scenario: an event, and whether it is an attempt the machine is expected to refuse (the stepper kit's). */
export type AmiScenarioEntry = ScenarioEntry<AmiEvent>;

/** The event that sets the AMI's permission to `p` (private is the default: setting it keeps it). */
export function setPermissionEvent(p: AmiPermission): AmiEvent {
  return `set-permission-${p}`;
}

/**
 * The ten steps: launch from an Amazon-provided AMI, configure, create image, try to edit (refused),
 * launch from the AMI, try the copy Region (refused), copy, set the permission, another account
 * launches (refused when private), deregister.
 */
export function amiScenario(inputs: AmiInputs): AmiScenarioEntry[] {
  const permission = isAmiPermission(inputs?.permission) ? inputs.permission : DEFAULT_AMI_INPUTS.permission;
  const other: AmiScenarioEntry = permission === 'private'
    ? { event: 'other-account-launches', attempt: true }
    : { event: 'other-account-launches' };
  return [
    { event: 'launch-from-amazon-ami' }, { event: 'configure' }, { event: 'create-image' },
    { event: 'try-edit-ami', attempt: true }, { event: 'launch-from-ami' },
    { event: 'try-launch-other-region', attempt: true }, { event: 'copy-ami' },
    { event: setPermissionEvent(permission) }, other, { event: 'deregister' },
  ];
}

/** How many steps amiSteps(inputs) has, without building scenes or captions. */
export function amiStepCount(inputs: AmiInputs): number {
  return amiScenario(inputs).length;
}

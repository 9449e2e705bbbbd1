/**
 * What the AMI walkthrough draws: Regions with their AZs and instances, AMIs and snapshots, as
 * plain data (scene-events.ts changes it step by step). Sizes in GiB.
 *
 * The rules the scene keeps (seed notes (AMI), "AMI Lifecycle"; EC2 User Guide
 * block-device-mapping-concepts.md, CopyingAMIs.md, deregister-ami.md and EC2 API Reference
 * CreateImage, not in aws-facts.md):
 *   - an AMI's block device mapping has an `ebs` entry (device -> snapshot id, size) per EBS volume
 *     and an `instance-store` entry (virtual name ephemeralN, no snapshot, sizeGiB 0) per instance
 *     store volume of the instance it was created from (CreateImage); an Amazon-provided AMI has a
 *     root device only;
 *   - an instance launched from an AMI gets one new volume per `ebs` entry, in its own AZ, restored
 *     from the mapped snapshot (holding its stored GiB), under the mapped device name and size, and
 *     one empty instance store volume per `instance-store` entry: the AMI does not capture instance
 *     store data (aws-facts §6: "AMIs don't capture it");
 *   - a snapshot stores the used data of its volume (aws-facts §4); a copy to another Region is a
 *     complete copy with a new id (CopyingAMIs.md);
 *   - `referencedBy` lists the registered AMIs that use a snapshot: empty after deregistering.
 * `snapshots` lists the snapshots in your account; the Amazon-provided AMI's snapshot is Amazon's,
 * named only in its mapping. AMI names ('app-server-v1', 'Amazon-provided Linux AMI') are the
 * walkthrough's own; ids come from the seed (ids.ts). The Amazon AMI's root entry is drawn at 8 GiB,
 * the interface's smallest boot size, holding 1 GiB, the interface's smallest used size (neither is an
 * AWS figure).
 */
import type { IdFactory } from './ids';
import { AZ_LETTERS, BOOT_DEVICE, SOURCE_REGION, type AmiInputs, type AmiPermission } from './inputs';

export interface SceneVolume {
  id: string;
  device: string;
  sizeGiB: number;
  /** The data on it (GiB): the snapshot's storedGiB when restored, 0 when new and empty, then what is written. */
  usedGiB: number;
  /** The snapshot it was restored from; null for a new empty volume. */
  fromSnapshot: string | null;
}

export interface SceneInstance {
  id: string;
  /** Full AZ name, e.g. 'us-east-1b'. */
  az: string;
  owner: 'you' | 'other-account';
  fromAmi: string;
  volumes: readonly SceneVolume[];
  /**
   * Instance store volume names, e.g. 'ephemeral0': chosen at launch on the first instance; from the
   * AMI's `instance-store` entries on an instance launched from your AMI, and then empty.
   */
  instanceStore: readonly string[];
  /** Holds the installed application: configured in place, or launched from an AMI baked after configuring. */
  configured: boolean;
}

export type SceneMappingKind = 'ebs' | 'instance-store';

/**
 * One entry of a block device mapping. `ebs`: device name, the snapshot a launch restores and the
 * volume size. `instance-store`: `device` holds the virtual name (ephemeral0, ephemeral1),
 * `snapshotId` is null and `sizeGiB` is 0, since the AMI stores no data and no size for it.
 */
export interface SceneMappingEntry {
  device: string;
  kind: SceneMappingKind;
  snapshotId: string | null;
  sizeGiB: number;
}

export interface SceneAmi {
  id: string;
  region: string;
  name: string;
  state: 'available' | 'deregistered';
  permission: AmiPermission;
  mapping: readonly SceneMappingEntry[];
  /** Set on a copy: the AMI it was copied from. */
  copiedFrom?: string;
  provider: 'amazon' | 'you';
}

export interface SceneSnapshot {
  id: string;
  region: string;
  /** The volume it was taken from; null for a copy. */
  fromVolume: string | null;
  storedGiB: number;
  /** Registered AMIs whose mapping uses it. */
  referencedBy: readonly string[];
  /** Set on a copy: the snapshot it was copied from. */
  copiedFrom?: string;
}

export interface SceneAz {
  name: string;
  instances: readonly SceneInstance[];
}

export interface SceneRegion {
  name: string;
  azs: readonly SceneAz[];
  amis: readonly SceneAmi[];
  snapshots: readonly SceneSnapshot[];
}

export interface AmiScene {
  regions: readonly SceneRegion[];
  /** Ids this step highlights: instance, volume, snapshot and AMI ids, 'region:<name>' or 'permission:<AMI id>'. */
  active: readonly string[];
}

export const YOUR_AMI_NAME = 'app-server-v1';
export const AMAZON_AMI_NAME = 'Amazon-provided Linux AMI';
/** The size the Amazon-provided AMI's root entry is drawn with: the interface's smallest boot volume. */
export const AMAZON_ROOT_GIB = 8;
/** The data drawn on a root volume restored from the Amazon AMI's snapshot: the interface's smallest used size. */
export const AMAZON_ROOT_USED_GIB = 1;

export const regionTag = (region: string): string => `region:${region}`;
/** In `active`: the step sets or checks this AMI's launch permission (the drawing highlights who may launch). */
export const permissionTag = (amiId: string): string => `permission:${amiId}`;
export const azName = (region: string, letter: string): string => `${region}${letter}`;

function emptyRegion(name: string): SceneRegion {
  return { name, azs: AZ_LETTERS.map((l) => ({ name: azName(name, l), instances: [] })), amis: [], snapshots: [] };
}

/** Before step 1: us-east-1 with an Amazon-provided AMI (root device only), and the empty copy Region. */
export function initialAmiScene(inputs: AmiInputs, ids: IdFactory): AmiScene {
  const amazon: SceneAmi = {
    id: ids.next('ami'), region: SOURCE_REGION, name: AMAZON_AMI_NAME, state: 'available', permission: 'public',
    mapping: [{ device: BOOT_DEVICE, kind: 'ebs', snapshotId: ids.next('snap'), sizeGiB: AMAZON_ROOT_GIB }], provider: 'amazon',
  };
  const source = { ...emptyRegion(SOURCE_REGION), amis: [amazon] };
  return { regions: [source, emptyRegion(inputs.copyRegion)], active: [] };
}

export const allAmis = (s: AmiScene): SceneAmi[] => s.regions.flatMap((r) => r.amis);
export const allSnapshots = (s: AmiScene): SceneSnapshot[] => s.regions.flatMap((r) => r.snapshots);
export const allInstances = (s: AmiScene): SceneInstance[] => s.regions.flatMap((r) => r.azs.flatMap((az) => az.instances));

/** The Amazon-provided AMI step 1 launches from. */
export const amazonAmi = (s: AmiScene): SceneAmi | undefined => allAmis(s).find((a) => a.provider === 'amazon');
/** Your AMI in us-east-1 (registered or deregistered), the walkthrough's subject. */
export const sourceAmi = (s: AmiScene): SceneAmi | undefined =>
  allAmis(s).find((a) => a.provider === 'you' && a.region === SOURCE_REGION && a.copiedFrom === undefined);
/** The copy of `amiId` in another Region, if any. */
export const copyOf = (s: AmiScene, amiId: string): SceneAmi | undefined => allAmis(s).find((a) => a.copiedFrom === amiId);
/** The instance launched from the Amazon-provided AMI and configured in place. */
export const firstInstance = (s: AmiScene): SceneInstance | undefined => {
  const amazon = amazonAmi(s);
  return allInstances(s).find((i) => i.owner === 'you' && i.fromAmi === amazon?.id);
};
/** The `ebs` and the `instance-store` entries of a mapping, in mapping order. */
export const ebsEntries = (a: SceneAmi): SceneMappingEntry[] => a.mapping.filter((m) => m.kind === 'ebs');
export const instanceStoreEntries = (a: SceneAmi): SceneMappingEntry[] => a.mapping.filter((m) => m.kind === 'instance-store');
/** The snapshots named in an AMI's mapping, in mapping order (instance store entries name none). */
export const mappedSnapshots = (s: AmiScene, ami: SceneAmi): SceneSnapshot[] =>
  ami.mapping.flatMap((m) => allSnapshots(s).filter((x) => x.id === m.snapshotId));

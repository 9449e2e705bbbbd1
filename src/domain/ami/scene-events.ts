/**
 * How each allowed AMI event changes the scene (scene.ts lists the rules it keeps), and what a
 * refused attempt highlights while changing nothing. Sizes in GiB; snapshot sizes are the used
 * data of their volumes (aws-facts §4), copies keep them (complete copies, CopyingAMIs.md), and a
 * volume restored from a snapshot holds what the snapshot stores. Instance store volumes are named
 * in the AMI's mapping with no snapshot (CreateImage) and come back empty (aws-facts §6).
 *
 * Ids are drawn from the factory in the order things are created: instance, then its volumes;
 * AMI, then its snapshots. A refused attempt draws no id, so ids depend only on the allowed steps.
 */
import type { IdFactory } from './ids';
import { BOOT_DEVICE, DATA_DEVICES, FIRST_AZ, INSTANCE_STORE_NAMES, SOURCE_REGION, type AmiInputs, type AmiPermission } from './inputs';
import type { AmiEvent } from './machine';
import {
  AMAZON_ROOT_USED_GIB, YOUR_AMI_NAME, allSnapshots, amazonAmi, azName, copyOf, ebsEntries, firstInstance, instanceStoreEntries,
  mappedSnapshots, permissionTag, regionTag, sourceAmi, type AmiScene, type SceneAmi, type SceneInstance, type SceneMappingEntry, type SceneRegion,
} from './scene';

export interface SceneContext {
  inputs: AmiInputs;
  ids: IdFactory;
}

function withRegion(scene: AmiScene, name: string, change: (r: SceneRegion) => SceneRegion): AmiScene {
  return { ...scene, regions: scene.regions.map((r) => (r.name === name ? change(r) : r)) };
}

function withInstance(scene: AmiScene, region: string, instance: SceneInstance): AmiScene {
  return withRegion(scene, region, (r) => ({
    ...r, azs: r.azs.map((az) => (az.name === instance.az ? { ...az, instances: [...az.instances, instance] } : az)),
  }));
}

function updateInstance(scene: AmiScene, id: string, change: (i: SceneInstance) => SceneInstance): AmiScene {
  return {
    ...scene,
    regions: scene.regions.map((r) => ({
      ...r, azs: r.azs.map((az) => ({ ...az, instances: az.instances.map((i) => (i.id === id ? change(i) : i)) })),
    })),
  };
}

function updateAmi(scene: AmiScene, id: string, change: (a: SceneAmi) => SceneAmi): AmiScene {
  return { ...scene, regions: scene.regions.map((r) => ({ ...r, amis: r.amis.map((a) => (a.id === id ? change(a) : a)) })) };
}

/**
 * An instance from `ami` in `az`: one new volume per `ebs` entry, restored from its snapshot and
 * holding what it stores (the Amazon AMI's snapshot is not in the scene: AMAZON_ROOT_USED_GIB), and
 * one empty instance store volume per `instance-store` entry, after those chosen at launch.
 */
function launch(scene: AmiScene, ami: SceneAmi, az: string, owner: SceneInstance['owner'], ids: IdFactory, chosenStore: readonly string[] = []): SceneInstance {
  const id = ids.next('i');
  const stored = (m: SceneMappingEntry): number => (ami.provider === 'amazon' ? AMAZON_ROOT_USED_GIB
    : allSnapshots(scene).find((s) => s.id === m.snapshotId)?.storedGiB ?? 0);
  const volumes = ebsEntries(ami).map((m) => ({
    id: ids.next('vol'), device: m.device, sizeGiB: m.sizeGiB, usedGiB: stored(m), fromSnapshot: m.snapshotId,
  }));
  const instanceStore = [...chosenStore, ...instanceStoreEntries(ami).map((m) => m.device)];
  return { id, az, owner, fromAmi: ami.id, volumes, instanceStore, configured: ami.provider === 'you' };
}

function launched(scene: AmiScene, region: string, instance: SceneInstance, ...active: string[]): AmiScene {
  return { ...withInstance(scene, region, instance), active: [...active, instance.id, ...instance.volumes.map((v) => v.id)] };
}

function setPermission(scene: AmiScene, permission: AmiPermission): AmiScene {
  const ami = sourceAmi(scene);
  if (!ami) return { ...scene, active: [] };
  return { ...updateAmi(scene, ami.id, (a) => ({ ...a, permission })), active: [ami.id, permissionTag(ami.id)] };
}

/** The scene after an allowed `event`. A pair the machine refuses is never applied (see attemptScene). */
export function applyAmiEvent(before: AmiScene, event: AmiEvent, { inputs, ids }: SceneContext): AmiScene {
  const ami = sourceAmi(before);
  const mine = ami?.state === 'available' ? ami : undefined;
  const copy = ami ? copyOf(before, ami.id) : undefined;
  const snapIds = (a: SceneAmi) => mappedSnapshots(before, a).map((s) => s.id);
  const none = { ...before, active: [] };
  switch (event) {
    case 'launch-from-amazon-ami': {
      const amazon = amazonAmi(before);
      if (!amazon) return none;
      const boot = { ...amazon, mapping: amazon.mapping.map((m) => ({ ...m, sizeGiB: Math.max(m.sizeGiB, inputs.bootGiB) })) };
      const store = INSTANCE_STORE_NAMES.slice(0, inputs.instanceStore);
      // The root volume may be larger than the AMI's root entry, never smaller (block-device-mapping-concepts.md).
      const instance = launch(before, boot, azName(SOURCE_REGION, FIRST_AZ), 'you', ids, store);
      return launched(before, SOURCE_REGION, instance, amazon.id);
    }
    case 'configure': {
      const first = firstInstance(before);
      if (!first) return none;
      // New empty data volumes, then the application writes bootUsedGiB to the root and dataUsedGiB to each.
      const data = DATA_DEVICES.slice(0, inputs.dataVolumes)
        .map((device) => ({ id: ids.next('vol'), device, sizeGiB: inputs.dataGiB, usedGiB: inputs.dataUsedGiB, fromSnapshot: null }));
      const root = (v: SceneInstance['volumes'][number]) => (v.device === BOOT_DEVICE ? { ...v, usedGiB: inputs.bootUsedGiB } : v);
      const scene = updateInstance(before, first.id, (i) => ({ ...i, configured: true, volumes: [...i.volumes.map(root), ...data] }));
      return { ...scene, active: [first.id, ...first.volumes.map((v) => v.id), ...data.map((v) => v.id)] };
    }
    case 'create-image': {
      const first = firstInstance(before);
      if (!first) return none;
      const id = ids.next('ami');
      const snapshots = first.volumes.map((v) => ({
        id: ids.next('snap'), region: SOURCE_REGION, fromVolume: v.id, storedGiB: v.usedGiB, referencedBy: [id],
      }));
      // CreateImage keeps an entry per instance store volume, with no snapshot: its data is not captured.
      const mapping: SceneMappingEntry[] = [
        ...first.volumes.map((v, k) => ({ device: v.device, kind: 'ebs' as const, snapshotId: snapshots[k]!.id, sizeGiB: v.sizeGiB })),
        ...first.instanceStore.map((name) => ({ device: name, kind: 'instance-store' as const, snapshotId: null, sizeGiB: 0 })),
      ];
      const created: SceneAmi = {
        id, region: SOURCE_REGION, name: YOUR_AMI_NAME, state: 'available', permission: 'private', provider: 'you', mapping,
      };
      const scene = withRegion(before, SOURCE_REGION, (r) => ({ ...r, amis: [...r.amis, created], snapshots: [...r.snapshots, ...snapshots] }));
      return { ...scene, active: [first.id, ...snapshots.map((s) => s.id), id] };
    }
    case 'launch-from-ami': {
      if (!mine) return none;
      return launched(before, SOURCE_REGION, launch(before, mine, azName(SOURCE_REGION, inputs.launchAz), 'you', ids), mine.id, ...snapIds(mine));
    }
    case 'try-launch-other-region': {
      if (!copy) return none;
      const instance = launch(before, copy, azName(copy.region, inputs.launchAz), 'you', ids);
      return launched(before, copy.region, instance, regionTag(copy.region), copy.id, ...snapIds(copy));
    }
    case 'copy-ami': {
      if (!mine) return none;
      const region = inputs.copyRegion;
      const id = ids.next('ami');
      const sources = mappedSnapshots(before, mine);
      const snapshots = sources.map((s) => ({
        id: ids.next('snap'), region, fromVolume: null, storedGiB: s.storedGiB, referencedBy: [id], copiedFrom: s.id,
      }));
      const created: SceneAmi = {
        id, region, name: mine.name, state: 'available', permission: 'private', provider: 'you', copiedFrom: mine.id,
        mapping: mine.mapping.map((m) => ({ ...m, snapshotId: snapshots.find((s) => s.copiedFrom === m.snapshotId)?.id ?? m.snapshotId })),
      };
      const scene = withRegion(before, region, (r) => ({ ...r, amis: [...r.amis, created], snapshots: [...r.snapshots, ...snapshots] }));
      return { ...scene, active: [mine.id, regionTag(region), id, ...snapshots.map((s) => s.id)] };
    }
    case 'set-permission-private': return setPermission(before, 'private');
    case 'set-permission-accounts': return setPermission(before, 'accounts');
    case 'set-permission-public': return setPermission(before, 'public');
    case 'other-account-launches': {
      if (!mine) return none;
      const instance = launch(before, mine, azName(SOURCE_REGION, inputs.launchAz), 'other-account', ids);
      return launched(before, SOURCE_REGION, instance, mine.id, ...snapIds(mine));
    }
    case 'deregister': {
      if (!mine) return none;
      const used = snapIds(mine);
      const scene = updateAmi(before, mine.id, (a) => ({ ...a, state: 'deregistered' }));
      const unlinked = {
        ...scene,
        regions: scene.regions.map((r) => ({
          ...r, snapshots: r.snapshots.map((s) => ({ ...s, referencedBy: s.referencedBy.filter((a) => a !== mine.id) })),
        })),
      };
      return { ...unlinked, active: [mine.id, ...used] };
    }
    case 'try-edit-ami': return none;
  }
}

/** A refused attempt: nothing changes but what is highlighted. */
export function attemptScene(before: AmiScene, event: AmiEvent, inputs: AmiInputs): AmiScene {
  const ami = sourceAmi(before) ?? amazonAmi(before);
  const focus = ami ? [ami.id] : [];
  if (event === 'try-launch-other-region') return { ...before, active: [regionTag(inputs.copyRegion), ...focus] };
  if (event === 'other-account-launches' && ami) return { ...before, active: [...focus, permissionTag(ami.id)] };
  return { ...before, active: focus };
}

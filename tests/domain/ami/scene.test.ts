/**
 * What the AMI scenes keep, for any valid inputs (fast-check, fixed seed): instances launched from
 * an AMI get one EBS volume per EBS entry, in their own AZ, restored from the mapped snapshot and
 * holding what it stores, and one empty instance store volume per instance-store entry; no
 * instance-store entry has a snapshot; volumes hold the data written to them; the copy shares no id
 * with its source; every id is unique, stable for a seed and different for another seed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RESOURCE_ID_PATTERN } from '../../../src/domain/ami/ids';
import {
  AMI_PERMISSIONS, AZ_LETTERS, COPY_REGIONS, DEFAULT_AMI_INPUTS, INSTANCE_STORE_NAMES, amiScenario, type AmiInputs,
} from '../../../src/domain/ami/inputs';
import { amiSteps, runAmiScenario } from '../../../src/domain/ami/scenario';
import {
  AMAZON_ROOT_USED_GIB, allAmis, allInstances, allSnapshots, copyOf, firstInstance, sourceAmi, type AmiScene,
} from '../../../src/domain/ami/scene';
import { assertProperty } from '../support/property';

const anyValidInputs: fc.Arbitrary<AmiInputs> = fc.record({
  bootGiB: fc.integer({ min: 8, max: 1024 }), dataGiB: fc.integer({ min: 1, max: 16_384 }),
  dataVolumes: fc.constantFrom(0 as const, 1 as const, 2 as const), instanceStore: fc.constantFrom(0 as const, 1 as const, 2 as const),
  launchAz: fc.constantFrom(...AZ_LETTERS), copyRegion: fc.constantFrom(...COPY_REGIONS), permission: fc.constantFrom(...AMI_PERMISSIONS),
  seed: fc.integer({ min: 0, max: 0xffff_ffff }), bootFraction: fc.double({ min: 0, max: 1, noNaN: true }), dataFraction: fc.double({ min: 0, max: 1, noNaN: true }),
}).map(({ bootFraction, dataFraction, ...r }) => ({
  ...r, bootUsedGiB: Math.max(1, Math.round(bootFraction * r.bootGiB)), dataUsedGiB: Math.max(1, Math.round(dataFraction * r.dataGiB)),
}));

function idsOf(scene: AmiScene): string[] {
  return [
    ...allAmis(scene).map((a) => a.id), ...allSnapshots(scene).map((s) => s.id),
    ...allInstances(scene).flatMap((i) => [i.id, ...i.volumes.map((v) => v.id)]),
    ...allAmis(scene).flatMap((a) => a.mapping.flatMap((m) => (m.snapshotId === null ? [] : [m.snapshotId])))
      .filter((id) => !allSnapshots(scene).some((s) => s.id === id)),
  ];
}

const same = (a: readonly unknown[], b: readonly unknown[]): boolean => JSON.stringify(a) === JSON.stringify(b);

describe('an instance launched from an AMI', () => {
  it('has one EBS volume per EBS entry, in its AZ, restored from the mapped snapshot with its stored GiB, and one empty instance store volume per instance-store entry', () => {
    assertProperty(fc.property(anyValidInputs, (inputs) => amiSteps(inputs).every((step, k) => {
      const amis = allAmis(step.scene);
      const stored = (id: string | null) => allSnapshots(step.scene).find((s) => s.id === id)?.storedGiB;
      return allInstances(step.scene).every((instance) => {
        const ami = amis.find((a) => a.id === instance.fromAmi);
        if (!ami) return false;
        const azs = step.scene.regions.find((r) => r.name === ami.region)?.azs ?? [];
        if (!azs.some((az) => az.name === instance.az && az.instances.includes(instance))) return false;
        if (ami.provider === 'amazon') {
          // Configured in place from step 2 on: data volumes are added and written; the root keeps the mapping.
          const root = instance.volumes[0];
          if (!root) return false;
          const onlyMapping = k === 0 ? instance.volumes.length === 1 : true;
          return onlyMapping && root.device === ami.mapping[0]?.device && root.fromSnapshot === ami.mapping[0]?.snapshotId
            && root.sizeGiB === inputs.bootGiB && instance.volumes.slice(1).every((v) => v.fromSnapshot === null)
            && same(instance.instanceStore, INSTANCE_STORE_NAMES.slice(0, inputs.instanceStore));
        }
        const ebs = ami.mapping.filter((m) => m.kind === 'ebs');
        const store = ami.mapping.filter((m) => m.kind === 'instance-store');
        return instance.volumes.length === ebs.length && ebs.every((m, j) => {
          const v = instance.volumes[j];
          return m.snapshotId !== null && v?.device === m.device && v.sizeGiB === m.sizeGiB && v.fromSnapshot === m.snapshotId
            && v.usedGiB === stored(m.snapshotId);
        }) && same(instance.instanceStore, store.map((m) => m.device));
      });
    })), 150);
  });

  it('in the worked defaults: /dev/xvda 8 GiB holding 3 GiB and /dev/xvdf 100 GiB holding 20 GiB in us-east-1b, no instance store', () => {
    const scene = amiSteps(DEFAULT_AMI_INPUTS)[4]!.scene;
    const launched = allInstances(scene).find((i) => i.fromAmi === sourceAmi(scene)?.id)!;
    expect(launched.az).toBe('us-east-1b');
    expect(launched.volumes.map((v) => [v.device, v.sizeGiB, v.usedGiB])).toEqual([['/dev/xvda', 8, 3], ['/dev/xvdf', 100, 20]]);
    expect(launched.instanceStore).toEqual([]);
    expect(launched.configured).toBe(true);
  });

  it('with one instance store volume: gets ephemeral0 back (empty) from your AMI, from the other account\'s launch and from the copy', () => {
    const inputs = { ...DEFAULT_AMI_INPUTS, instanceStore: 1 as const, permission: 'public' as const };
    const steps = amiSteps(inputs);
    const fromYourAmi = (step: number) => allInstances(steps[step]!.scene).filter((i) => i.fromAmi === sourceAmi(steps[step]!.scene)?.id);
    expect(fromYourAmi(4).map((i) => [i.owner, i.instanceStore])).toEqual([['you', ['ephemeral0']]]);
    expect(fromYourAmi(8).map((i) => [i.owner, i.instanceStore])).toEqual([['you', ['ephemeral0']], ['other-account', ['ephemeral0']]]);
    const entries = [...amiScenario(inputs).slice(0, 7), { event: 'try-launch-other-region' as const }];
    const scene = runAmiScenario(entries, inputs).at(-1)!.scene;
    const copy = copyOf(scene, sourceAmi(scene)!.id)!;
    const west = allInstances(scene).find((i) => i.fromAmi === copy.id)!;
    expect(west.instanceStore).toEqual(['ephemeral0']);
    expect(west.volumes.map((v) => [v.device, v.usedGiB])).toEqual([['/dev/xvda', 3], ['/dev/xvdf', 20]]);
  });
});

describe('the data on a volume (usedGiB)', () => {
  it('is the interface\'s smallest used size on the root from the Amazon AMI, then bootUsedGiB and dataUsedGiB after configuring', () => {
    const steps = amiSteps({ ...DEFAULT_AMI_INPUTS, dataVolumes: 2 });
    expect(firstInstance(steps[0]!.scene)!.volumes.map((v) => v.usedGiB)).toEqual([AMAZON_ROOT_USED_GIB]);
    expect(firstInstance(steps[1]!.scene)!.volumes.map((v) => [v.device, v.fromSnapshot === null, v.usedGiB]))
      .toEqual([['/dev/xvda', false, 3], ['/dev/xvdf', true, 20], ['/dev/xvdg', true, 20]]);
  });

  it('is what each snapshot of the image stores, for any valid inputs (fixed seed)', () => {
    assertProperty(fc.property(anyValidInputs, (inputs) => {
      const scene = amiSteps(inputs)[2]!.scene;
      const volumes = firstInstance(scene)!.volumes;
      const snaps = scene.regions[0]!.snapshots;
      return volumes.length === 1 + inputs.dataVolumes && volumes[0]!.usedGiB === inputs.bootUsedGiB
        && volumes.slice(1).every((v) => v.usedGiB === inputs.dataUsedGiB)
        && same(snaps.map((s) => [s.fromVolume, s.storedGiB]), volumes.map((v) => [v.id, v.usedGiB]));
    }), 150);
  });
});

describe('an AMI\'s mapping', () => {
  it('holds an EBS entry with a snapshot for the root and each data volume, then an instance-store entry with no snapshot for each instance store volume', () => {
    assertProperty(fc.property(anyValidInputs, (inputs) => {
      const scene = amiSteps(inputs).at(-1)!.scene;
      const ebs = (m: { kind: string; device: string; snapshotId: string | null; sizeGiB: number }) =>
        m.kind === 'ebs' && m.device.startsWith('/dev/xvd') && m.snapshotId !== null && m.sizeGiB > 0;
      const store = (m: { kind: string; device: string; snapshotId: string | null; sizeGiB: number }) =>
        m.kind === 'instance-store' && /^ephemeral\d$/.test(m.device) && m.snapshotId === null && m.sizeGiB === 0;
      const yours = allAmis(scene).filter((a) => a.provider === 'you');
      return yours.length === 2 && yours.every((a) => {
        const e = 1 + inputs.dataVolumes;
        return a.mapping.length === e + inputs.instanceStore && a.mapping.slice(0, e).every(ebs) && a.mapping.slice(e).every(store)
          && same(a.mapping.slice(e).map((m) => m.device), INSTANCE_STORE_NAMES.slice(0, inputs.instanceStore));
      }) && allAmis(scene).every((a) => a.mapping.every((m) => (m.kind === 'instance-store') === (m.snapshotId === null)));
    }), 150);
  });

  it('in the worked defaults with one instance store volume: /dev/xvda, /dev/xvdf and ephemeral0 with no snapshot', () => {
    const scene = amiSteps({ ...DEFAULT_AMI_INPUTS, instanceStore: 1 })[2]!.scene;
    const [root, data] = scene.regions[0]!.snapshots;
    expect(sourceAmi(scene)!.mapping).toEqual([
      { device: '/dev/xvda', kind: 'ebs', snapshotId: root!.id, sizeGiB: 8 },
      { device: '/dev/xvdf', kind: 'ebs', snapshotId: data!.id, sizeGiB: 100 },
      { device: 'ephemeral0', kind: 'instance-store', snapshotId: null, sizeGiB: 0 },
    ]);
  });

  it('of the copy in the other Region shares no id with its source, keeps its devices and its stored GiB', () => {
    assertProperty(fc.property(anyValidInputs, (inputs) => {
      const scene = amiSteps(inputs)[6]!.scene;
      const source = sourceAmi(scene)!;
      const copy = allAmis(scene).find((a) => a.copiedFrom === source.id)!;
      const snapIds = (a: typeof source) => a.mapping.flatMap((m) => (m.snapshotId === null ? [] : [m.snapshotId]));
      const sourceIds = new Set([source.id, ...snapIds(source)]);
      const stored = (id: string | null) => allSnapshots(scene).find((s) => s.id === id)?.storedGiB;
      return copy.region === inputs.copyRegion && copy.permission === 'private' && copy.mapping.length === source.mapping.length
        && [copy.id, ...snapIds(copy)].every((id) => !sourceIds.has(id))
        && copy.mapping.every((m, j) => {
          const s = source.mapping[j]!;
          return m.device === s.device && m.kind === s.kind && m.sizeGiB === s.sizeGiB
            && (m.kind === 'instance-store' ? m.snapshotId === null : stored(m.snapshotId) === stored(s.snapshotId));
        });
    }), 150);
  });
});

describe('the ids of a scenario', () => {
  it('are unique, AWS-shaped, stable for a seed and different for another seed', () => {
    assertProperty(fc.property(anyValidInputs, fc.integer({ min: 0, max: 0xffff_ffff }), (inputs, otherSeed) => {
      fc.pre(otherSeed !== inputs.seed);
      const ids = idsOf(amiSteps(inputs).at(-1)!.scene);
      const again = idsOf(amiSteps(inputs).at(-1)!.scene);
      const other = new Set(idsOf(amiSteps({ ...inputs, seed: otherSeed }).at(-1)!.scene));
      return new Set(ids).size === ids.length && ids.every((id) => RESOURCE_ID_PATTERN.test(id))
        && JSON.stringify(ids) === JSON.stringify(again) && ids.every((id) => !other.has(id));
    }), 150);
  });
});

describe('deregistering', () => {
  it('marks the AMI deregistered and leaves its snapshots, now referenced by no AMI; the copy stays available', () => {
    const steps = amiSteps(DEFAULT_AMI_INPUTS);
    const last = steps.at(-1)!.scene;
    const source = sourceAmi(last)!;
    expect(source.state).toBe('deregistered');
    const east = last.regions.find((r) => r.name === 'us-east-1')!;
    expect(east.snapshots.map((s) => [s.storedGiB, s.referencedBy])).toEqual([[3, []], [20, []]]);
    const west = last.regions.find((r) => r.name === 'us-west-2')!;
    expect(west.amis[0]!.state).toBe('available');
    expect(west.snapshots.every((s) => s.referencedBy.length === 1)).toBe(true);
    expect(allInstances(last)).toEqual(allInstances(steps[8]!.scene));
  });
});

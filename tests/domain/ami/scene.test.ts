/**
 * What the AMI scenes keep, for any valid inputs (fast-check, fixed seed): instances launched from
 * an AMI get exactly its mapping, in their own AZ; instance store is never mapped; the copy shares no
 * id with its source; every id is unique, stable for a seed and different for another seed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RESOURCE_ID_PATTERN } from '../../../src/domain/ami/ids';
import { AMI_PERMISSIONS, AZ_LETTERS, COPY_REGIONS, DEFAULT_AMI_INPUTS, type AmiInputs } from '../../../src/domain/ami/inputs';
import { amiSteps } from '../../../src/domain/ami/scenario';
import { allAmis, allInstances, allSnapshots, sourceAmi, type AmiScene } from '../../../src/domain/ami/scene';
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
    ...allAmis(scene).flatMap((a) => a.mapping.map((m) => m.snapshotId)).filter((id) => !allSnapshots(scene).some((s) => s.id === id)),
  ];
}

describe('an instance launched from an AMI', () => {
  it('has exactly one volume per mapping entry, in its AZ, from the mapped snapshot, with the mapped device and size', () => {
    assertProperty(fc.property(anyValidInputs, (inputs) => amiSteps(inputs).every((step, k) => {
      const amis = allAmis(step.scene);
      return allInstances(step.scene).every((instance) => {
        const ami = amis.find((a) => a.id === instance.fromAmi);
        if (!ami) return false;
        const azs = step.scene.regions.find((r) => r.name === ami.region)?.azs ?? [];
        if (!azs.some((az) => az.name === instance.az && az.instances.includes(instance))) return false;
        if (ami.provider === 'amazon') {
          // Configured in place from step 2 on: its data volumes are new and empty; the root keeps the mapping.
          const root = instance.volumes[0];
          if (!root) return false;
          const onlyMapping = k === 0 ? instance.volumes.length === 1 : true;
          return onlyMapping && root.device === ami.mapping[0]?.device && root.fromSnapshot === ami.mapping[0]?.snapshotId
            && root.sizeGiB === inputs.bootGiB && instance.volumes.slice(1).every((v) => v.fromSnapshot === null);
        }
        return instance.volumes.length === ami.mapping.length && ami.mapping.every((m, j) => {
          const v = instance.volumes[j];
          return v?.device === m.device && v.sizeGiB === m.sizeGiB && v.fromSnapshot === m.snapshotId;
        }) && instance.instanceStore.length === 0;
      });
    })), 150);
  });

  it('in the worked defaults: /dev/xvda 8 GiB and /dev/xvdf 100 GiB in us-east-1b', () => {
    const scene = amiSteps(DEFAULT_AMI_INPUTS)[4]!.scene;
    const launched = allInstances(scene).find((i) => i.fromAmi === sourceAmi(scene)?.id)!;
    expect(launched.az).toBe('us-east-1b');
    expect(launched.volumes.map((v) => [v.device, v.sizeGiB])).toEqual([['/dev/xvda', 8], ['/dev/xvdf', 100]]);
    expect(launched.configured).toBe(true);
  });
});

describe('an AMI\'s mapping', () => {
  it('never holds instance store, and holds the root plus one entry per data volume', () => {
    assertProperty(fc.property(anyValidInputs, (inputs) => {
      const scene = amiSteps(inputs).at(-1)!.scene;
      return allAmis(scene).filter((a) => a.provider === 'you').every((a) =>
        a.mapping.length === 1 + inputs.dataVolumes && a.mapping.every((m) => m.device.startsWith('/dev/xvd') && !/ephemeral/.test(m.device)));
    }), 150);
  });

  it('of the copy in the other Region shares no id with its source, keeps its devices and its stored GiB', () => {
    assertProperty(fc.property(anyValidInputs, (inputs) => {
      const scene = amiSteps(inputs)[6]!.scene;
      const source = sourceAmi(scene)!;
      const copy = allAmis(scene).find((a) => a.copiedFrom === source.id)!;
      const sourceIds = new Set([source.id, ...source.mapping.map((m) => m.snapshotId)]);
      const stored = (id: string) => allSnapshots(scene).find((s) => s.id === id)?.storedGiB;
      return copy.region === inputs.copyRegion && copy.permission === 'private'
        && [copy.id, ...copy.mapping.map((m) => m.snapshotId)].every((id) => !sourceIds.has(id))
        && copy.mapping.every((m, j) => m.device === source.mapping[j]?.device && stored(m.snapshotId) === stored(source.mapping[j]!.snapshotId));
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

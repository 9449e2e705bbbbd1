/**
 * Six apps as six VMs or six containers (seed notes, Containers). Every constant is an explorer's
 * assumption (VM_ASSUMPTIONS), so the tests use the defaults and an edited set.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SIX_APPS, VM_ASSUMPTIONS, compareVmsAndContainers, vmAssumptionsText } from '../../../src/domain/containers/vm-compare';
import { assertProperty } from '../support/property';

describe('the notes\' six apps (256 MB of memory, 200 MB of disk each)', () => {
  const r = compareVmsAndContainers(SIX_APPS);

  it('as VMs: the host OS 1,024 + 6 x (256 + 1,024) = 8,704 MB of memory and 4,000 + 6 x (200 + 4,000) = 29,200 MB of disk, five OS copies too many', () => {
    expect(r.vms).toEqual({ memoryMB: 8_704, diskMB: 29_200, startSeconds: 45, duplicatedOsMemoryMB: 5_120, duplicatedOsDiskMB: 20_000 });
  });

  it('as containers: 1,024 + 100 + 6 x 256 = 2,660 MB of memory and 4,000 + 1,200 = 5,200 MB of disk', () => {
    expect(r.containers).toEqual({ memoryMB: 2_660, diskMB: 5_200, startSeconds: 1 });
  });

  it('labels every default an explorer\'s assumption', () => {
    expect(VM_ASSUMPTIONS.source).toMatch(/^explorer's assumption/);
    expect(VM_ASSUMPTIONS.source).not.toMatch(/edit them/);
  });

  it('lists every assumption in one sentence, the host OS counted on both sides', () => {
    expect(vmAssumptionsText()).toBe('each guest OS 1,024 MB of memory and 4,000 MB of disk, booting in 45 s; the host OS 1,024 MB of memory and 4,000 MB of disk, counted once on both sides; the container engine 100 MB of memory; a container starting in 1 s; the hypervisor\'s own overhead left out');
  });
});

describe('edited assumptions and edge cases', () => {
  it('use the person\'s figures', () => {
    expect(compareVmsAndContainers(SIX_APPS, { guestOsMemoryMB: 512 }).vms.memoryMB).toBe(1_024 + 6 * (256 + 512));
  });

  it('start nothing and duplicate nothing with no apps', () => {
    expect(compareVmsAndContainers([])).toEqual({
      vms: { memoryMB: 1_024, diskMB: 4_000, startSeconds: 0, duplicatedOsMemoryMB: 0, duplicatedOsDiskMB: 0 },
      containers: { memoryMB: 1_124, diskMB: 4_000, startSeconds: 0 },
    });
  });

  it('refuse figures below 0 or not finite', () => {
    expect(() => compareVmsAndContainers(SIX_APPS, { vmBootSeconds: -1 })).toThrow('vmBootSeconds must be a finite number, 0 or more, not -1');
    expect(() => compareVmsAndContainers([{ name: 'x', memoryMB: Number.NaN, diskMB: 1 }])).toThrow("x's memoryMB");
  });

  it('differ by N guest OSes against the engine, the host OS on both sides, for any apps', () => {
    const app = fc.record({ name: fc.string(), memoryMB: fc.integer({ min: 0, max: 10_000 }), diskMB: fc.integer({ min: 0, max: 10_000 }) });
    assertProperty(fc.property(fc.array(app, { maxLength: 12 }), (apps) => {
      const { vms, containers } = compareVmsAndContainers(apps);
      const a = VM_ASSUMPTIONS;
      expect(vms.memoryMB - containers.memoryMB).toBe(apps.length * a.guestOsMemoryMB - a.engineMemoryMB);
      expect(vms.diskMB - containers.diskMB).toBe(apps.length * a.guestOsDiskMB);
    }));
  });
});

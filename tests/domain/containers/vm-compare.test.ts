/**
 * Six apps as six VMs or six containers (seed notes, Containers). Every constant is an explorer's
 * assumption (VM_ASSUMPTIONS), so the tests use the defaults and an edited set.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SIX_APPS, VM_ASSUMPTIONS, compareVmsAndContainers } from '../../../src/domain/containers/vm-compare';
import { assertProperty } from '../support/property';

describe('the notes\' six apps (256 MB of memory, 200 MB of disk each)', () => {
  const r = compareVmsAndContainers(SIX_APPS);

  it('as VMs: 6 x (256 + 1,024) = 7,680 MB of memory and 6 x (200 + 4,000) = 25,200 MB of disk, five OS copies too many', () => {
    expect(r.vms).toEqual({ memoryMB: 7_680, diskMB: 25_200, startSeconds: 45, duplicatedOsMemoryMB: 5_120, duplicatedOsDiskMB: 20_000 });
  });

  it('as containers: 1,024 + 100 + 6 x 256 = 2,660 MB of memory and 4,000 + 1,200 = 5,200 MB of disk', () => {
    expect(r.containers).toEqual({ memoryMB: 2_660, diskMB: 5_200, startSeconds: 1 });
  });

  it('labels every default an explorer\'s assumption', () => {
    expect(VM_ASSUMPTIONS.source).toMatch(/^explorer's assumption/);
  });
});

describe('edited assumptions and edge cases', () => {
  it('use the person\'s figures', () => {
    expect(compareVmsAndContainers(SIX_APPS, { guestOsMemoryMB: 512 }).vms.memoryMB).toBe(6 * (256 + 512));
  });

  it('start nothing and duplicate nothing with no apps', () => {
    expect(compareVmsAndContainers([])).toEqual({
      vms: { memoryMB: 0, diskMB: 0, startSeconds: 0, duplicatedOsMemoryMB: 0, duplicatedOsDiskMB: 0 },
      containers: { memoryMB: 1_124, diskMB: 4_000, startSeconds: 0 },
    });
  });

  it('refuse figures below 0 or not finite', () => {
    expect(() => compareVmsAndContainers(SIX_APPS, { vmBootSeconds: -1 })).toThrow('vmBootSeconds must be a finite number, 0 or more, not -1');
    expect(() => compareVmsAndContainers([{ name: 'x', memoryMB: Number.NaN, diskMB: 1 }])).toThrow("x's memoryMB");
  });

  it('differ in memory by N guest OSes against one host OS and the engine, for any apps', () => {
    const app = fc.record({ name: fc.string(), memoryMB: fc.integer({ min: 0, max: 10_000 }), diskMB: fc.integer({ min: 0, max: 10_000 }) });
    assertProperty(fc.property(fc.array(app, { maxLength: 12 }), (apps) => {
      const { vms, containers } = compareVmsAndContainers(apps);
      const a = VM_ASSUMPTIONS;
      expect(vms.memoryMB - containers.memoryMB).toBe(apps.length * a.guestOsMemoryMB - a.hostOsMemoryMB - a.engineMemoryMB);
      expect(vms.diskMB - containers.diskMB).toBe(apps.length * a.guestOsDiskMB - a.hostOsDiskMB);
    }));
  });
});

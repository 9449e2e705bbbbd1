/**
 * The encryption walkthrough's scenes: the data keys follow UG21/UG23 (a snapshot shares its
 * volume's key, a same-key volume shares DK-1, another KMS key or a fresh volume gets a new one),
 * and the host holds a plaintext key exactly while the instance runs with the volume attached.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDITIONS } from '../../../src/domain/types';
import { ENCRYPTION_BRANCHES, KEY_CHOICES, encryptionSteps, type EncryptionInputs } from '../../../src/domain/encryption/scenario';
import type { EncryptionScene } from '../../../src/domain/encryption/scene';
import { assertProperty } from '../support/property';

const anyInputs: fc.Arbitrary<EncryptionInputs> = fc.record({
  key: fc.constantFrom(...KEY_CHOICES), byDefault: fc.boolean(), branch: fc.constantFrom(...ENCRYPTION_BRANCHES),
});
const last = (inputs: EncryptionInputs): EncryptionScene => encryptionSteps(inputs, 'current').at(-1)!.scene;
const vol = (scene: EncryptionScene, id: string) => scene.volumes.find((v) => v.id === id)!;
const snap = (scene: EncryptionScene, id: string) => scene.snapshots.find((s) => s.id === id)!;

describe('the data keys', () => {
  it('a snapshot carries its volume\'s data key and KMS key', () => {
    for (const key of KEY_CHOICES) {
      const scene = last({ key, byDefault: false, branch: 'snapshot' });
      expect(snap(scene, 'snap-1')).toEqual({
        id: 'snap-1', encrypted: true, dataKey: 'DK-1', kmsAlias: vol(scene, 'vol-1').kmsAlias, fromVolume: 'vol-1',
      });
    }
  });

  it('a volume from the snapshot with the same KMS key shares DK-1', () => {
    const scene = last({ key: 'aws-managed', byDefault: true, branch: 'volume-same-key' });
    expect(vol(scene, 'vol-2')).toMatchObject({ encrypted: true, dataKey: 'DK-1', kmsAlias: 'aws/ebs' });
    expect(scene.otherKmsAlias).toBeNull();
  });

  it('a volume from the snapshot with another KMS key gets a new data key and the other alias (UG23)', () => {
    for (const key of KEY_CHOICES) {
      const scene = last({ key, byDefault: false, branch: 'volume-other-key' });
      const v2 = vol(scene, 'vol-2');
      expect(v2.encrypted).toBe(true);
      expect(v2.dataKey).toBe('DK-2');
      expect(v2.dataKey).not.toBe(vol(scene, 'vol-1').dataKey);
      expect(v2.kmsAlias).toBe(scene.otherKmsAlias);
      expect(scene.otherKmsAlias).not.toBe(scene.kmsAlias);
    }
    expect(last({ key: 'aws-managed', byDefault: false, branch: 'volume-other-key' }).otherKmsAlias).toBe('alias/app-data');
    expect(last({ key: 'customer-managed', byDefault: false, branch: 'volume-other-key' }).otherKmsAlias).toBe('alias/app-archive');
  });

  it('a fresh volume gets a data key of its own under the chosen KMS key', () => {
    const scene = last({ key: 'customer-managed', byDefault: false, branch: 'fresh-volume' });
    expect(vol(scene, 'vol-2')).toMatchObject({ encrypted: true, dataKey: 'DK-2', kmsAlias: 'alias/app-data', attached: false });
  });

  it('re-keying copies the snapshot under the other key, still encrypted, and the OS copy lands on an unencrypted volume', () => {
    const scene = last({ key: 'aws-managed', byDefault: true, branch: 'remove-encryption' });
    expect(snap(scene, 'snap-2')).toMatchObject({ encrypted: true, kmsAlias: 'alias/app-data', copiedFrom: 'snap-1', fromVolume: 'vol-1' });
    expect(vol(scene, 'vol-1')).toMatchObject({ encrypted: true, dataKey: 'DK-1' });
    expect(vol(scene, 'vol-2')).toMatchObject({ encrypted: false, dataKey: null, kmsAlias: null, attached: true });
    expect(scene.encryptionByDefault).toBe(false);
  });

  it('every encrypted volume and snapshot has a data key and a KMS key; an unencrypted one has neither', () => {
    assertProperty(fc.property(anyInputs, fc.constantFrom(...EDITIONS), (inputs, edition) =>
      encryptionSteps(inputs, edition).every(({ scene }) => [...scene.volumes, ...scene.snapshots].every((x) =>
        x.encrypted ? x.dataKey !== null && x.kmsAlias !== null : x.dataKey === null && x.kmsAlias === null))), 100);
  });
});

describe('the host', () => {
  it('holds a plaintext key exactly while the instance runs with an encrypted volume attached (fixed seed)', () => {
    assertProperty(fc.property(anyInputs, fc.constantFrom(...EDITIONS), (inputs, edition) =>
      encryptionSteps(inputs, edition).every(({ scene }) => {
        const expected = scene.host.instanceRunning
          ? scene.volumes.filter((v) => v.attached && v.encrypted).map((v) => v.dataKey)
          : [];
        return JSON.stringify(scene.host.plaintextDataKeys) === JSON.stringify(expected);
      })), 100);
  });

  it('gets DK-1 only once KMS has decrypted it, and drops it when the instance leaves the host', () => {
    const steps = encryptionSteps({ key: 'aws-managed', byDefault: false, branch: 'snapshot' }, 'current');
    expect(steps.map((s) => s.scene.host.plaintextDataKeys.join())).toEqual(['', '', '', '', 'DK-1', 'DK-1', '', '']);
    expect(steps[3]!.scene.volumes[0]).toMatchObject({ attached: false, note: 'attaching' });
    expect(steps[6]!.scene.host).toEqual({ instanceRunning: false, plaintextDataKeys: [] });
    expect(steps[6]!.scene.volumes[0]?.dataKey).toBe('DK-1');
  });

  it('gets DK-1 back when the instance starts again, and holds no key for an unencrypted volume', () => {
    const steps = encryptionSteps({ key: 'customer-managed', byDefault: false, branch: 'remove-encryption' }, 'current');
    expect(steps.map((s) => s.event).slice(10)).toEqual(['start-instance', 'create-plain-volume', 'copy-files']);
    for (const step of steps.slice(10)) expect(step.scene.host.plaintextDataKeys).toEqual(['DK-1']);
  });
});

describe('the highlighted elements', () => {
  it('follow the flow: setting, key, volume, EBS-to-KMS, KMS-to-host, host-to-EBS', () => {
    const steps = encryptionSteps({ key: 'aws-managed', byDefault: true, branch: 'os-encryption' }, 'current');
    expect(steps.map((s) => s.scene.active)).toEqual([
      ['region-setting'], ['kms'], ['region-setting', 'kms', 'link:ebs-kms', 'volume:vol-1'],
      ['kms', 'link:ebs-kms', 'host', 'volume:vol-1'], ['kms', 'link:kms-host', 'host'],
      ['host', 'link:host-ebs', 'volume:vol-1'], ['host', 'volume:vol-1'],
      ['kms', 'link:ebs-kms', 'link:kms-host', 'host'], ['os', 'host'], ['host', 'link:host-ebs', 'volume:vol-1', 'os'],
    ]);
    expect(steps.at(-1)!.scene.osEncryption).toEqual({ keyHolder: 'the operating system inside the instance', cpuCost: 'CPU time on every read and write' });
    expect(steps.slice(0, -3).every((s) => s.scene.osEncryption === null)).toBe(true);
  });
});

describe('where the data key is (the drawing\'s travelling key)', () => {
  const places = (inputs: EncryptionInputs) => encryptionSteps(inputs, 'current').map((s) => s.scene.dataKeyAt);

  it('goes from the volume to KMS on attach, into host memory, and is discarded when the instance leaves', () => {
    expect(places({ key: 'aws-managed', byDefault: false, branch: 'snapshot' })).toEqual([
      'not-created', 'not-created', 'volume', 'kms', 'host', 'host', 'discarded', 'discarded',
    ]);
  });

  it('is back in host memory once the instance starts again, and stays there for the OS-level steps', () => {
    expect(places({ key: 'customer-managed', byDefault: true, branch: 'remove-encryption' }).slice(6)).toEqual([
      'discarded', 'discarded', 'discarded', 'discarded', 'host', 'host', 'host',
    ]);
    expect(places({ key: 'aws-managed', byDefault: false, branch: 'os-encryption' }).slice(7)).toEqual(['host', 'host', 'host']);
  });

  it('is in host memory exactly when the host holds the first volume\'s plaintext key, in every scenario', () => {
    assertProperty(fc.property(anyInputs, (inputs) => encryptionSteps(inputs, 'current').every(({ scene }) => {
      const dk = scene.volumes[0]?.dataKey;
      return (scene.dataKeyAt === 'host') === (dk !== undefined && dk !== null && scene.host.plaintextDataKeys.includes(dk));
    })), 100);
  });
});

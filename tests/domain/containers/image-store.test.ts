/**
 * Images and containers on one host: shared layers are stored once (seed notes: "layers used within
 * images are shared when possible"), and each container's read/write layer is its own.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/domain/containers/dockerfile';
import { hostStorage, visibleFiles, writeToContainer, type ContainerRW, type HostImage } from '../../../src/domain/containers/image-store';
import { estimateLayers, layerDigest, type ImageLayer } from '../../../src/domain/containers/layers';
import { dockerfileSample } from '../../../src/domain/containers/samples';
import { assertProperty } from '../support/property';

const web = estimateLayers(parseDockerfile(dockerfileSample('node-web').text));
const admin = estimateLayers(parseDockerfile(dockerfileSample('node-web').text.replace('COPY . .', 'COPY admin ./admin')));

describe('two images on the same base', () => {
  const store = hostStorage([{ name: 'web', layers: web }, { name: 'admin', layers: admin }], []);

  it('store the base and the shared first steps once: 235.02 + 5 MB instead of 235.02 + 220.02', () => {
    expect(store.uniqueLayers.map((l) => l.usedBy)).toEqual([['web', 'admin'], ['web', 'admin'], ['web', 'admin'], ['web'], ['admin']]);
    expect(store.storedMB).toBe(240.02);
    expect(store.withoutSharingMB).toBe(455.04);
    expect(store.savedMB).toBe(215.02);
  });
});

describe('containers', () => {
  const base: ContainerRW = { id: 'web-1', image: 'web', writtenFiles: [] };

  it('write new files into their own read/write layer', () => {
    const c = writeToContainer(base, web, '/var/log/app.log', 3);
    expect(c.writtenFiles).toEqual([{ path: '/var/log/app.log', sizeMB: 3, copiedUp: false }]);
    expect(base.writtenFiles).toEqual([]);
  });

  it('copy a file of the image up before changing it (copy-on-write)', () => {
    const c = writeToContainer(base, web, '/app/package.json');
    expect(c.writtenFiles).toEqual([{ path: '/app/package.json', sizeMB: 0.01, copiedUp: true }]);
    expect(writeToContainer(c, web, '/app/package.json', 0.02).writtenFiles).toEqual([{ path: '/app/package.json', sizeMB: 0.02, copiedUp: true }]);
  });

  it('share the image: three containers of web add only their own writes, while full copies would add the image three times', () => {
    const cs = ['web-1', 'web-2', 'web-3'].map((id, i) => writeToContainer({ ...base, id }, web, '/var/log/app.log', i + 1));
    const store = hostStorage([{ name: 'web', layers: web }], cs);
    expect(store.perContainerRWMB).toEqual({ 'web-1': 1, 'web-2': 2, 'web-3': 3 });
    expect(store.storedMB).toBe(235.02 + 6);
    expect(store.fullCopiesMB).toBe(235.02 + 6 + 3 * 235.02);
    expect(store.savedByContainersMB).toBe(705.06);
    expect(store.savedTotalMB).toBe(705.06);
    expect(store.savedMB).toBe(0);
  });

  it('count both savings: three containers not copying their image (705.06 MB) and a second image sharing the 135 MB base', () => {
    const report = estimateLayers(parseDockerfile('FROM node:20-alpine\nCOPY report.py /srv/report/\n'));
    const cs = ['web-1', 'web-2', 'web-3'].map((id, i) => writeToContainer({ ...base, id }, web, `/tmp/session-${i + 1}.log`, 2 + i));
    const store = hostStorage([{ name: 'web', layers: web }, { name: 'report', layers: report }], cs);
    expect(store.storedMB).toBe(135 + 0.02 + 80 + 20 + 0.01 + 9);
    expect(store.savedMB).toBe(135);
    expect(store.savedByContainersMB).toBe(705.06);
    expect(store.savedTotalMB).toBe(840.06);
    expect(store.fullCopiesMB).toBeCloseTo(store.storedMB + 840.06, 6);
  });

  it('see the image\'s files through the layers, the top one winning', () => {
    const seen = visibleFiles(estimateLayers(parseDockerfile(dockerfileSample('python-wasteful').text)));
    expect(seen.has('/var/lib/apt/lists')).toBe(false);
    expect(seen.get('/usr/lib/gcc')).toBe(15);
  });
});

const DIGESTS = Array.from({ length: 8 }, (_, i) => layerDigest(`pool ${i}`));
const sizeOf = (digest: string) => (DIGESTS.indexOf(digest) + 1) * 12.5;
const layer = (digest: string, index: number): ImageLayer => ({ index, fromLine: index + 1, keyword: 'RUN', summary: '', files: [], sizeMB: sizeOf(digest), digest });
const anyImages: fc.Arbitrary<HostImage[]> = fc.array(fc.array(fc.constantFrom(...DIGESTS), { minLength: 1, maxLength: 6 }), { maxLength: 6 })
  .map((images) => images.map((ds, i) => ({ name: `image-${i}`, layers: ds.map(layer) })));
const anyContainers: fc.Arbitrary<ContainerRW[]> = fc.array(
  fc.array(fc.record({ path: fc.constantFrom('/a', '/b', '/var/log/x', '/tmp/y'), sizeMB: fc.integer({ min: 0, max: 500 }), copiedUp: fc.boolean() }), { maxLength: 5 }),
  { maxLength: 5 },
).map((cs) => cs.map((writtenFiles, i) => ({ id: `c${i}`, image: `image-${i % 3}`, writtenFiles })));

describe('host storage properties', () => {
  it('stores at most what unshared images would, and saves exactly the difference', () => {
    assertProperty(fc.property(anyImages, anyContainers, (images, containers) => {
      const s = hostStorage(images, containers);
      expect(s.storedMB).toBeLessThanOrEqual(s.withoutSharingMB + 1e-9);
      expect(s.savedMB).toBeCloseTo(s.withoutSharingMB - s.storedMB, 6);
      expect(s.savedMB).toBeGreaterThanOrEqual(0);
      expect(s.savedTotalMB).toBeCloseTo(s.savedMB + s.savedByContainersMB, 6);
      expect(s.savedTotalMB).toBeCloseTo(s.fullCopiesMB - s.storedMB, 6);
      expect(s.savedTotalMB).toBeGreaterThanOrEqual(s.savedMB - 1e-9);
      expect(new Set(s.uniqueLayers.map((l) => l.digest)).size).toBe(s.uniqueLayers.length);
    }));
  });

  it('stores a shared layer once however many images use it', () => {
    assertProperty(fc.property(anyImages, fc.integer({ min: 1, max: 5 }), (images, copies) => {
      const more = [...images, ...Array.from({ length: copies }, (_, k) => images.map((im) => ({ ...im, name: `${im.name}-copy-${k}` }))).flat()];
      expect(hostStorage(more, []).storedMB).toBeCloseTo(hostStorage(images, []).storedMB, 6);
    }));
  });

  it('gives each container a read/write layer of its own: others never change its total', () => {
    assertProperty(fc.property(anyImages, anyContainers, (images, containers) => {
      const all = hostStorage(images, containers).perContainerRWMB;
      for (const c of containers) {
        expect(all[c.id]).toBe(hostStorage([], [c]).perContainerRWMB[c.id]);
      }
    }));
  });
});

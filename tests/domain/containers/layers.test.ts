/**
 * The layer estimate on the samples, with the worked numbers of docs/model.md ("Containers"):
 * sizes are explorer's assumptions (size-assumptions.ts), a person can override any layer, and a
 * file deleted in a later layer still occupies the earlier one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/domain/containers/dockerfile';
import { estimateAllStages, estimateLayers, imageSizeMB, layerDigest, wastedSpace } from '../../../src/domain/containers/layers';
import { dockerfileSample } from '../../../src/domain/containers/samples';
import { BASE_IMAGE_SIZES, LAYER_SIZE_ASSUMPTIONS, baseImageRow } from '../../../src/domain/containers/size-assumptions';
import { assertProperty } from '../support/property';

const layersOf = (text: string, overrides?: Record<number, number>) => estimateLayers(parseDockerfile(text), overrides);
const sample = (id: Parameters<typeof dockerfileSample>[0]) => layersOf(dockerfileSample(id).text);

describe('the Node.js sample', () => {
  const layers = sample('node-web');

  it('is 135 + 0.02 + 80 + 20 = 235.02 MB in four layers', () => {
    expect(layers.map((l) => [l.keyword, l.sizeMB])).toEqual([['FROM', 135], ['COPY', 0.02], ['RUN', 80], ['COPY', 20]]);
    expect(imageSizeMB(layers)).toBe(235.02);
  });

  it('lists what each layer adds, under the WORKDIR', () => {
    expect(layers[1]!.files).toEqual([
      { path: '/app/package.json', sizeMB: 0.01, change: 'add' },
      { path: '/app/package-lock.json', sizeMB: 0.01, change: 'add' },
    ]);
    expect(layers[2]!.files).toEqual([{ path: '/app/node_modules', sizeMB: 80, change: 'add' }]);
  });

  it('keeps npm\'s cache out of the layer because the same RUN cleans it', () => {
    expect(layers[2]!.files.some((f) => f.path === '/root/.npm')).toBe(false);
    expect(layers[2]!.summary).toContain("explorer's assumption");
  });
});

describe('deleting in a later layer', () => {
  it('wastes what the earlier layer added: 20 MB of apt lists in the wasteful Python sample', () => {
    const layers = sample('python-wasteful');
    expect(layers[2]!.files).toEqual([{ path: '/var/lib/apt/lists', sizeMB: 0, change: 'delete' }]);
    expect(layers[2]!.sizeMB).toBe(0);
    expect(wastedSpace(layers)).toEqual({
      wastedMB: 20,
      items: [{ path: '/var/lib/apt/lists', addedInLayer: 1, deletedInLayer: 2, sizeMB: 20, reason: 'deleted' }],
    });
    expect(imageSizeMB(layers)).toBe(225.02);
  });

  it('wastes nothing when the same RUN deletes: the tidy sample is 20 MB smaller', () => {
    const tidy = sample('python-tidy');
    expect(wastedSpace(tidy).wastedMB).toBe(0);
    expect(imageSizeMB(sample('python-wasteful')) - imageSizeMB(tidy)).toBeCloseTo(20, 9);
  });

  it('wastes exactly the size added, whatever size that is', () => {
    assertProperty(fc.property(fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10), fc.integer({ min: 1, max: 30 }), (mb, gap) => {
      const text = ['FROM alpine:3.20', 'RUN curl -fsSLo /tmp/big.tar.gz https://example.com/big.tar.gz',
        ...Array.from({ length: gap - 1 }, (_, i) => `RUN echo step ${i}`), 'RUN rm /tmp/big.tar.gz'].join('\n');
      const layers = estimateLayers(parseDockerfile(text), {}, { ...LAYER_SIZE_ASSUMPTIONS, downloadMB: mb });
      expect(wastedSpace(layers).wastedMB).toBeCloseTo(mb, 9);
      expect(wastedSpace(layers).items.every((i) => i.addedInLayer === 1 && i.deletedInLayer === gap + 1)).toBe(true);
    }));
  });

  it('counts a file that chmod copies up: the whole folder is stored again', () => {
    const layers = layersOf('FROM alpine\nWORKDIR /app\nCOPY . .\nRUN chmod -R 755 /app');
    expect(layers[2]!.files).toEqual([{ path: '/app', sizeMB: 20, change: 'change' }]);
    expect(wastedSpace(layers).items).toEqual([{ path: '/app', addedInLayer: 1, deletedInLayer: 2, sizeMB: 20, reason: 'replaced' }]);
  });
});

describe('a multi-stage build', () => {
  const parsed = parseDockerfile(dockerfileSample('go-multistage').text);

  it('ships a 2 MB base and the 15 MB binary copied from the build stage: 17 MB', () => {
    const layers = estimateLayers(parsed);
    expect(layers.map((l) => l.sizeMB)).toEqual([2, 15]);
    expect(layers[1]!.files).toEqual([{ path: '/server', sizeMB: 15, change: 'add' }]);
    expect(imageSizeMB(layers)).toBe(17);
  });

  it('leaves the 1,005.02 MB build stage behind', () => {
    expect(imageSizeMB(estimateAllStages(parsed)[0]!)).toBe(820 + 0.02 + 150 + 20 + 15);
  });

  it('sizes a FROM on an earlier stage as that stage\'s whole image', () => {
    const layers = layersOf('FROM node:20-alpine AS deps\nRUN npm ci\nFROM deps\nCOPY . .');
    expect(layers[0]).toMatchObject({ keyword: 'FROM', sizeMB: 255 });
    expect(layers[0]!.summary).toBe('Builds on stage deps: its 2 layers, 255 MB');
  });
});

describe('sizes a person sets', () => {
  it('replace the estimate of a layer, by the line of its instruction, scaling its files', () => {
    const text = dockerfileSample('python-wasteful').text;
    const layers = layersOf(text, { 1: 50, 2: 70 });
    expect(layers[0]!.sizeMB).toBe(50);
    expect(layers[1]!.files.map((f) => f.sizeMB)).toEqual([40, 30]);
    expect(layers[1]!.summary).toContain('size set by you: 70 MB');
    expect(wastedSpace(layers).wastedMB).toBe(40);
  });

  it('give a layer with no estimated files an entry of that size; ignore values that are not numbers; clamp below 0', () => {
    const layers = layersOf('FROM alpine\nRUN ./configure && make\nRUN echo hi', { 2: 12.5, 3: -4, 1: Number.NaN });
    expect(layers[1]!.files).toEqual([{ path: '(files not estimated)', sizeMB: 12.5, change: 'add' }]);
    expect(layers[2]!.sizeMB).toBe(0);
    expect(layers[0]!.sizeMB).toBe(7.8);
  });

  it('and the assumptions table itself can be edited', () => {
    const table = BASE_IMAGE_SIZES.map((r) => (r.repo === 'alpine' ? { ...r, uncompressedMB: 9 } : r));
    const layers = estimateLayers(parseDockerfile('FROM alpine:3.21'), {}, { ...LAYER_SIZE_ASSUMPTIONS, baseImages: table });
    expect(layers[0]!.sizeMB).toBe(9);
  });
});

describe('base images', () => {
  it('are found by repository and variant, with the registry host and tag dropped', () => {
    expect(baseImageRow('public.ecr.aws/docker/library/node:20-alpine')).toMatchObject({ repo: 'node', variant: 'alpine' });
    expect(baseImageRow('python:3.12-slim-bookworm')).toMatchObject({ repo: 'python', variant: 'slim' });
    expect(baseImageRow('debian@sha256:abc')).toMatchObject({ repo: 'debian', variant: 'full' });
    expect(baseImageRow('alpine:3.20-alpine-only')).toMatchObject({ repo: 'alpine', variant: 'full' });
    expect(baseImageRow('mycompany/base:1')).toBeNull();
  });

  it('unlisted ones count 100 MB, labelled as an assumption; scratch is an empty row', () => {
    expect(layersOf('FROM mycompany/base:1')[0]).toMatchObject({ sizeMB: 100 });
    expect(layersOf('FROM mycompany/base:1')[0]!.summary).toContain("explorer's assumption for an image not in the table");
    expect(layersOf('FROM scratch\nCOPY app /app')[0]).toMatchObject({ sizeMB: 0, files: [] });
  });
});

describe('digests', () => {
  it('look like short Docker ids and are the same for the same input', () => {
    expect(layerDigest('FROM alpine')).toMatch(/^sha256:[0-9a-f]{12}$/);
    expect(layerDigest('FROM alpine')).toBe(layerDigest('FROM alpine'));
    expect(new Set(['', 'a', 'b', 'ab', 'ba', 'FROM alpine', 'FROM alpine '].map(layerDigest)).size).toBe(7);
  });

  it('are shared by two Dockerfiles with the same base and first steps, and differ after they part', () => {
    const a = layersOf('FROM node:20-alpine\nWORKDIR /app\nRUN npm ci\nCOPY . .');
    const b = layersOf('FROM node:20-alpine\nWORKDIR /app\nRUN npm ci\nCOPY src ./src');
    expect(b.slice(0, 2).map((l) => l.digest)).toEqual(a.slice(0, 2).map((l) => l.digest));
    expect(b[2]!.digest).not.toBe(a[2]!.digest);
  });

  it('differ for the same instruction on another base, or with another effect (no WORKDIR: /node_modules)', () => {
    expect(layersOf('FROM debian\nRUN npm ci')[1]!.digest).not.toBe(layersOf('FROM alpine\nRUN npm ci')[1]!.digest);
    expect(layersOf('FROM node:20-alpine\nRUN npm ci')[1]!.digest).not.toBe(layersOf('FROM node:20-alpine\nWORKDIR /app\nRUN npm ci')[1]!.digest);
  });
});

describe('a COPY of several files', () => {
  it('is one layer, said as one COPY', () => {
    const layers = estimateLayers(parseDockerfile('FROM node:20-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\n'));
    expect(layers).toHaveLength(2);
    expect(layers[1]!.summary).toBe("COPY package.json and package-lock.json (sizes: explorer's assumption)");
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTAINER_SAMPLE_IDS } from '../../src/domain/containers/sample-ids';
import { CONTAINERS_LIMITS, DEFAULT_CONTAINERS, type ContainersInputs } from '../../src/store/containers-defaults';
import { DEFAULT_LOCATION } from '../../src/store/initial-state';
import { decodeLocation, encodeLocation, type LocationState } from '../../src/store/location';
import { assertProperty } from '../domain/support/property';

const BASE: LocationState = DEFAULT_LOCATION;
const at = (containers: ContainersInputs): LocationState => ({ ...BASE, route: 'containers', containers });
const paramsOf = (hash: string) => new URLSearchParams(hash.slice(hash.indexOf('?') + 1));

/** A Dockerfile a person typed: newlines, a comment, an ampersand, a question mark, a percent sign, accents and an emoji. */
const EDITED = [
  'FROM node:20-alpine',
  '# build & run — ünïcødé ✓ 🐳',
  'RUN echo "a&b=c?d#e" && echo 100% \\',
  '    && echo done',
  'COPY . .',
  '',
].join('\n');

describe('the containers view in the URL', () => {
  it('writes a sample by its id and every setting with a readable key', () => {
    const hash = encodeLocation(at({ ...DEFAULT_CONTAINERS, layerSizes: { 2: 120, 5: 40.5 } }));
    expect(hash.startsWith('#/containers?')).toBe(true);
    expect([...paramsOf(hash).entries()]).toEqual([
      ['edition', 'saa-c02'], ['sample', 'node-web'], ['sizes', '2:120,5:40.5'], ['apps', '6'], ['appmem', '256'],
      ['appdisk', '200'], ['ctrs', '3'], ['second', '1'], ['repo', 'private'],
    ]);
  });

  it('leaves sizes out when no layer size was set', () => {
    expect(paramsOf(encodeLocation(at(DEFAULT_CONTAINERS))).has('sizes')).toBe(false);
  });

  it('round-trips a sample with layer sizes and every other setting changed, with no problems', () => {
    const s = at({
      sample: 'go-multistage', dockerfile: '', layerSizes: { 10: 2.5, 11: 12 },
      apps: 3, appMemoryMB: 512, appDiskMB: 1_500, containerCount: 5, secondImage: false, visibility: 'public',
    });
    const { problems, ...decoded } = decodeLocation(encodeLocation(s), BASE);
    expect(problems).toEqual([]);
    expect(decoded).toEqual(s);
  });

  it('writes an edited Dockerfile as df= instead of a sample, and reads back every character and the sizes', () => {
    const s = at({ ...DEFAULT_CONTAINERS, sample: 'custom', dockerfile: EDITED, layerSizes: { 3: 42, 5: 0.25 } });
    const hash = encodeLocation(s);
    expect(paramsOf(hash).has('sample')).toBe(false);
    expect(paramsOf(hash).get('df')).toBe(EDITED);
    // Nothing in the text can end the hash's query early or start a fragment of its own.
    expect(hash.indexOf('#', 1)).toBe(-1);
    expect(hash.split('?')).toHaveLength(2);
    const { problems, ...decoded } = decodeLocation(hash, BASE);
    expect(problems).toEqual([]);
    expect(decoded).toEqual(s);
  });

  it('round-trips an emptied Dockerfile as an empty df, still custom', () => {
    const s = at({ ...DEFAULT_CONTAINERS, sample: 'custom', dockerfile: '' });
    const { problems, ...decoded } = decodeLocation(encodeLocation(s), BASE);
    expect(problems).toEqual([]);
    expect(decoded.containers).toEqual({ ...DEFAULT_CONTAINERS, sample: 'custom', dockerfile: '' });
  });

  it('round-trips any sample or typed text, sizes and settings, in either edition, with no problems', () => {
    const L = CONTAINERS_LIMITS;
    const source = fc.oneof(
      fc.constantFrom(...CONTAINER_SAMPLE_IDS).map((sample) => ({ sample: sample as string, dockerfile: '' })),
      fc.string({ unit: 'grapheme', maxLength: 300 }).map((dockerfile) => ({ sample: 'custom', dockerfile })),
    );
    const sizes = fc.dictionary(
      fc.integer({ min: 1, max: 400 }).map(String),
      fc.oneof(fc.integer({ min: L.layerSizeMB[0], max: L.layerSizeMB[1] }), fc.integer({ min: 0, max: 100_000 }).map((n) => n / 1000)),
    );
    const state = fc.record({
      source, sizes, edition: fc.constantFrom('saa-c02' as const, 'current' as const),
      apps: fc.integer({ min: L.apps[0], max: L.apps[1] }), appMemoryMB: fc.integer({ min: L.appMemoryMB[0], max: L.appMemoryMB[1] }),
      appDiskMB: fc.integer({ min: L.appDiskMB[0], max: L.appDiskMB[1] }), containerCount: fc.integer({ min: L.containerCount[0], max: L.containerCount[1] }),
      secondImage: fc.boolean(), visibility: fc.constantFrom('public' as const, 'private' as const),
    }).map(({ source: src, sizes: layerSizes, edition, ...rest }): LocationState => ({
      ...at({ ...src, layerSizes: Object.fromEntries(Object.entries(layerSizes).map(([k, v]) => [Number(k), v])), ...rest }), edition,
    }));
    assertProperty(fc.property(state, (s) => {
      const { problems, route, edition, containers } = decodeLocation(encodeLocation(s), BASE);
      expect(problems).toEqual([]);
      expect({ route, edition, containers }).toEqual({ route: 'containers', edition: s.edition, containers: s.containers });
    }));
  });
});

describe('a hand-edited containers link', () => {
  const decode = (query: string) => decodeLocation(`#/containers?${query}`, BASE);

  it('uses the first sample for one it does not know, and names the samples it has', () => {
    const d = decode('sample=nope');
    expect(d.containers.sample).toBe('node-web');
    expect(d.problems).toEqual(['sample "nope" is not one of node-web, notes-apache, python-wasteful, python-tidy, go-multistage, broken: used node-web']);
  });

  it('keeps the layer sizes it can read and names each one it left out', () => {
    const d = decode('sample=python-tidy&sizes=3:x,abc,5:12,7:200000');
    expect(d.containers.layerSizes).toEqual({ 5: 12 });
    expect(d.problems).toEqual([
      'sizes: "3:x" is not line:MB with MB from 0 to 100,000: left out',
      'sizes: "abc" is not line:MB with MB from 0 to 100,000: left out',
      'sizes: "7:200000" is not line:MB with MB from 0 to 100,000: left out',
    ]);
  });

  it('brings the apps and the containers within their ranges, saying what it used', () => {
    const d = decode('apps=99&ctrs=0&appmem=8&appdisk=2.5');
    expect(d.containers).toEqual({ ...DEFAULT_CONTAINERS, apps: 12, containerCount: 1, appMemoryMB: 16, appDiskMB: 3 });
    expect(d.problems).toEqual([
      'apps 99 is outside 1 to 12: used 12',
      'appmem 8 is outside 16 to 16,384 MB: used 16 MB',
      'appdisk 2.5 is not a whole number: used 3 MB',
      'ctrs 0 is outside 1 to 6: used 1',
    ]);
  });

  it('falls back for a repository and a second image it cannot read', () => {
    const d = decode('repo=secret&second=maybe');
    expect(d.containers.visibility).toBe('private');
    expect(d.containers.secondImage).toBe(true);
    expect(d.problems).toEqual(['second "maybe" is not 1 or 0: used 1', 'repo "secret" is not public or private: used private']);
  });

  it('cuts an over-long Dockerfile to 8,000 characters and says the rest was left out', () => {
    const text = `FROM alpine:3.20\n${'RUN echo hello\n'.repeat(600)}`;
    expect(text.length).toBeGreaterThan(8_000);
    const d = decode(new URLSearchParams({ df: text }).toString());
    expect(d.containers.sample).toBe('custom');
    expect(d.containers.dockerfile).toBe(text.slice(0, 8_000));
    expect(d.problems).toEqual(['df: the Dockerfile is longer than 8,000 characters: the rest was left out']);
  });

  it('reads df over sample when a link has both', () => {
    const d = decode('sample=go-multistage&df=FROM%20scratch');
    expect(d.containers.sample).toBe('custom');
    expect(d.containers.dockerfile).toBe('FROM scratch');
  });

  it('ignores a key the view does not have, and says so', () => {
    const d = decode('colour=red&apps=6');
    expect(d.containers).toEqual(DEFAULT_CONTAINERS);
    expect(d.problems).toEqual(['colour is not a setting of this view: ignored']);
  });

  it('never throws, and what it reads writes a link that reads back without problems', () => {
    const value = fc.oneof(
      fc.string({ maxLength: 12 }), fc.integer({ min: -100, max: 200_000 }).map(String),
      fc.constantFrom('3:x,abc', '1:5,2:7.5', 'node-web', 'broken', 'public', '1e9', 'NaN', '', '2.5', 'maybe', 'x'.repeat(8_100)),
    );
    const keys = ['sample', 'df', 'sizes', 'apps', 'appmem', 'appdisk', 'ctrs', 'second', 'repo', 'other'] as const;
    const query = fc.dictionary(fc.constantFrom(...keys), value);
    assertProperty(fc.property(query, (q) => {
      const d = decodeLocation(`#/containers?${new URLSearchParams(q).toString()}`, BASE);
      expect(d.route).toBe('containers');
      const again = decodeLocation(encodeLocation(d), BASE);
      expect(again.problems).toEqual([]);
      expect(again.containers).toEqual(d.containers);
    }));
  });
});

describe('which containers values a link keeps', () => {
  const current = at({ ...DEFAULT_CONTAINERS, sample: 'custom', dockerfile: 'FROM alpine:3.20\n', layerSizes: { 1: 9 }, apps: 2 });

  it('reads a link that sets any view key as a whole: the keys it leaves out take their defaults', () => {
    const d = decodeLocation('#/containers?apps=4', current);
    expect(d.containers).toEqual({ ...DEFAULT_CONTAINERS, apps: 4 });
    expect(d.problems).toEqual([]);
  });

  it('clears the typed text and the sizes when a link names a sample without sizes', () => {
    const d = decodeLocation('#/containers?sample=python-wasteful', current);
    expect(d.containers).toEqual({ ...DEFAULT_CONTAINERS, sample: 'python-wasteful', dockerfile: '', layerSizes: {} });
  });

  it('keeps what is on screen for a bare #/containers', () => {
    const d = decodeLocation('#/containers', current);
    expect(d.route).toBe('containers');
    expect(d.containers).toEqual(current.containers);
    expect(d.problems).toEqual([]);
  });
});

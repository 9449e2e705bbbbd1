/**
 * Pushes and pulls move only the layers the other side lacks, by digest; private repositories need
 * authentication, public ones are open (seed notes, Container Registry).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/domain/containers/dockerfile';
import { estimateLayers } from '../../../src/domain/containers/layers';
import { canPull, transfer } from '../../../src/domain/containers/registry';
import { dockerfileSample } from '../../../src/domain/containers/samples';
import { assertProperty } from '../support/property';

const web = estimateLayers(parseDockerfile(dockerfileSample('node-web').text));
const admin = estimateLayers(parseDockerfile(dockerfileSample('node-web').text.replace('COPY . .', 'COPY admin ./admin')));
const sizes = Object.fromEntries([...web, ...admin].map((l) => [l.digest, l.sizeMB]));
const digests = (layers: typeof web) => layers.map((l) => l.digest);

describe('pushing two images on the same base', () => {
  it('sends all four layers of the first to an empty registry: 235.02 MB', () => {
    const push = transfer(digests(web), [], sizes);
    expect(push.moved).toEqual(digests(web));
    expect(push.skipped).toEqual([]);
    expect(push.movedMB).toBe(235.02);
  });

  it('then sends only the second image\'s own layer: 5 MB, the other three already exist', () => {
    const registry = transfer(digests(web), [], sizes).after;
    const push = transfer(digests(admin), registry, sizes);
    expect(push.moved).toEqual([admin[3]!.digest]);
    expect(push.skipped).toEqual(digests(admin).slice(0, 3));
    expect(push.movedMB).toBe(5);
  });

  it('a pull to a host that has the base fetches only the rest', () => {
    expect(transfer(digests(web), [web[0]!.digest], sizes).movedMB).toBe(100.02);
  });
});

describe('transfer properties', () => {
  const pool = fc.constantFrom('sha256:a', 'sha256:b', 'sha256:c', 'sha256:d', 'sha256:e', 'sha256:f');
  it('moves exactly the digests missing on the other side, once each, in the source\'s order', () => {
    assertProperty(fc.property(fc.array(pool, { maxLength: 10 }), fc.array(pool, { maxLength: 10 }), (from, to) => {
      const t = transfer(from, to, { 'sha256:a': 1, 'sha256:b': 2.5, 'sha256:c': 4 });
      const unique = [...new Set(from)];
      expect(t.moved).toEqual(unique.filter((d) => !to.includes(d)));
      expect(t.skipped).toEqual(unique.filter((d) => to.includes(d)));
      expect(t.movedMB).toBeCloseTo(t.moved.reduce((s, d) => s + ({ 'sha256:a': 1, 'sha256:b': 2.5, 'sha256:c': 4 }[d] ?? 0), 0), 9);
      expect(transfer(from, t.after, {}).moved).toEqual([]);
    }));
  });
});

describe('who may pull', () => {
  it('anyone from a public repository; only signed-in users from a private one', () => {
    expect(canPull('public', false).allowed).toBe(true);
    expect(canPull('private', true).allowed).toBe(true);
    expect(canPull('private', false)).toEqual({ allowed: false, reason: 'A private repository requires authentication: sign in before pulling.' });
  });
});

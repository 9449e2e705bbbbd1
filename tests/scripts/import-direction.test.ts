import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module without types
import { allowed, isDomainFace, layerOf } from '../../scripts/lint/import-direction.js';

const src = (p: string) => path.join('/repo', 'src', ...p.split('/'));

describe('the import-direction lint rule', () => {
  it('knows the layer of every file under src, a feature by its route id', () => {
    expect(layerOf(src('domain/ebs/rules.ts'))).toBe('domain');
    expect(layerOf(src('domain'))).toBe('domain');
    expect(layerOf(src('features/ebs/cost-panel.tsx'))).toBe('features/ebs');
    expect(layerOf(src('store/view-state.ts'))).toBe('store');
    expect(layerOf(src('main.tsx'))).toBe('app');
    expect(layerOf('/repo/tests/x.ts')).toBeNull();
  });

  it('lets imports flow domain <- store <- features <- app only', () => {
    expect(allowed('store', 'domain')).toBe(true);
    expect(allowed('domain', 'store')).toBe(false);
    expect(allowed('store', 'features/ebs')).toBe(false);
    expect(allowed('store', 'app')).toBe(false);
    expect(allowed('components', 'store')).toBe(false);
    expect(allowed('components', 'domain')).toBe(true);
    expect(allowed('features/ebs', 'components')).toBe(true);
    expect(allowed('features/ebs', 'store')).toBe(true);
    expect(allowed('features/ebs', 'features/burst')).toBe(false);
    expect(allowed('features/ebs', 'app')).toBe(false);
  });

  it('lets the app load a view only lazily, so the first page carries the shell alone', () => {
    expect(allowed('app', 'features/ebs')).toBe(false);
    expect(allowed('app', 'features/ebs', { dynamic: true })).toBe(true);
    expect(allowed('app', 'store')).toBe(true);
  });

  it('knows the domain\'s public face from its modules', () => {
    expect(isDomainFace(src('domain'))).toBe(true);
    expect(isDomainFace(src('domain/index'))).toBe(true);
    expect(isDomainFace(src('domain/index.ts'))).toBe(true);
    expect(isDomainFace(src('domain/ebs/clamp'))).toBe(false);
    expect(isDomainFace(src('domain/types'))).toBe(false);
  });
});

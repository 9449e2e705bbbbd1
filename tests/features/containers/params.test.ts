import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTAINER_SAMPLE_IDS, type Edition } from '../../../src/domain';
import { containersActions } from '../../../src/features/containers/actions';
import { LAYER_SIZE_MB, containersState, type ContainersInputs } from '../../../src/features/containers/params';
import { LINK_NOTICE } from '../../../src/store/notices';
import { decodeView, defaultsOf, encodeView } from '../../../src/store/view-state';
import { assertProperty } from '../../domain/support/property';
import { decodeQuery, viewStore } from '../../support/view-state';

const DEFAULTS = defaultsOf(containersState);
const decode = (query: string) => decodeQuery(containersState, query);
/** The view's part of a link for these inputs, as the app writes it. */
function queryOf(inputs: ContainersInputs, edition: Edition = 'saa-c02'): URLSearchParams {
  const params = new URLSearchParams();
  encodeView(containersState, inputs, params, edition);
  return params;
}
const readBack = (inputs: ContainersInputs, edition: Edition = 'saa-c02') => decodeView(containersState, queryOf(inputs, edition), DEFAULTS, edition);
/** The link problems the store turned into the view's notice. */
const linkProblems = (v: ReturnType<typeof start>) => v.store.getState().notices.find((n) => n.view === 'containers' && n.title === LINK_NOTICE)?.items ?? [];
const start = (hash?: string) => viewStore(containersState, containersActions, hash);

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
    const v = start();
    v.actions.setLayerSize(2, 120);
    v.actions.setLayerSize(5, 40.5);
    expect(v.link()).toBe('#/containers?edition=saa-c02&sample=node-web&sizes=2%3A120%2C5%3A40.5&apps=6&appmem=256&appdisk=200&ctrs=3&second=1&repo=private');
  });

  it('leaves sizes out when no layer size was set', () => {
    expect(queryOf(DEFAULTS).has('sizes')).toBe(false);
  });

  it('round-trips a sample with layer sizes and every other setting changed, with no problems', () => {
    const s: ContainersInputs = {
      sample: 'go-multistage', dockerfile: '', layerSizes: { 10: 2.5, 11: 12 }, ownSizes: {},
      apps: 3, appMemoryMB: 512, appDiskMB: 1_500, containerCount: 5, secondImage: false, visibility: 'public',
    };
    expect(readBack(s)).toEqual({ inputs: s, problems: [] });
  });

  it('writes an edited Dockerfile as df= instead of a sample, and reads back every character and the sizes', () => {
    const v = start();
    v.actions.editDockerfile(EDITED);
    v.actions.setLayerSize(3, 42);
    v.actions.setLayerSize(5, 0.25);
    const hash = v.link();
    const params = new URLSearchParams(hash.slice(hash.indexOf('?') + 1));
    expect(params.has('sample')).toBe(false);
    expect(params.get('df')).toBe(EDITED);
    // Nothing in the text can end the hash's query early or start a fragment of its own.
    expect(hash.indexOf('#', 1)).toBe(-1);
    expect(hash.split('?')).toHaveLength(2);
    const again = start(hash);
    expect(again.inputs()).toEqual({ ...DEFAULTS, sample: 'custom', dockerfile: EDITED, layerSizes: { 3: 42, 5: 0.25 } });
    expect(linkProblems(again)).toEqual([]);
  });

  it('round-trips an emptied Dockerfile as an empty df, still custom', () => {
    const s = { ...DEFAULTS, sample: 'custom' as const, dockerfile: '' };
    expect(queryOf(s).get('df')).toBe('');
    expect(readBack(s)).toEqual({ inputs: s, problems: [] });
  });

  it('round-trips any sample or typed text, with any layer sizes, in either edition, with no problems', () => {
    const { min, max } = LAYER_SIZE_MB;
    const source = fc.oneof(
      fc.constantFrom(...CONTAINER_SAMPLE_IDS).map((sample) => ({ sample, dockerfile: '' })),
      fc.string({ unit: 'grapheme', maxLength: 300 }).map((dockerfile) => ({ sample: 'custom' as const, dockerfile })),
    );
    const sizes = fc.dictionary(
      fc.integer({ min: 1, max: 400 }).map(String),
      fc.oneof(fc.integer({ min, max }), fc.integer({ min: 0, max: 100_000 }).map((n) => n / 1000)),
    ).map((d) => Object.fromEntries(Object.entries(d).map(([k, mb]) => [Number(k), mb])));
    const edition = fc.constantFrom<Edition>('saa-c02', 'current');
    assertProperty(fc.property(source, sizes, edition, (src, layerSizes, e) => {
      const s = { ...DEFAULTS, ...src, layerSizes };
      expect(readBack(s, e)).toEqual({ inputs: s, problems: [] });
    }));
  });
});

describe('a hand-edited containers link', () => {
  it('uses the first sample for one it does not know, and names the samples it has', () => {
    const d = decode('sample=nope');
    expect(d.inputs.sample).toBe('node-web');
    expect(d.problems).toEqual(['sample "nope" is not one of node-web, notes-apache, python-wasteful, python-tidy, go-multistage, broken: used node-web']);
  });

  it('does not take sample=custom without a Dockerfile, as before', () => {
    const d = decode('sample=custom&apps=2');
    expect(d.inputs).toEqual({ ...DEFAULTS, apps: 2 });
    expect(d.problems).toEqual(['sample "custom" is not one of node-web, notes-apache, python-wasteful, python-tidy, go-multistage, broken: used node-web']);
  });

  it('keeps the layer sizes it can read and names each one it left out', () => {
    const d = decode('sample=python-tidy&sizes=3:x,abc,5:12,7:200000');
    expect(d.inputs.layerSizes).toEqual({ 5: 12 });
    expect(d.problems).toEqual([
      'sizes: "3:x" is not line:MB with MB from 0 to 100,000: left out',
      'sizes: "abc" is not line:MB with MB from 0 to 100,000: left out',
      'sizes: "7:200000" is not line:MB with MB from 0 to 100,000: left out',
    ]);
  });

  it('brings the apps and the containers within their ranges, saying what it used', () => {
    const d = decode('apps=99&ctrs=0&appmem=8&appdisk=2.5');
    expect(d.inputs).toEqual({ ...DEFAULTS, apps: 12, containerCount: 1, appMemoryMB: 16, appDiskMB: 3 });
    expect(d.problems).toEqual([
      'apps 99 is outside 1 to 12: used 12',
      'appmem 8 is outside 16 to 16,384 MB: used 16 MB',
      'appdisk 2.5 is not a whole number: used 3 MB',
      'ctrs 0 is outside 1 to 6: used 1',
    ]);
  });

  it('falls back for a repository and a second image it cannot read', () => {
    const d = decode('repo=secret&second=maybe');
    expect(d.inputs.visibility).toBe('private');
    expect(d.inputs.secondImage).toBe(true);
    expect(d.problems).toEqual(['second "maybe" is not 1 or 0: used 1', 'repo "secret" is not public or private: used private']);
  });

  it('cuts an over-long Dockerfile to 8,000 characters and says the rest was left out', () => {
    const text = `FROM alpine:3.20\n${'RUN echo hello\n'.repeat(600)}`;
    expect(text.length).toBeGreaterThan(8_000);
    const d = decode(new URLSearchParams({ df: text }).toString());
    expect(d.inputs.sample).toBe('custom');
    expect(d.inputs.dockerfile).toBe(text.slice(0, 8_000));
    expect(d.problems).toEqual(['df: longer than 8,000 characters: the rest was left out']);
  });

  it('keeps a Dockerfile of spaces only as written', () => {
    expect(decode('df=%20%20%0A')).toEqual({ inputs: { ...DEFAULTS, sample: 'custom', dockerfile: '  \n' }, problems: [] });
  });

  it('shows the sample and keeps your own Dockerfile when a link has both, and writes both back', () => {
    const d = decode('sample=go-multistage&df=FROM%20scratch');
    expect(d.inputs.sample).toBe('go-multistage');
    expect(d.inputs.dockerfile).toBe('FROM scratch');
    expect(d.problems).toEqual([]);
    const back = queryOf(d.inputs);
    expect([back.get('sample'), back.get('df')]).toEqual(['go-multistage', 'FROM scratch']);
  });

  it('keeps the sizes set on your own Dockerfile as ownsizes while a sample is shown, and names a bad part', () => {
    const d = decode('sample=python-tidy&df=FROM%20alpine%0ARUN%20x%0A&sizes=2:9&ownsizes=2:40,1:x');
    expect(d.inputs).toMatchObject({ sample: 'python-tidy', layerSizes: { 2: 9 }, ownSizes: { 2: 40 } });
    expect(d.problems).toEqual(['ownsizes: "1:x" is not line:MB with MB from 0 to 100,000: left out']);
    expect(queryOf(d.inputs).get('ownsizes')).toBe('2:40');
    expect(decode('df=FROM%20alpine&ownsizes=2:40').inputs.ownSizes).toEqual({});
  });

  it('reads a df alone (an older link) as your own Dockerfile shown', () => {
    expect(decode('df=FROM%20scratch').inputs).toMatchObject({ sample: 'custom', dockerfile: 'FROM scratch' });
    expect(queryOf({ ...DEFAULTS, sample: 'python-tidy' }).get('df')).toBeNull();
  });

  it('never throws, and what it reads writes a link that reads back without problems', () => {
    const value = fc.oneof(
      fc.string({ maxLength: 12 }), fc.integer({ min: -100, max: 200_000 }).map(String),
      fc.constantFrom('3:x,abc', '1:5,2:7.5', 'node-web', 'broken', 'custom', 'public', '1e9', 'NaN', '', '2.5', 'maybe', 'x'.repeat(8_100)),
    );
    const keys = ['sample', 'df', 'sizes', 'apps', 'appmem', 'appdisk', 'ctrs', 'second', 'repo', 'other'] as const;
    const query = fc.dictionary(fc.constantFrom(...keys), value);
    assertProperty(fc.property(query, (q) => {
      const d = decode(new URLSearchParams(q).toString());
      expect(readBack(d.inputs)).toEqual({ inputs: d.inputs, problems: [] });
    }));
  });
});

describe('which containers values a link keeps', () => {
  const onScreen = () => {
    const v = start();
    v.actions.editDockerfile('FROM alpine:3.20\n');
    v.actions.setLayerSize(1, 9);
    v.actions.setApps({ apps: 2 });
    return v;
  };

  it('reads a link that sets any view key as a whole: the keys it leaves out take their defaults', () => {
    const v = onScreen();
    v.store.getState().applyLocation('#/containers?apps=4');
    expect(v.inputs()).toEqual({ ...DEFAULTS, apps: 4 });
    expect(linkProblems(v)).toEqual([]);
  });

  it('clears the typed text and the sizes when a link names a sample without sizes', () => {
    const v = onScreen();
    v.store.getState().applyLocation('#/containers?sample=python-wasteful');
    expect(v.inputs()).toEqual({ ...DEFAULTS, sample: 'python-wasteful', dockerfile: '', layerSizes: {} });
  });

  it('has no layer sizes for a link with a Dockerfile and no sizes', () => {
    const v = onScreen();
    v.store.getState().applyLocation('#/containers?df=FROM%20scratch');
    expect(v.inputs()).toEqual({ ...DEFAULTS, sample: 'custom', dockerfile: 'FROM scratch', layerSizes: {} });
  });
});

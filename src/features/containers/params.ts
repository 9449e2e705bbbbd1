/**
 * The containers view's inputs, declared once (ranges: docs/model/interface-choices.md). The
 * Dockerfile is kept as the text a person typed, or a sample's id; it is not parsed here: the view
 * parses it and shows a broken one with its errors rather than rejecting it.
 * `#/containers?sample=node-web&apps=6&appmem=256&appdisk=200&ctrs=3&second=1&repo=private`. A
 * person's own Dockerfile is kept apart from the samples, as `df=<the text>`: alone it means "your
 * own" is shown; beside a `sample` it is kept while the sample is shown, so choosing a sample never
 * loses it. The layer sizes a person set are `sizes=3:120,5:40` (line:MB); those set on your own
 * Dockerfile wait as `ownsizes=` while a sample is shown.
 */
import { CONTAINER_SAMPLE_IDS, type ContainerSampleId, type LayerSizeOverrides, type RepositoryVisibility } from '../../domain';
import { choice, flag, list, text, whole, type InputsOf } from '../../store/params';
import { defineViewState } from '../../store/view-state';

/** A sample's id, or 'custom' for your own Dockerfile (`dockerfile`, kept whichever is shown). */
export type SampleChoice = ContainerSampleId | 'custom';

/** A layer's size, set by a person, by the line of the instruction that makes the layer (MB). */
export const LAYER_SIZE_MB = { min: 0, max: 100_000 } as const;

/** Characters of Dockerfile kept, typed or in the link. */
const DOCKERFILE_CHARS = 8_000;
const DEFAULT_SAMPLE: SampleChoice = CONTAINER_SAMPLE_IDS[0];
const SAMPLES: readonly SampleChoice[] = [...CONTAINER_SAMPLE_IDS, 'custom'];
const SAMPLE_LIST = `one of ${CONTAINER_SAMPLE_IDS.join(', ')}`;
const VISIBILITIES: readonly RepositoryVisibility[] = ['public', 'private'];
const NO_SIZES: LayerSizeOverrides = Object.freeze({});

function readSizes(raw: string): { value: LayerSizeOverrides; problems: string[] } {
  const value: Record<number, number> = {};
  const problems: string[] = [];
  const { min, max } = LAYER_SIZE_MB;
  for (const part of raw.split(',').filter((p) => p.trim())) {
    const m = /^\s*(\d+):(\d+(?:\.\d+)?)\s*$/.exec(part);
    if (!m || Number(m[2]) > max || Number(m[2]) < min) problems.push(`sizes: "${part}" is not line:MB with MB from ${min} to ${max.toLocaleString('en-US')}: left out`);
    else value[Number(m[1])] = Number(m[2]);
  }
  return { value: Object.keys(value).length ? value : NO_SIZES, problems };
}

const writeSizes = (sizes: LayerSizeOverrides) => Object.entries(sizes).map(([line, mb]) => `${line}:${mb}`).join(',');

export const containersState = defineViewState({
  id: 'containers',
  params: {
    sample: choice<SampleChoice>({
      key: 'sample', label: 'Sample', values: SAMPLES, default: DEFAULT_SAMPLE, what: SAMPLE_LIST,
      omit: (i: { sample: SampleChoice }) => i.sample === 'custom',
    }),
    dockerfile: text({
      key: 'df', label: 'Dockerfile', default: '', maxLength: DOCKERFILE_CHARS,
      omit: (i: { sample: SampleChoice; dockerfile: string }) => i.sample !== 'custom' && i.dockerfile === '',
      examples: ['', 'FROM scratch', 'FROM node:20-alpine\n# build & run — ünïcødé ✓ 🐳\nRUN echo "a&b=c?d#e" && echo 100% \\\n    && echo done\nCOPY . .\n', 'RUNN nothing', '  \n'],
    }),
    layerSizes: list<LayerSizeOverrides>({
      // Each part left out is its own sentence: `refine` names them (the kit would join a list's problems into one).
      key: 'sizes', label: 'Layer sizes', unit: 'MB', default: NO_SIZES, parse: (raw) => ({ value: readSizes(raw).value, problems: [] }), format: writeSizes,
      omit: (i: { layerSizes: LayerSizeOverrides }) => Object.keys(i.layerSizes).length === 0,
      examples: [NO_SIZES, { 2: 120, 5: 40.5 }, { 10: 2.5, 11: 12 }, { 1: 0, 3: 100_000 }, { 4: 0.004, 400: 7 }],
    }),
    ownSizes: list<LayerSizeOverrides>({
      // The sizes set on your own Dockerfile, kept while a sample is shown (`sizes` are the sample's then).
      key: 'ownsizes', label: 'Your own layer sizes', unit: 'MB', default: NO_SIZES, parse: (raw) => ({ value: readSizes(raw).value, problems: [] }), format: writeSizes,
      omit: (i: { ownSizes: LayerSizeOverrides }) => Object.keys(i.ownSizes).length === 0,
      examples: [NO_SIZES, { 2: 120, 5: 40.5 }, { 1: 0, 3: 100_000 }],
    }),
    apps: whole({ key: 'apps', label: 'Apps', default: 6, min: 1, max: 12 }),
    appMemoryMB: whole({ key: 'appmem', label: 'Memory per app', unit: 'MB', default: 256, min: 16, max: 16_384 }),
    appDiskMB: whole({ key: 'appdisk', label: 'Disk per app', unit: 'MB', default: 200, min: 1, max: 100_000 }),
    containerCount: whole({ key: 'ctrs', label: 'Containers from the image', default: 3, min: 1, max: 6 }),
    secondImage: flag({ key: 'second', label: 'A second image on the same base', default: true }),
    visibility: choice<RepositoryVisibility>({ key: 'repo', label: 'Repository', values: VISIBILITIES, default: 'private', what: 'public or private' }),
  },
  // A `df` in the link is your own Dockerfile, exactly as written (spaces only included): shown
  // unless the link also names a sample, and kept either way.
  refine: (candidate, ctx) => {
    let { sample, dockerfile } = candidate;
    const changes: string[] = [];
    if (ctx.mode === 'link' && ctx.given('dockerfile')) {
      dockerfile = (ctx.raw('dockerfile') ?? '').slice(0, DOCKERFILE_CHARS);
      if (!ctx.given('sample')) sample = 'custom';
    } else if (ctx.mode === 'link' && sample === 'custom') {
      sample = DEFAULT_SAMPLE;
      changes.push(`sample "${ctx.raw('sample')}" is not ${SAMPLE_LIST}: used ${sample}`);
    }
    if (ctx.mode === 'link' && ctx.given('layerSizes')) changes.push(...readSizes(ctx.raw('layerSizes') ?? '').problems);
    if (ctx.mode === 'link' && ctx.given('ownSizes')) changes.push(...readSizes(ctx.raw('ownSizes') ?? '').problems.map((m) => `own${m}`));
    // Your own sizes wait beside a sample only: shown, they are `layerSizes`; with no text of your own, there are none.
    const ownSizes = sample === 'custom' || dockerfile === '' ? NO_SIZES : candidate.ownSizes;
    if (sample === candidate.sample && dockerfile === candidate.dockerfile && ownSizes === candidate.ownSizes) return { inputs: candidate, changes };
    return { inputs: { ...candidate, sample, dockerfile, ownSizes }, changes };
  },
});

export type ContainersInputs = InputsOf<typeof containersState.params>;

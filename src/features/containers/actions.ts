/** The containers view's intents. Parsing and layers are the domain's, in the view. */
import type { RepositoryVisibility } from '../../domain';
import { defineActions } from '../../store/view-hooks';
import { LAYER_SIZE_MB, containersState, type ContainersInputs, type SampleChoice } from './params';

export type AppFigures = Partial<Pick<ContainersInputs, 'apps' | 'appMemoryMB' | 'appDiskMB'>>;

export const containersActions = defineActions(containersState, (view) => ({
  /** A sample's own text, with no layer size of the last one kept. */
  chooseSample: (sample: SampleChoice) => view.commit({ sample, dockerfile: '', layerSizes: containersState.params.layerSizes.default }),
  /** The text as typed becomes your own Dockerfile; the layer sizes already set stay. */
  editDockerfile: (text: string) => view.commit({ sample: 'custom', dockerfile: text }),
  /** A layer's size by its line, kept to the kB (as the domain rounds sizes) within its range; null removes it. */
  setLayerSize: (line: number, sizeMB: number | null) => {
    const sizes = view.inputs().layerSizes;
    if (sizeMB === null && !(line in sizes)) return;
    const { [line]: _old, ...rest } = sizes;
    void _old;
    if (sizeMB === null) return view.commit({ layerSizes: rest });
    if (!Number.isFinite(sizeMB)) return;
    const kept = Math.min(LAYER_SIZE_MB.max, Math.max(LAYER_SIZE_MB.min, Math.round(sizeMB * 1000) / 1000));
    view.commit({ layerSizes: { ...rest, [line]: kept } });
  },
  setContainersCount: (containerCount: number) => view.commit({ containerCount }),
  /** Only the figures given change, each kept in its range. */
  setApps: (figures: AppFigures) => view.commit(figures),
  toggleSecondImage: () => view.commit({ secondImage: !view.inputs().secondImage }),
  setVisibility: (visibility: RepositoryVisibility) => view.commit({ visibility }),
}));

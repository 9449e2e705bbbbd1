/** The containers view's intents. Parsing and layers are the domain's, in the view. */
import { dockerfileSample, type LayerSizeOverrides, type RepositoryVisibility } from '../../domain';
import { defineActions } from '../../store/view-hooks';
import { LAYER_SIZE_MB, containersState, type ContainersInputs, type SampleChoice } from './params';

/** What was on screen before an edit replaced your own Dockerfile, to put back. */
export interface DockerfileSnapshot { sample: SampleChoice; dockerfile: string; layerSizes: LayerSizeOverrides; ownSizes: LayerSizeOverrides }

export type AppFigures = Partial<Pick<ContainersInputs, 'apps' | 'appMemoryMB' | 'appDiskMB'>>;

export const containersActions = defineActions(containersState, (view) => ({
  /**
   * A sample, with no layer size of the last one kept; your own Dockerfile and the sizes set on it
   * wait as they were. Choosing "Your own" shows them again, or, while you have none, starts it from
   * the sample on screen (with the sizes set on it, whose lines are the same).
   */
  chooseSample: (sample: SampleChoice) => {
    const { sample: shown, dockerfile, layerSizes, ownSizes } = view.inputs();
    if (sample === shown) return;
    const noSizes = containersState.params.layerSizes.default;
    if (sample !== 'custom') return view.commit({ sample, layerSizes: noSizes, ownSizes: shown === 'custom' ? layerSizes : ownSizes });
    if (dockerfile === '') return view.commit({ sample, dockerfile: dockerfileSample(shown).text });
    view.commit({ sample, layerSizes: ownSizes, ownSizes: noSizes });
  },
  /** The text as typed becomes your own Dockerfile (replacing any you had, sizes too); the layer sizes already set stay. */
  editDockerfile: (text: string) => view.commit({ sample: 'custom', dockerfile: text, ownSizes: containersState.params.ownSizes.default }),
  /** Undo: what was on screen, your own Dockerfile with it, back as it was. */
  restoreDockerfile: (before: DockerfileSnapshot) => view.commit(before),
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

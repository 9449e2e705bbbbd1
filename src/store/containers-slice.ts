/** The containers view's inputs and the intents that change them. Parsing and layers are the domain's, in the view. */
import type { StateCreator } from 'zustand';
import type { AppState } from './app-state';
import { wholeWithin } from './step-index';
import { CONTAINERS_LIMITS, DEFAULT_CONTAINERS, type ContainersInputs, type RepositoryVisibility } from './containers-defaults';

export interface ContainersSlice {
  containers: ContainersInputs;
  chooseSample: (sample: string) => void;
  editDockerfile: (text: string) => void;
  setLayerSize: (line: number, sizeMB: number | null) => void;
  setContainersCount: (count: number) => void;
  setApps: (patch: Partial<Pick<ContainersInputs, 'apps' | 'appMemoryMB' | 'appDiskMB'>>) => void;
  toggleSecondImage: () => void;
  setVisibility: (visibility: RepositoryVisibility) => void;
}


export const createContainersSlice: StateCreator<AppState, [], [], ContainersSlice> = (set, get) => {
  const patch = (p: Partial<ContainersInputs>) => set({ containers: { ...get().containers, ...p } });
  return {
    containers: DEFAULT_CONTAINERS,
    chooseSample: (sample) => patch({ sample, dockerfile: '', layerSizes: {} }),
    editDockerfile: (text) => patch({ sample: 'custom', dockerfile: text.slice(0, CONTAINERS_LIMITS.dockerfileChars) }),
    setLayerSize: (line, sizeMB) => {
      const { [line]: _old, ...rest } = get().containers.layerSizes;
      void _old;
      // Kept to the kB, as the domain rounds layer sizes, not to the whole MB: the size box takes 12.5.
      const [min, max] = CONTAINERS_LIMITS.layerSizeMB;
      patch({ layerSizes: sizeMB === null ? rest : { ...rest, [line]: Math.min(max, Math.max(min, Math.round(sizeMB * 1000) / 1000)) } });
    },
    setContainersCount: (count) => patch({ containerCount: wholeWithin(count, CONTAINERS_LIMITS.containerCount) }),
    setApps: (p) => {
      const c = get().containers;
      patch({
        apps: wholeWithin(p.apps ?? c.apps, CONTAINERS_LIMITS.apps),
        appMemoryMB: wholeWithin(p.appMemoryMB ?? c.appMemoryMB, CONTAINERS_LIMITS.appMemoryMB),
        appDiskMB: wholeWithin(p.appDiskMB ?? c.appDiskMB, CONTAINERS_LIMITS.appDiskMB),
      });
    },
    toggleSecondImage: () => patch({ secondImage: !get().containers.secondImage }),
    setVisibility: (visibility) => patch({ visibility }),
  };
};

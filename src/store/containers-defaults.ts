/**
 * Starting point and ranges of the containers view (UI choices, docs/model.md "Interface choices").
 * The Dockerfile is kept as the text a person typed (or a sample's id); the view parses it, so a
 * broken one is shown with its errors rather than rejected.
 */
export type RepositoryVisibility = 'public' | 'private';

export interface ContainersInputs {
  /** A sample's id, or 'custom' once the text was edited (then `dockerfile` holds it). */
  sample: string;
  dockerfile: string;
  /** Layer sizes a person set, by the line of the instruction that makes the layer (MB). */
  layerSizes: Readonly<Record<number, number>>;
  apps: number;
  appMemoryMB: number;
  appDiskMB: number;
  containerCount: number;
  secondImage: boolean;
  visibility: RepositoryVisibility;
}

export const DEFAULT_CONTAINERS: ContainersInputs = {
  sample: 'node-web',
  dockerfile: '',
  layerSizes: {},
  apps: 6,
  appMemoryMB: 256,
  appDiskMB: 200,
  containerCount: 3,
  secondImage: true,
  visibility: 'private',
};

export const CONTAINERS_LIMITS = {
  apps: [1, 12],
  appMemoryMB: [16, 16_384],
  appDiskMB: [1, 100_000],
  containerCount: [1, 6],
  layerSizeMB: [0, 100_000],
  /** Characters of Dockerfile kept in the link. */
  dockerfileChars: 8_000,
} as const;

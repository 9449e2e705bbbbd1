/**
 * The ids of the Dockerfile samples (samples.ts), on their own so the URL codec can check a
 * `sample=` value without loading the samples' text. The first is the view's default. No units.
 */
export const CONTAINER_SAMPLE_IDS = ['node-web', 'notes-apache', 'python-wasteful', 'python-tidy', 'go-multistage', 'broken'] as const;

export type ContainerSampleId = (typeof CONTAINER_SAMPLE_IDS)[number];

export function isContainerSampleId(value: string): value is ContainerSampleId {
  return (CONTAINER_SAMPLE_IDS as readonly string[]).includes(value);
}

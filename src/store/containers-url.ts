/**
 * The containers view's part of the URL: `#/containers?sample=node-web&apps=6&appmem=256&appdisk=200&ctrs=3&second=1&repo=private`,
 * an edited Dockerfile as `df=<the text>` instead of `sample`, and layer sizes a person set as
 * `sizes=3:120,5:40` (line:MB). The Dockerfile is not parsed here: the view shows its errors.
 */
import { CONTAINER_SAMPLE_IDS } from '../domain/containers/sample-ids';
import { CONTAINERS_LIMITS, type ContainersInputs, type RepositoryVisibility } from './containers-defaults';
import { readChoice, readFlag, readNumber, unknownKeys } from './url-params';

const KEYS = ['sample', 'df', 'sizes', 'apps', 'appmem', 'appdisk', 'ctrs', 'second', 'repo'] as const;
const VISIBILITIES: readonly RepositoryVisibility[] = ['public', 'private'];

export function encodeContainers(inputs: ContainersInputs, params: URLSearchParams): void {
  if (inputs.sample === 'custom') params.set('df', inputs.dockerfile);
  else params.set('sample', inputs.sample);
  const sizes = Object.entries(inputs.layerSizes).map(([line, mb]) => `${line}:${mb}`).join(',');
  if (sizes) params.set('sizes', sizes);
  params.set('apps', String(inputs.apps));
  params.set('appmem', String(inputs.appMemoryMB));
  params.set('appdisk', String(inputs.appDiskMB));
  params.set('ctrs', String(inputs.containerCount));
  params.set('second', inputs.secondImage ? '1' : '0');
  params.set('repo', inputs.visibility);
}

function readSizes(raw: string, problems: string[]): Record<number, number> {
  const sizes: Record<number, number> = {};
  raw.split(',').filter((p) => p.trim()).forEach((part) => {
    const m = /^\s*(\d+):(\d+(?:\.\d+)?)\s*$/.exec(part);
    const [min, max] = CONTAINERS_LIMITS.layerSizeMB;
    if (!m || Number(m[2]) > max || Number(m[2]) < min) problems.push(`sizes: "${part}" is not line:MB with MB from ${min} to ${max.toLocaleString('en-US')}: left out`);
    else sizes[Number(m[1])] = Number(m[2]);
  });
  return sizes;
}

export function decodeContainers(params: URLSearchParams, base: ContainersInputs): { inputs: ContainersInputs; problems: string[] } {
  const problems = unknownKeys(params, [...KEYS, 'edition']);
  let { sample, dockerfile } = base;
  const df = params.get('df');
  if (df !== null) {
    sample = 'custom';
    dockerfile = df.slice(0, CONTAINERS_LIMITS.dockerfileChars);
    if (df.length > dockerfile.length) problems.push(`df: the Dockerfile is longer than ${CONTAINERS_LIMITS.dockerfileChars.toLocaleString('en-US')} characters: the rest was left out`);
  } else if (params.has('sample')) {
    const read = readChoice(params, 'sample', CONTAINER_SAMPLE_IDS, CONTAINER_SAMPLE_IDS[0]!, `one of ${CONTAINER_SAMPLE_IDS.join(', ')}`);
    if (read.problem) problems.push(read.problem);
    sample = read.value;
    dockerfile = '';
  }
  const rawSizes = params.get('sizes');
  const layerSizes = rawSizes === null ? (params.has('df') || params.has('sample') ? {} : base.layerSizes) : readSizes(rawSizes, problems);
  const L = CONTAINERS_LIMITS;
  const apps = readNumber(params, 'apps', base.apps, { min: L.apps[0], max: L.apps[1], integer: true });
  const mem = readNumber(params, 'appmem', base.appMemoryMB, { min: L.appMemoryMB[0], max: L.appMemoryMB[1], integer: true, unit: 'MB' });
  const disk = readNumber(params, 'appdisk', base.appDiskMB, { min: L.appDiskMB[0], max: L.appDiskMB[1], integer: true, unit: 'MB' });
  const ctrs = readNumber(params, 'ctrs', base.containerCount, { min: L.containerCount[0], max: L.containerCount[1], integer: true });
  const second = readFlag(params, 'second', base.secondImage);
  const repo = readChoice<RepositoryVisibility>(params, 'repo', VISIBILITIES, base.visibility, 'public or private');
  for (const r of [apps, mem, disk, ctrs, second, repo]) if (r.problem) problems.push(r.problem);
  return {
    inputs: {
      sample, dockerfile, layerSizes, apps: apps.value, appMemoryMB: mem.value, appDiskMB: disk.value,
      containerCount: ctrs.value, secondImage: second.value, visibility: repo.value,
    },
    problems,
  };
}

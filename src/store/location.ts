/**
 * The whole URL codec: `#/<view>?edition=current&<the view's keys>`. The hash keeps routing on any
 * static host and sub-path. decodeLocation never throws: whatever it could not use is reported.
 * Each view with state registers its slice key, defaults, encoder and decoder in VIEW_CODECS.
 */
import type { Edition } from '../domain';
import { isEdition } from '../domain/types';
import { DEFAULT_AMI, type AmiViewInputs } from './ami-defaults';
import { decodeAmi, encodeAmi } from './ami-url';
import { DEFAULT_BURST, type BurstInputs } from './burst-defaults';
import { DEFAULT_CONTAINERS, type ContainersInputs } from './containers-defaults';
import { decodeContainers, encodeContainers } from './containers-url';
import { DEFAULT_ECS, type EcsInputs } from './ecs-defaults';
import { decodeEcs, encodeEcs } from './ecs-url';
import { decodeBurst, encodeBurst } from './burst-url';
import { DEFAULT_EBS, type EbsInputs } from './ebs-defaults';
import { DEFAULT_ENCRYPTION, type EncryptionViewInputs } from './encryption-defaults';
import { decodeEncryption, encodeEncryption } from './encryption-url';
import { decodeEbs, encodeEbs } from './ebs-url';
import { ROUTE_PATHS, routeForPath, type RouteId } from './routes';
import { DEFAULT_SNAPSHOTS, type SnapshotInputs } from './snapshot-defaults';
import { decodeSnapshots, encodeSnapshots } from './snapshot-url';

export const DEFAULT_EDITION: Edition = 'saa-c02';

export interface LocationState {
  route: RouteId;
  edition: Edition;
  ebs: EbsInputs;
  burst: BurstInputs;
  snapshots: SnapshotInputs;
  encryption: EncryptionViewInputs;
  ami: AmiViewInputs;
  containers: ContainersInputs;
  ecs: EcsInputs;
}

export interface DecodedLocation extends LocationState {
  problems: string[];
}

type ViewKey = 'ebs' | 'burst' | 'snapshots' | 'encryption' | 'ami' | 'containers' | 'ecs';

interface ViewCodec<K extends ViewKey> {
  key: K;
  defaults: LocationState[K];
  encode: (inputs: LocationState[K], params: URLSearchParams, edition: Edition) => void;
  decode: (params: URLSearchParams, base: LocationState[K], edition: Edition) => { inputs: LocationState[K]; problems: string[] };
}

const VIEW_CODECS: { [R in RouteId]?: ViewCodec<ViewKey> } = {
  ebs: { key: 'ebs', defaults: DEFAULT_EBS, encode: encodeEbs, decode: decodeEbs } as ViewCodec<'ebs'> as unknown as ViewCodec<ViewKey>,
  burst: { key: 'burst', defaults: DEFAULT_BURST, encode: encodeBurst, decode: decodeBurst } as ViewCodec<'burst'> as unknown as ViewCodec<ViewKey>,
  snapshots: { key: 'snapshots', defaults: DEFAULT_SNAPSHOTS, encode: encodeSnapshots, decode: decodeSnapshots } as ViewCodec<'snapshots'> as unknown as ViewCodec<ViewKey>,
  encryption: { key: 'encryption', defaults: DEFAULT_ENCRYPTION, encode: encodeEncryption, decode: decodeEncryption } as ViewCodec<'encryption'> as unknown as ViewCodec<ViewKey>,
  ami: { key: 'ami', defaults: DEFAULT_AMI, encode: encodeAmi, decode: decodeAmi } as ViewCodec<'ami'> as unknown as ViewCodec<ViewKey>,
  containers: { key: 'containers', defaults: DEFAULT_CONTAINERS, encode: encodeContainers, decode: decodeContainers } as ViewCodec<'containers'> as unknown as ViewCodec<ViewKey>,
  ecs: { key: 'ecs', defaults: DEFAULT_ECS, encode: encodeEcs, decode: decodeEcs } as ViewCodec<'ecs'> as unknown as ViewCodec<ViewKey>,
};

/** Paths are read case-insensitively and without a trailing slash: `#/EBS/` is `#/ebs`. */
export function parseHash(hash: string): { path: string; params: URLSearchParams } {
  const body = hash.replace(/^#/, '');
  const q = body.indexOf('?');
  const raw = (q === -1 ? body : body.slice(0, q)).toLowerCase().replace(/\/+$/, '') || '/';
  return { path: raw.startsWith('/') ? raw : `/${raw}`, params: new URLSearchParams(q === -1 ? '' : body.slice(q + 1)) };
}

export function encodeLocation(state: LocationState, route: RouteId = state.route): string {
  const params = new URLSearchParams();
  params.set('edition', state.edition);
  const codec = VIEW_CODECS[route];
  if (codec) codec.encode(state[codec.key], params, state.edition);
  return `#${ROUTE_PATHS[route]}?${params.toString()}`;
}

/**
 * Values missing from the link: a link that sets any of its view's keys is read as a whole, so its
 * missing keys take the defaults (two people opening the same link see the same view, whatever
 * either had saved); a bare `#/ebs` (a navigation link) keeps what is on screen. Every view's state
 * stays valid in the edition in force, even when another view is shown.
 */
export function decodeLocation(hash: string, current: LocationState): DecodedLocation {
  const { path, params } = parseHash(hash);
  const problems: string[] = [];
  let route = routeForPath(path);
  if (!route) {
    problems.push(`There is no view at #${path}: showing the home page`);
    route = 'home';
  }
  const codec = VIEW_CODECS[route];
  const wholeLink = codec !== undefined && [...params.keys()].some((k) => k !== 'edition');
  let edition = wholeLink ? DEFAULT_EDITION : current.edition;
  const rawEdition = params.get('edition');
  if (rawEdition !== null) {
    if (isEdition(rawEdition)) edition = rawEdition;
    else problems.push(`edition "${rawEdition}" is not saa-c02 or current: used ${edition}`);
  }
  const next: LocationState = { route, edition, ebs: current.ebs, burst: current.burst, snapshots: current.snapshots, encryption: current.encryption, ami: current.ami, containers: current.containers, ecs: current.ecs };
  for (const c of Object.values(VIEW_CODECS)) {
    if (!c) continue;
    if (c === codec) {
      const decoded = c.decode(params, wholeLink ? c.defaults : current[c.key], edition);
      Object.assign(next, { [c.key]: decoded.inputs });
      problems.push(...decoded.problems);
    } else if (edition !== current.edition) {
      Object.assign(next, { [c.key]: c.decode(new URLSearchParams(), current[c.key], edition).inputs });
    }
  }
  return { ...next, problems };
}

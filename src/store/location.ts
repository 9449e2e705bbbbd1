/**
 * The whole URL codec: `#/<view>?edition=current&<the view's keys>`. The hash keeps routing on any
 * static host and sub-path. decodeLocation never throws: whatever it could not use is reported.
 */
import { isEdition, type Edition } from '../domain';
import type { EbsInputs } from './ebs-defaults';
import { decodeEbs, encodeEbs } from './ebs-url';
import { ROUTE_PATHS, routeForPath, type RouteId } from './routes';

export interface LocationState {
  route: RouteId;
  edition: Edition;
  ebs: EbsInputs;
}

export interface DecodedLocation extends LocationState {
  problems: string[];
}

export function parseHash(hash: string): { path: string; params: URLSearchParams } {
  const body = hash.replace(/^#/, '');
  const q = body.indexOf('?');
  const path = (q === -1 ? body : body.slice(0, q)) || '/';
  return { path: path.startsWith('/') ? path : `/${path}`, params: new URLSearchParams(q === -1 ? '' : body.slice(q + 1)) };
}

export function encodeLocation(state: LocationState, route: RouteId = state.route): string {
  const params = new URLSearchParams();
  params.set('edition', state.edition);
  if (route === 'ebs') encodeEbs(state.ebs, params, state.edition);
  return `#${ROUTE_PATHS[route]}?${params.toString()}`;
}

export function decodeLocation(hash: string, base: LocationState): DecodedLocation {
  const { path, params } = parseHash(hash);
  const problems: string[] = [];
  let route = routeForPath(path);
  if (!route) {
    problems.push(`There is no view at #${path}: showing the home page`);
    route = 'home';
  }
  let edition = base.edition;
  const rawEdition = params.get('edition');
  if (rawEdition !== null) {
    if (isEdition(rawEdition)) edition = rawEdition;
    else problems.push(`edition "${rawEdition}" is not saa-c02 or current: used ${base.edition}`);
  }
  let ebs = base.ebs;
  if (route === 'ebs') {
    const decoded = decodeEbs(params, base.ebs, edition);
    ebs = decoded.inputs;
    problems.push(...decoded.problems);
  } else if (edition !== base.edition) {
    // The EBS inputs must stay valid in the edition now in force, even when another view is shown.
    ebs = decodeEbs(new URLSearchParams(), base.ebs, edition).inputs;
  }
  return { route, edition, ebs, problems };
}

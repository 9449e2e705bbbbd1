/**
 * The whole URL codec: `#/<view>?edition=current&<the view's keys>`. The hash keeps routing on any
 * static host and sub-path. decodeLocation never throws: whatever it could not use is reported.
 */
import { isEdition, type Edition } from '../domain';
import { DEFAULT_EBS, type EbsInputs } from './ebs-defaults';

export const DEFAULT_EDITION: Edition = 'saa-c02';
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
  if (route === 'ebs') encodeEbs(state.ebs, params, state.edition);
  return `#${ROUTE_PATHS[route]}?${params.toString()}`;
}

/**
 * Values missing from the link: a link that sets any of its view's keys is read as a whole, so its
 * missing keys take the defaults (two people opening the same link see the same view, whatever
 * either had saved); a bare `#/ebs` (a navigation link) keeps what is on screen.
 */
export function decodeLocation(hash: string, current: LocationState): DecodedLocation {
  const { path, params } = parseHash(hash);
  const problems: string[] = [];
  let route = routeForPath(path);
  if (!route) {
    problems.push(`There is no view at #${path}: showing the home page`);
    route = 'home';
  }
  const wholeLink = route === 'ebs' && [...params.keys()].some((k) => k !== 'edition');
  const base: LocationState = wholeLink ? { ...current, edition: DEFAULT_EDITION, ebs: DEFAULT_EBS } : current;
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

/** The views that exist, by id and hash path. The app maps each id to a component. */
export type RouteId = 'home' | 'ebs' | 'burst';

export const ROUTE_PATHS: Readonly<Record<RouteId, string>> = {
  home: '/',
  ebs: '/ebs',
  burst: '/burst',
};

export function routeForPath(path: string): RouteId | undefined {
  return (Object.keys(ROUTE_PATHS) as RouteId[]).find((id) => ROUTE_PATHS[id] === path);
}

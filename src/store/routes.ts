/** The views that exist, by id and hash path. The app maps each id to a component. */
export type RouteId = 'home' | 'ebs' | 'burst' | 'snapshots' | 'encryption' | 'ami' | 'containers' | 'ecs';

export const ROUTE_PATHS: Readonly<Record<RouteId, string>> = {
  home: '/',
  ebs: '/ebs',
  burst: '/burst',
  snapshots: '/snapshots',
  encryption: '/encryption',
  ami: '/ami',
  containers: '/containers',
  ecs: '/ecs',
};

export function routeForPath(path: string): RouteId | undefined {
  return (Object.keys(ROUTE_PATHS) as RouteId[]).find((id) => ROUTE_PATHS[id] === path);
}

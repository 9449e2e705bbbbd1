/**
 * What the app starts with: defaults, then what was saved locally (silently validated: an old or
 * damaged save just falls back), then the URL on top, whose problems become a notice. A link that
 * sets its view's keys ignores the save altogether (see decodeLocation).
 * Saved state uses the URL codec itself, so there is one format to validate.
 */
import { DEFAULT_AMI } from './ami-defaults';
import { DEFAULT_BURST } from './burst-defaults';
import { DEFAULT_CONTAINERS } from './containers-defaults';
import { DEFAULT_ECS } from './ecs-defaults';
import { DEFAULT_EBS } from './ebs-defaults';
import { DEFAULT_ENCRYPTION } from './encryption-defaults';
import { DEFAULT_SNAPSHOTS } from './snapshot-defaults';
import { DEFAULT_EDITION, decodeLocation, encodeLocation, type LocationState } from './location';
import { noticeFrom, type Notice } from './app-slice';

export const STORAGE_KEY = 'ec2x.state.v1';

export const DEFAULT_LOCATION: LocationState = {
  route: 'home', edition: DEFAULT_EDITION, ebs: DEFAULT_EBS, burst: DEFAULT_BURST, snapshots: DEFAULT_SNAPSHOTS, encryption: DEFAULT_ENCRYPTION, ami: DEFAULT_AMI,
  containers: DEFAULT_CONTAINERS, ecs: DEFAULT_ECS,
};

export function initialStateFrom(hash: string, saved: string | null): LocationState & { notices: Notice[] } {
  let base = DEFAULT_LOCATION;
  if (saved) {
    // The save holds one fragment per view (`#/ebs?...`, `#/burst?...`, ...), one per line.
    base = saved.split('\n').filter(Boolean).reduce<LocationState>((acc, fragment) => {
      const restored = decodeLocation(fragment, acc);
      return { ...restored, route: 'home' };
    }, DEFAULT_LOCATION);
  }
  const { problems, ...state } = decodeLocation(hash || '#/', base);
  return { ...state, notices: noticeFrom('Some values in the link could not be used', problems) };
}

/** Everything worth keeping between visits: each view's URL fragment, one per line. */
export function stateForStorage(state: LocationState): string {
  return (['ebs', 'burst', 'snapshots', 'encryption', 'ami', 'containers', 'ecs'] as const).map((view) => encodeLocation(state, view)).join('\n');
}

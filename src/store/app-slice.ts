/**
 * The shell's state: which view is shown, the figures edition every view reads, and notices
 * (what a link contained that could not be used). Location changes arrive as `applyLocation`.
 */
import type { StateCreator } from 'zustand';
import type { Edition } from '../domain';
import { firstInstanceName, isInstanceName } from '../domain/catalog/instance-names';
import { clampVolume } from '../domain/ebs/clamp';
import { DEFAULT_AMI } from './ami-defaults';
import { DEFAULT_BURST } from './burst-defaults';
import { DEFAULT_CONTAINERS } from './containers-defaults';
import { DEFAULT_ECS } from './ecs-defaults';
import { DEFAULT_EBS } from './ebs-defaults';
import { DEFAULT_ENCRYPTION } from './encryption-defaults';
import { DEFAULT_SNAPSHOTS } from './snapshot-defaults';
import { describeAdjustment } from './ebs-slice';
import { decodeLocation, encodeLocation } from './location';
import type { RouteId } from './routes';
import type { AppState } from './app-state';

export interface Notice {
  id: number;
  title: string;
  items: string[];
}

export interface AppSlice {
  route: RouteId;
  edition: Edition;
  notices: Notice[];
  applyLocation: (hash: string) => void;
  switchEdition: (edition: Edition) => void;
  dismissNotice: (id: number) => void;
  resetView: (route: RouteId) => void;
}

let nextNoticeId = 1;

export function noticeFrom(title: string, items: string[]): Notice[] {
  return items.length ? [{ id: nextNoticeId++, title, items }] : [];
}

/** `notices` with `items` added: to the last notice when it has the same title, else as a new one. */
export function withNoticeItems(notices: Notice[], title: string, items: string[]): Notice[] {
  if (!items.length) return notices;
  const last = notices.at(-1);
  if (last?.title === title) return [...notices.slice(0, -1), { ...last, items: [...last.items, ...items] }];
  return [...notices, ...noticeFrom(title, items)];
}

export const createAppSlice: StateCreator<AppState, [], [], AppSlice> = (set, get) => ({
  route: 'home',
  edition: 'saa-c02',
  notices: [],
  applyLocation: (hash) => {
    const s = get();
    if (hash === encodeLocation(s)) return;
    const { problems, ...next } = decodeLocation(hash, s);
    set({ ...next, ebsAdjustments: [], notices: [...s.notices, ...noticeFrom('Some values in the link could not be used', problems)] });
  },
  switchEdition: (edition) => {
    const s = get();
    if (edition === s.edition) return;
    const { volume, adjustments } = clampVolume(s.ebs.volume, edition);
    const messages = adjustments.map(describeAdjustment);
    let instance = s.ebs.instance;
    if (!isInstanceName(instance, edition)) {
      instance = firstInstanceName(edition);
      messages.push(`Instance set to ${instance}: ${s.ebs.instance} is not in this edition's table.`);
    }
    set({ edition, ebs: { ...s.ebs, volume, instance }, ebsAdjustments: messages });
  },
  dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
  resetView: (route) => {
    if (route === 'ebs') set({ ebs: DEFAULT_EBS, ebsAdjustments: [] });
    if (route === 'burst') set({ burst: DEFAULT_BURST, burstMessages: [] });
    if (route === 'snapshots') set({ snapshots: DEFAULT_SNAPSHOTS, snapshotMessages: [] });
    if (route === 'encryption') set({ encryption: DEFAULT_ENCRYPTION });
    if (route === 'ami') set({ ami: DEFAULT_AMI, amiMessages: [] });
    if (route === 'containers') set({ containers: DEFAULT_CONTAINERS });
    if (route === 'ecs') set({ ecs: DEFAULT_ECS });
  },
});

/**
 * The shell's state: which view is shown, the figures edition every view reads, and notices
 * (what a link contained that could not be used). Location changes arrive as `applyLocation`.
 */
import type { StateCreator } from 'zustand';
import type { Edition } from '../domain';
import { DEFAULT_EBS } from './ebs-defaults';
import { decodeEbs } from './ebs-url';
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
    const { inputs, problems } = decodeEbs(new URLSearchParams(), s.ebs, edition);
    set({ edition, ebs: inputs, ebsAdjustments: problems });
  },
  dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
  resetView: (route) => {
    if (route === 'ebs') set({ ebs: DEFAULT_EBS, ebsAdjustments: [] });
  },
});

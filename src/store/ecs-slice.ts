/** The ECS view's inputs: the definitions a person builds and the workload it prices. Checks are the domain's, in the view. */
import type { StateCreator } from 'zustand';
import type { AppState } from './app-state';
import { withNoticeItems } from './app-slice';
import { DEFAULT_ECS, ECS_LIMITS, type EcsInputs } from './ecs-defaults';

type NumberField = 'port' | 'memoryMiB' | 'desiredCount' | 'azCount' | 'hoursPerDay' | 'ec2UsdPerHour' | 'ec2Vcpu' | 'ec2MemoryGB' | 'utilisationPercent';

export interface EcsSlice {
  ecs: EcsInputs;
  chooseEcs: (patch: Partial<EcsInputs>) => void;
  /** A link's Fargate size that is not valid, replaced by the view with the nearest valid one. */
  fixTaskSize: (cpuUnits: number, memoryMiB: number, reason: string) => void;
}

const INTEGER: ReadonlySet<NumberField> = new Set(['port', 'memoryMiB', 'desiredCount', 'azCount', 'utilisationPercent', 'ec2Vcpu']);

/** Keeps every number within the view's ranges (whole where it must be) and the image short. */
export function fitEcs(e: EcsInputs): EcsInputs {
  const out = { ...e, image: e.image.slice(0, ECS_LIMITS.imageChars) };
  for (const key of Object.keys(ECS_LIMITS) as (keyof typeof ECS_LIMITS)[]) {
    if (key === 'imageChars') continue;
    const [min, max] = ECS_LIMITS[key];
    const v = Number.isFinite(out[key]) ? out[key] : DEFAULT_ECS[key];
    out[key] = Math.min(max, Math.max(min, INTEGER.has(key) ? Math.round(v) : v));
  }
  return out;
}

export const createEcsSlice: StateCreator<AppState, [], [], EcsSlice> = (set, get) => ({
  ecs: DEFAULT_ECS,
  chooseEcs: (patch) => set({ ecs: fitEcs({ ...get().ecs, ...patch }) }),
  fixTaskSize: (cpuUnits, memoryMiB, reason) => set({
    ecs: { ...get().ecs, cpuUnits, memoryMiB },
    notices: withNoticeItems(get().notices, 'Some values in the link could not be used', [`${reason} Used ${cpuUnits.toLocaleString('en-US')} CPU units and ${memoryMiB.toLocaleString('en-US')} MiB.`]),
  }),
});

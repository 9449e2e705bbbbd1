import { useCallback, useMemo } from 'react';
import { formatNumber } from '../../components/format';
import { RangeField } from '../../components/range-field';
import { Section } from '../../components/section';
import { SourceText } from '../../components/source-text';
import { compareVmsAndContainers, VM_ASSUMPTIONS, vmAssumptionsText } from '../../domain';
import { useActions, useInput } from '../../store/view-hooks';
import { containersActions } from './actions';
import { containersState } from './params';
import { VmDrawing } from './vm-drawing';

const { apps: APPS, appMemoryMB: MEMORY, appDiskMB: DISK } = containersState.params;

function Bar({ label, value, max, unit }: { label: string; value: number; max: number; unit: string }) {
  return (
    <div className="text-sm">
      <div className="flex justify-between gap-2"><span>{label}</span><span className="tabular-nums">{formatNumber(value)} {unit}</span></div>
      <div className="h-3 rounded bg-slate-200 dark:bg-slate-700" aria-hidden="true">
        <div className="h-3 origin-left rounded bg-teal-700 dark:bg-teal-400" style={{ transform: `scaleX(${max ? value / max : 0})` }} />
      </div>
    </div>
  );
}

/** Several apps as VMs, each with its own guest OS, against one host OS running them as containers. */
export function VmPanel() {
  const apps = useInput(containersState, 'apps');
  const appMemoryMB = useInput(containersState, 'appMemoryMB');
  const appDiskMB = useInput(containersState, 'appDiskMB');
  const c = { apps, appMemoryMB, appDiskMB };
  const { setApps } = useActions(containersActions);
  const onApps = useCallback((n: number) => setApps({ apps: n }), [setApps]);
  const onMemory = useCallback((n: number) => setApps({ appMemoryMB: n }), [setApps]);
  const onDisk = useCallback((n: number) => setApps({ appDiskMB: n }), [setApps]);
  const cmp = useMemo(() => compareVmsAndContainers(
    Array.from({ length: c.apps }, (_, i) => ({ name: `app ${i + 1}`, memoryMB: c.appMemoryMB, diskMB: c.appDiskMB })),
  ), [c.apps, c.appMemoryMB, c.appDiskMB]);
  const maxMem = Math.max(cmp.vms.memoryMB, cmp.containers.memoryMB);
  const maxDisk = Math.max(cmp.vms.diskMB, cmp.containers.diskMB);
  const maxStart = Math.max(cmp.vms.startSeconds, cmp.containers.startSeconds);
  return (
    <Section title="Virtual machines against containers">
      <VmDrawing apps={c.apps} />
      <div className="mt-3 grid gap-3 sm:grid-cols-3">
        <RangeField label={APPS.label} unit="apps" value={c.apps} min={APPS.min!} max={APPS.max!} onChange={onApps} />
        <RangeField label={MEMORY.label} unit={MEMORY.unit!} scale="log" value={c.appMemoryMB} min={MEMORY.min!} max={MEMORY.max!} onChange={onMemory} />
        <RangeField label={DISK.label} unit={DISK.unit!} scale="log" value={c.appDiskMB} min={DISK.min!} max={DISK.max!} onChange={onDisk} />
      </div>
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <div className="space-y-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
          <h3 className="font-semibold">{c.apps} VM{c.apps === 1 ? '' : 's'}: each app with its own guest OS, over one host OS</h3>
          <Bar label="Memory" value={cmp.vms.memoryMB} max={maxMem} unit="MB" />
          <Bar label="Disk" value={cmp.vms.diskMB} max={maxDisk} unit="MB" />
          <Bar label="Start" value={cmp.vms.startSeconds} max={maxStart} unit="s" />
          <p className="text-xs">Duplicated: {formatNumber(cmp.vms.duplicatedOsMemoryMB)} MB of memory and {formatNumber(cmp.vms.duplicatedOsDiskMB)} MB of disk hold the same operating system again and again.</p>
        </div>
        <div className="space-y-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
          <h3 className="font-semibold">One host OS and a container engine, {c.apps} container{c.apps === 1 ? '' : 's'}</h3>
          <Bar label="Memory" value={cmp.containers.memoryMB} max={maxMem} unit="MB" />
          <Bar label="Disk" value={cmp.containers.diskMB} max={maxDisk} unit="MB" />
          <Bar label="Start" value={cmp.containers.startSeconds} max={maxStart} unit="s" />
          <p className="text-xs">Containers are processes of the host OS: no guest OS to boot or store, and they share image layers.</p>
        </div>
      </div>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        Every figure besides your apps' is an assumption: {vmAssumptionsText()} (<SourceText source={VM_ASSUMPTIONS.source} />).
      </p>
    </Section>
  );
}

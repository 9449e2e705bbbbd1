import { Section } from '../../components/section';
import { ChartPanel } from './chart-panel';
import { SimulationProvider } from './use-simulation';
import { Readouts } from './readouts';
import { VolumePicker } from './volume-picker';
import { WorkloadEditor } from './workload-editor';

export default function BurstView() {
  return (
    <SimulationProvider>
    <div className="space-y-4 sm:space-y-6">
      <div className="max-w-3xl space-y-1 sm:space-y-2">
        <h1 tabIndex={-1} className="text-2xl font-bold tracking-tight sm:text-3xl">Burst-credit explorer</h1>
        <p className="text-sm text-slate-700 sm:text-base dark:text-slate-300">
          gp2 volumes under 1,000 GiB and every st1 and sc1 volume earn credits at their baseline rate and spend them to burst:
          watch the bucket run dry, and see what gp3 would do instead.
        </p>
      </div>
      {/* The picture comes first, on a phone too: the chart and its answer, then the volume and the
          workload (beside it on a wide screen). */}
      <div className="grid gap-6 lg:grid-cols-[minmax(18rem,28rem)_1fr] lg:grid-rows-[auto_1fr]">
        <div className="min-w-0 space-y-6 lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <ChartPanel />
          <Readouts />
        </div>
        <div className="min-w-0 lg:col-start-1 lg:row-start-1">
          <Section title="Volume"><VolumePicker /></Section>
        </div>
        <div className="min-w-0 lg:col-start-1 lg:row-start-2">
          <Section title="Workload"><WorkloadEditor /></Section>
        </div>
      </div>
    </div>
    </SimulationProvider>
  );
}

import { lazy, Suspense, useMemo } from 'react';
import { envelopeLabels, landmarks, performanceEnvelope, type EnvelopeMetric } from '../../domain';
import { AfterPaint } from '../../components/after-paint';
import { ChoiceGroup } from '../../components/choice-group';
import { Section } from '../../components/section';
import { formatNumber } from '../../components/format';
import { useActions, useInput } from '../../store/view-hooks';
import { ebsActions } from './actions';
import { ebsState } from './params';
import { typeName, usePerformance, useVolume } from './use-volume';

const EnvelopeChart = lazy(() => import('./envelope-chart'));
const PLACEHOLDER = <div className="h-[300px] animate-pulse rounded-md bg-slate-100 dark:bg-slate-800" role="status">Loading chart…</div>;

const METRICS = [
  { value: 'iops', label: 'IOPS' },
  { value: 'throughput', label: 'Throughput (MiB/s)' },
] as const;

export function EnvelopePanel() {
  const { volume, edition } = useVolume();
  const metric = useInput(ebsState, 'chartMetric');
  const { setChartMetric: setMetric } = useActions(ebsActions);
  const p = usePerformance();
  const { type } = volume;
  const points = useMemo(() => performanceEnvelope(type, edition, metric), [type, edition, metric]);
  const marks = useMemo(() => landmarks(type, edition, metric), [type, edition, metric]);
  const labels = useMemo(() => envelopeLabels(type, edition), [type, edition]);
  const current = metric === 'iops' ? p.baselineIops : p.baselineThroughputMiBps;
  const unit = metric === 'iops' ? 'IOPS' : 'MiB/s';
  const first = points[0];
  const last = points[points.length - 1];

  return (
    <Section
      title={`${typeName(type, edition)} performance against size`}
      actions={<ChoiceGroup<EnvelopeMetric> legend="Chart shows" choices={METRICS} value={metric} onChange={setMetric} />}
    >
      <figure>
        <AfterPaint fallback={PLACEHOLDER}>
          <Suspense fallback={PLACEHOLDER}>
            <EnvelopeChart points={points} landmarks={marks} labels={labels} unit={unit} metric={metric} />
          </Suspense>
        </AfterPaint>
        <figcaption className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          <span aria-hidden="true" className="mr-1 inline-block size-3 rounded-full border-2 border-white bg-red-600 align-middle" />
          The red dot is your volume: {formatNumber(volume.sizeGiB)} GiB at {formatNumber(current, 1)} {unit}.{' '}
          {labels.lower} and {labels.upper.toLowerCase()} {unit} from {formatNumber(first?.sizeGiB ?? 0)} GiB
          ({formatNumber(first?.lower ?? 0, 1)} to {formatNumber(first?.upper ?? 0, 1)} {unit}) to {formatNumber(last?.sizeGiB ?? 0)} GiB
          ({formatNumber(last?.lower ?? 0, 1)} to {formatNumber(last?.upper ?? 0, 1)} {unit}), both axes on a log scale.
          {marks.length ? ` Landmarks: ${marks.map((m) => m.label).join('; ')}.` : ''}
        </figcaption>
      </figure>
    </Section>
  );
}

import { useCallback, useMemo } from 'react';
import { compareTypes, movedMiBps, type CompareRow, type Edition, type IoPattern, type Need, type Volume } from '../../domain';
import { ChoiceGroup } from '../../components/choice-group';
import { NumberField } from '../../components/number-field';
import { Section } from '../../components/section';
import { SourceText } from '../../components/source-text';
import { formatNumber, formatUsd } from '../../components/format';
import { useActions, useEdition } from '../../store/view-hooks';
import { boundsOf } from '../../store/view-state';
import { ebsActions } from './actions';
import { ebsState } from './params';
import { revealVolumeSettings, typeName, useNeed } from './use-volume';

const PATTERNS = [
  { value: 'random', label: 'Random small I/O', description: 'databases, boot volumes' },
  { value: 'sequential', label: 'Sequential large I/O', description: 'logs, streaming, big data' },
] as const;

const unitText = (kib: number) => (kib >= 1_024 ? `${formatNumber(kib / 1_024)} MiB` : `${formatNumber(kib)} KiB`);

/** How this type counts the need: "6,000 I/Os of 16 KiB; SSD counts each as one". */
function counted(row: CompareRow): string {
  const s = row.sized;
  const family = s.ioUnitKiB >= 1_024 ? 'HDD' : 'SSD';
  const ios = `${formatNumber(s.ioIops, 1)} I/Os of ${formatNumber(s.ioSizeKiB)} KiB`;
  const each = s.ioSizeKiB / s.ioUnitKiB;
  const how = Math.abs(s.iops - s.ioIops) < 1e-9
    ? `${family} counts each as one`
    : s.pattern === 'sequential' && each < 1
      ? `${family} merges them into ${formatNumber(s.iops, 1)} I/Os of ${unitText(s.ioUnitKiB)}`
      : `${family} counts each as ${formatNumber(s.iops / s.ioIops, 2)} of ${unitText(s.ioUnitKiB)}: ${formatNumber(s.iops, 1)} IOPS`;
  return `${ios}; ${how}`;
}

/** The type's name in the comparison; in 2021 Block Express was a preview on R5b only (UG21). */
function compareName(type: CompareRow['type'], edition: Edition): string {
  return type === 'io2-block-express' && edition === 'saa-c02' ? `${typeName(type, edition)} (R5b only, preview)` : typeName(type, edition);
}

/** What the I/Os asked carry, and what each type is sized for when the MiB/s asked are more. */
function carriedText(need: Need): string {
  const moved = movedMiBps(need.iops, need.ioSizeKiB);
  const carried = `${formatNumber(need.iops)} x ${formatNumber(need.ioSizeKiB)} KiB = ${formatNumber(moved, moved < 10 ? 1 : 0)} MiB/s.`;
  if (need.throughputMiBps > moved + 1e-9) {
    const ios = (need.throughputMiBps * 1_024) / need.ioSizeKiB;
    return `${carried} The ${formatNumber(need.throughputMiBps, 1)} MiB/s asked is more, so the need implies larger I/Os or more IOPS at that size: `
      + `each type is sized for more IOPS, max(${formatNumber(need.iops)}, ${formatNumber(need.throughputMiBps, 1)} MiB/s / ${formatNumber(need.ioSizeKiB)} KiB) = ${formatNumber(ios, 1)} IOPS of ${formatNumber(need.ioSizeKiB)} KiB.`;
  }
  if (moved > need.throughputMiBps + 1e-9) return `${carried} That is more than the throughput asked: each type is sized for ${formatNumber(moved, 1)} MiB/s.`;
  return carried;
}

function configuration(v: Volume): string {
  const parts = [`${formatNumber(v.sizeGiB)} GiB`];
  if (v.iops !== undefined) parts.push(`${formatNumber(v.iops)} IOPS`);
  if (v.throughputMiBps !== undefined) parts.push(`${formatNumber(v.throughputMiBps)} MiB/s`);
  return parts.join(', ');
}

/** One type's answer: a card on a phone, a row of a grid on a wide screen. */
function Result({ row, edition, onUse }: { row: CompareRow; edition: Edition; onUse: (v: Volume) => void }) {
  const name = compareName(row.type, edition);
  return (
    <li className={`grid grid-cols-[1fr_auto] items-center gap-x-3 gap-y-1 rounded-lg border p-3 sm:grid-cols-[9rem_1fr_12rem_6rem_4rem] ${
      row.cheapest ? 'border-teal-600 bg-teal-50 dark:border-teal-400 dark:bg-teal-950/50' : 'border-slate-200 dark:border-slate-700'}`}>
      <span className="font-semibold">
        {name}
        {row.cheapest ? <span className="ml-2 rounded bg-teal-700 px-1.5 py-0.5 text-xs text-white dark:bg-teal-400 dark:text-slate-950">Cheapest</span> : null}
      </span>
      {row.meets && row.volume ? (
        <>
          <span className="text-right tabular-nums sm:order-4">{formatUsd(row.monthlyUsd ?? 0)}<span className="sr-only"> per month</span></span>
          <span className="col-span-2 text-sm sm:order-2 sm:col-span-1">{configuration(row.volume)}</span>
          <span className="col-span-2 text-sm tabular-nums text-slate-600 sm:order-3 sm:col-span-1 sm:text-right dark:text-slate-400">
            <span className="sr-only">Baseline </span>{formatNumber(row.baselineIops ?? 0, 1)} IOPS, {formatNumber(row.baselineThroughputMiBps ?? 0, 1)} MiB/s
          </span>
          <span className="col-span-2 text-xs text-slate-600 sm:order-6 sm:col-span-5 dark:text-slate-400">{counted(row)}.</span>
          <button type="button" onClick={() => row.volume && onUse(row.volume)} aria-label={`Use ${name}: ${configuration(row.volume)}`}
            className="col-span-2 justify-self-start rounded-md border border-slate-300 px-2 py-1 text-xs font-medium hover:bg-slate-100 sm:order-5 sm:col-span-1 sm:justify-self-end dark:border-slate-600 dark:hover:bg-slate-800">
            Use
          </button>
        </>
      ) : (
        <span className="col-span-2 text-sm text-slate-600 sm:col-span-4 dark:text-slate-400">Cannot meet it: {row.reason}</span>
      )}
    </li>
  );
}

export function ComparePanel() {
  const need = useNeed();
  const edition = useEdition();
  const { setNeed, adoptConfiguration } = useActions(ebsActions);
  const adopt = useCallback((v: Volume) => {
    adoptConfiguration(v);
    revealVolumeSettings();
  }, [adoptConfiguration]);
  const [minSize, maxSize] = boundsOf(ebsState.params.needSizeGiB, null, edition);
  const [minIops, maxIops] = boundsOf(ebsState.params.needIops, null, edition);
  const [minThroughput, maxThroughput] = boundsOf(ebsState.params.needThroughputMiBps, null, edition);
  const [minIo, maxIo] = boundsOf(ebsState.params.needIoKiB, null, edition);
  const rows = useMemo(() => compareTypes(need, edition), [need, edition]);
  const cheapest = rows.find((r) => r.cheapest);

  return (
    <Section title="Compare every type for one need">
      <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">
        The smallest configuration of each type that sustains the need at baseline (bursting not counted), priced for a whole 30-day month.
      </p>
      <div className="grid gap-3 sm:grid-cols-3">
        <NumberField label="Capacity" unit="GiB" value={need.sizeGiB} min={minSize} max={maxSize} onChange={(sizeGiB) => setNeed({ sizeGiB })} />
        <NumberField label="Sustained I/O rate" unit="IOPS" value={need.iops} min={minIops} max={maxIops} onChange={(iops) => setNeed({ iops })} />
        <NumberField label="Sustained throughput" unit="MiB/s" value={need.throughputMiBps} min={minThroughput} max={maxThroughput} onChange={(throughputMiBps) => setNeed({ throughputMiBps })} />
        <NumberField label="I/O size" unit="KiB" value={need.ioSizeKiB} min={minIo} max={maxIo} onChange={(ioSizeKiB) => setNeed({ ioSizeKiB })} />
        <div className="sm:col-span-2">
          <ChoiceGroup<IoPattern> legend="Access pattern" choices={PATTERNS} value={need.pattern} onChange={(pattern) => setNeed({ pattern })} />
        </div>
      </div>
      <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">
        SSD counts an I/O of up to 256 KiB as one; HDD (st1, sc1) counts every I/O of 1 MiB or less as one 1 MiB I/O. Sequential I/Os are
        merged up to that size and larger ones split, so HDD is ruled out for random I/O smaller than 1 MiB (<SourceText source="UG21 ebs-io-characteristics.md" />).
        {' '}{carriedText(need)}
      </p>
      <p className="mt-4 hidden px-3 text-xs uppercase text-slate-600 sm:grid sm:grid-cols-[9rem_1fr_12rem_6rem_4rem] sm:gap-x-3 dark:text-slate-400" aria-hidden="true">
        <span>Type</span><span>Smallest configuration</span><span className="text-right">Baseline</span><span className="text-right">Per month</span><span />
      </p>
      <ul aria-label="Each volume type for this need" className="mt-2 space-y-2">
        {rows.map((r) => <Result key={r.type} row={r} edition={edition} onUse={adopt} />)}
      </ul>
      <p className="mt-2 text-sm" aria-live="polite">
        {cheapest ? `Cheapest: ${compareName(cheapest.type, edition)} at ${formatUsd(cheapest.monthlyUsd ?? 0)} per month.` : 'No EBS volume type meets this need on its own.'}
      </p>
    </Section>
  );
}

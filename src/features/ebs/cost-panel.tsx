import { useMemo } from 'react';
import { BILLING, costLines, EBS_PRICE_SOURCES, PRICES_AS_OF } from '../../domain';
import { RangeField } from '../../components/range-field';
import { Section } from '../../components/section';
import { SourceText } from '../../components/source-text';
import { Stat } from '../../components/stat';
import { formatNumber, formatPrice, formatUsd } from '../../components/format';
import { useActions, useInput } from '../../store/view-hooks';
import { boundsOf } from '../../store/view-state';
import { ebsActions } from './actions';
import { ebsState } from './params';
import { useVolume } from './use-volume';

const SECONDS_PER_HOUR = 3_600;

export function CostPanel() {
  const { volume, edition } = useVolume();
  const [minHours, maxHours] = boundsOf(ebsState.params.hoursPerMonth, null, edition);
  const hours = useInput(ebsState, 'hoursPerMonth');
  const showCalculation = useInput(ebsState, 'showCalculation');
  const { setHoursPerMonth: setHours, toggleCalculation: toggle } = useActions(ebsActions);
  const lines = useMemo(() => costLines(volume, { seconds: hours * SECONDS_PER_HOUR }), [volume, hours]);
  const total = lines.reduce((a, l) => a + l.usd, 0);
  const part = (item: string) => lines.filter((l) => l.item === item).reduce((a, l) => a + l.usd, 0);
  const source = EBS_PRICE_SOURCES[volume.type === 'io2-block-express' ? 'io2' : volume.type] ?? '';
  const month = BILLING.hoursPerMonth;
  const billedHours = Math.min(hours, month);
  const whole = hours >= month;

  return (
    <Section title="Monthly cost">
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat label="Storage" value={formatUsd(part('storage'))} unit="USD" />
        <Stat label="IOPS" value={formatUsd(part('iops'))} unit="USD" />
        <Stat label="Throughput" value={formatUsd(part('throughput'))} unit="USD" />
        <Stat label="Total" value={formatUsd(total)} unit="USD" detail={whole ? `the whole month (${formatNumber(hours)} h)` : `for ${formatNumber(hours)} of ${month} h`} />
      </dl>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        Month used: 30 days ({month} h), as AWS&apos;s pricing examples prorate.{' '}
        {whole
          ? `${formatNumber(hours)} h is the whole month, billed at the monthly rate and never above it (a 31-day month has 744 h).`
          : `${formatNumber(hours)} h is ${formatNumber((100 * hours) / month, 1)}% of it.`}
      </p>
      <div className="mt-4">
        <RangeField label="Hours the volume exists this month" unit="h" value={hours} min={minHours} max={maxHours} onChange={setHours}
          hint="Billing is per second with a 60-second minimum. The AWS Pricing Calculator's 730 h month is third-party evidence only; a whole month costs the monthly rate whatever its length." />
      </div>
      <button type="button" aria-expanded={showCalculation} onClick={toggle}
        className="mt-3 rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
        {showCalculation ? 'Hide calculation' : 'Show calculation'}
      </button>
      {showCalculation ? (
        <ol className="mt-3 space-y-1 font-mono text-xs sm:text-sm" aria-label="Calculation">
          {lines.map((l) => (
            <li key={l.label}>
              {l.label}: {formatNumber(l.quantity, 2)} {l.unit} x {formatPrice(l.unitPriceUsd)} x ({formatNumber(billedHours)} h / {month} h) = {formatUsd(l.usd)}
            </li>
          ))}
          <li className="font-semibold">Total: {formatUsd(total)} USD</li>
        </ol>
      ) : null}
      <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">
        us-east-1 prices as of {PRICES_AS_OF}. Source: <SourceText source={source} />. Proration: <SourceText source={BILLING.source} />; a whole month:{' '}
        <SourceText source={BILLING.wholeMonthSource} />. AWS bills GB-months with GB = 1 GiB (1024³ bytes).
        {volume.type === 'gp3'
          ? ' AWS prices provisioned gp3 throughput per "MB/s-month" although it is provisioned in MiB/s; the explorer applies the price to the MiB/s you provision.'
          : null}
      </p>
    </Section>
  );
}

import { memo } from 'react';
import { formatDuration, formatNumber, formatPrice, formatUsd } from '../../components/format';
import { SourceText } from '../../components/source-text';
import { seconds } from './restore-timeline';
import { FSR_LIMITS, SNAPSHOT_PRICE_SOURCES, VOLUME_INITIALIZATION_RATE, type Edition, type RestoreFigures } from '../../domain';

/** The figures beside the restore comparison, each with a source a person can open. */
export const RestoreFacts = memo(function RestoreFacts({ f, sizeGiB, edition }: { f: RestoreFigures; sizeGiB: number; edition: Edition }) {
  const benefit = FSR_LIMITS[edition].fullBenefit;
  const table = VOLUME_INITIALIZATION_RATE[edition];
  return (
    <>
      <dl className="mt-4 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
        <div><dt className="inline font-medium">FSR volumes per snapshot per AZ: </dt><dd className="inline">a bucket of {formatNumber(f.fsrBucket.bucketSize, 2)} credits, refilled at {formatNumber(f.fsrBucket.refillCreditsPerHour, 2)} per hour (one credit per volume; {sizeGiB} GiB snapshot)</dd></div>
        <div><dt className="inline font-medium">FSR quota: </dt><dd className="inline">{f.fsrQuota} snapshots per Region ({edition === 'saa-c02' ? '2021' : 'since September 2022'})</dd></div>
        <div><dt className="inline font-medium">Time to enable FSR: </dt><dd className="inline">{formatDuration(f.fsrOptimisationMinutes * 60)} optimising (60 minutes per TiB){f.fsrLead.firstCreditMinutes !== null
          ? `; the bucket starts at 0 credits, so the first credit comes after ${formatNumber(f.fsrLead.firstCreditMinutes, 1)} min: enable it ${formatDuration(f.fsrLead.leadMinutes * 60)} ahead`
          : ''}. A volume created while it optimises gets only part of the benefit.</dd></div>
        <div><dt className="inline font-medium">FSR price: </dt><dd className="inline">{formatUsd(f.fsrUsdPerHourPerAz)} per snapshot per AZ per hour</dd></div>
        {benefit ? (
          <div className="sm:col-span-2"><dt className="inline font-medium">FSR's full benefit: </dt><dd className="inline">only for snapshots of 16 TiB ({formatNumber(benefit.maxSnapshotGiB)} GiB) or less, and volumes up to {formatNumber(benefit.maxIops)} IOPS and {formatNumber(benefit.maxThroughputMiBps)} MiB/s; above that a volume is initialised like any other (<SourceText source={benefit.source} />)</dd></div>
        ) : null}
        {f.rate && table ? (
          <div className="sm:col-span-2">
            <dt className="inline font-medium">Provisioned rate: </dt>
            <dd className="inline">
              {formatNumber(f.rate.mibps)} MiB/s (chosen from {table.minMiBps} to {table.maxMiBps}) initialises it in {seconds(f.rate.seconds)}, at {formatPrice(f.rate.usdPerGB)} per GB: {formatPrice(f.rate.usd)} for this volume.
              {f.rate.priceAssumed ? <strong className="font-medium"> {table.priceAssumption}</strong> : null}
              {' '}Delivered within {table.deliveredWithin * 100} % of the rate 99 % of the time; at most {formatNumber(table.regionLimitMiBps)} MiB/s in all per Region; used instead of FSR when both apply.
              {' '}(<SourceText source={table.source} />)
            </dd>
          </div>
        ) : null}
      </dl>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">Sources: <SourceText source={SNAPSHOT_PRICE_SOURCES.restore} />.</p>
    </>
  );
});

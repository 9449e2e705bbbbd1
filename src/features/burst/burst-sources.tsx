import { memo } from 'react';
import { BILLING, BURST_SOURCES, EBS_PRICE_SOURCES, type BurstVolumeType } from '../../domain';
import { SourceText } from '../../components/source-text';

/** Where the figures above come from, each reference opening its public page in a new tab. */
export const BurstSources = memo(function BurstSources({ type }: { type: BurstVolumeType }) {
  const rows: [string, string][] = [
    ['Credit buckets', BURST_SOURCES.buckets],
    ['gp3 without credits', BURST_SOURCES.gp3],
    [`${type} price`, EBS_PRICE_SOURCES[type] ?? ''],
    ['gp3 price', EBS_PRICE_SOURCES.gp3 ?? ''],
    ['A month', BILLING.source],
  ];
  return (
    <details className="mt-2 text-xs text-slate-600 dark:text-slate-400">
      <summary className="cursor-pointer">Sources</summary>
      <ul className="mt-1 space-y-1">
        {rows.map(([what, source]) => <li key={what}><span className="font-medium">{what}:</span> <SourceText source={source} /></li>)}
      </ul>
    </details>
  );
});

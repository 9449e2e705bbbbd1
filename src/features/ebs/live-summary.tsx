import { useEffect, useMemo, useState } from 'react';
import { monthlyCost } from '../../domain';
import { formatNumber, formatUsd } from '../../components/format';
import { useInput } from '../../store/view-hooks';
import { ebsState } from './params';
import { typeName, usePerformance, useVolume } from './use-volume';

/** How long the figures must rest before they are read out, so a drag is not read step by step. */
const SETTLE_MS = 700;

/**
 * For screen readers: after the volume settles, one short sentence with what changed on screen
 * (IOPS, throughput and cost), read politely.
 */
export function LiveSummary() {
  const { volume, edition } = useVolume();
  const p = usePerformance();
  const hours = useInput(ebsState, 'hoursPerMonth');
  const sentence = useMemo(() => {
    const cost = monthlyCost(volume, { seconds: hours * 3600 }).totalUsd;
    const burst = p.burstIops > p.baselineIops ? ` (${formatNumber(p.burstIops)} burst)` : '';
    return `${typeName(volume.type, edition)}, ${formatNumber(volume.sizeGiB)} GiB: ${formatNumber(p.baselineIops, 1)} IOPS${burst}, `
      + `${formatNumber(p.baselineThroughputMiBps, 1)} MiB/s, ${formatUsd(cost)} for ${formatNumber(hours)} h.`;
  }, [volume, edition, p, hours]);
  // Starts with the sentence already on screen, so nothing is read out when the page opens.
  const [spoken, setSpoken] = useState(sentence);
  useEffect(() => {
    const timer = setTimeout(() => setSpoken(sentence), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [sentence]);
  return <p className="sr-only" aria-live="polite">{spoken}</p>;
}

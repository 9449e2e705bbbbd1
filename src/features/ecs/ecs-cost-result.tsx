import { Callout } from '../../components/callout';
import { formatNumber, formatPrice, formatUsd } from '../../components/format';
import { SourceText } from '../../components/source-text';
import { FARGATE_PRICES, type ecsCostComparison } from '../../domain';

/** The two bills side by side, the sentences that explain them, and the notes' advice. */
export function EcsCostResult({ result, azCount, desiredCount, ec2UsdPerHour }: {
  result: ReturnType<typeof ecsCostComparison>;
  azCount: number;
  desiredCount: number;
  ec2UsdPerHour: number;
}) {
  return (
    <div className="space-y-3">
      <dl className="grid grid-cols-2 gap-2">
        <div className={`rounded-lg border-2 p-3 ${result.cheaper === 'fargate' ? 'border-teal-700 dark:border-teal-300' : 'border-slate-200 dark:border-slate-700'}`}>
          <dt className="text-xs font-medium uppercase">Fargate</dt>
          <dd className="text-xl font-semibold tabular-nums">{formatUsd(result.fargateUsd)}</dd>
          <dd className="text-xs">{formatNumber(result.fargateTaskHours)} task-hours at {result.fargateSize.cpuUnits / 1024} vCPU × ${FARGATE_PRICES.usdPerVcpuHour} + {(result.fargateSize.memoryMiB / 1024).toLocaleString('en-US')} GB × ${FARGATE_PRICES.usdPerGBHour} an hour{result.cheaper === 'fargate' ? ' · cheaper' : ''}</dd>
        </div>
        <div className={`rounded-lg border-2 p-3 ${result.cheaper === 'ec2' ? 'border-teal-700 dark:border-teal-300' : 'border-slate-200 dark:border-slate-700'}`}>
          <dt className="text-xs font-medium uppercase">EC2 mode</dt>
          <dd className="text-xl font-semibold tabular-nums">{formatUsd(result.ec2Usd)}</dd>
          <dd className="text-xs">{result.instances} instance{result.instances === 1 ? '' : 's'} (at least one in each of the {Math.min(azCount, desiredCount)} AZs with tasks), {formatNumber(result.ec2InstanceHours)} instance-hours × {formatPrice(ec2UsdPerHour)}{result.cheaper === 'ec2' ? ' · cheaper' : ''}</dd>
        </div>
      </dl>
      <p className="text-sm">{result.explanation}</p>
      {!result.taskFitsInstance ? <p role="alert" className="text-sm text-red-700 dark:text-red-300">One task is bigger than one instance: choose a larger instance.</p> : null}
      <ul className="space-y-2">
        {result.guidance.map((g) => (
          <li key={g.id}><Callout kind={g.applies ? 'tip' : 'remark'} title={g.applies ? 'The notes\' advice fits these numbers' : 'The notes\' advice does not apply to these numbers'}>{g.text}</Callout></li>
        ))}
      </ul>
      <p className="text-xs text-slate-600 dark:text-slate-400">Fargate bills the vCPU and memory a task asks for, per second with a one-minute minimum, not what it uses. Prices: <SourceText source={FARGATE_PRICES.source} />.</p>
    </div>
  );
}

/** A refused configuration runs nothing, so nothing is priced; what would run is said instead. */
export function EcsNotPriced({ wouldRun }: { wouldRun: string | null }) {
  return (
    <div role="status" aria-label="Not priced" className="space-y-2 self-start rounded-md border border-dashed border-red-700 p-3 text-sm dark:border-red-300">
      <p className="font-medium">Not priced: ECS would refuse this service (see above), so no task runs and nothing is billed.</p>
      {wouldRun ? <p>{wouldRun}</p> : null}
    </div>
  );
}

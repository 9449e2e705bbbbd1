import { Section } from '../../components/section';
import { SourceText } from '../../components/source-text';
import { capacityOptionsFor, launchTypesFor, LAUNCH_TYPE_FACTS, type CapacityOptionFacts } from '../../domain';
import { useEdition } from '../../store/view-hooks';

const ROWS = [
  ['Hosts', 'hostsManagedBy'], ['Capacity', 'capacity'], ['Networking', 'networking'], ['Load balancing', 'loadBalancing'], ['You pay for', 'pricing'],
] as const;

/** The launch types side by side (EXTERNAL, ECS Anywhere, only in the current edition), then the current edition's capacity options. */
export function LaunchTypesPanel() {
  const edition = useEdition();
  const columns: readonly CapacityOptionFacts[] = [
    ...launchTypesFor(edition).map((t) => ({ ...LAUNCH_TYPE_FACTS[t], compatibility: t })),
    ...capacityOptionsFor(edition),
  ];
  return (
    <Section title="Launch types side by side">
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Launch types table (scrolls sideways on a narrow screen)">
        <table className="w-full min-w-[36rem] text-left text-sm">
          <thead><tr><th scope="col" className="w-32"><span className="sr-only">Aspect</span></th>{columns.map((c) => <th key={c.compatibility} scope="col" className="px-2">{c.label}</th>)}</tr></thead>
          <tbody>
            {ROWS.map(([label, key]) => (
              <tr key={key} className="border-t border-slate-200 align-top dark:border-slate-700">
                <th scope="row" className="py-1 font-medium">{label}</th>
                {columns.map((c) => <td key={c.compatibility} className="px-2 py-1">{c[key]}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        {edition === 'saa-c02'
          ? 'The 2021 notes know two modes, EC2 and Fargate; switch to current AWS to see External (ECS Anywhere) and ECS Managed Instances. '
          : 'ECS Managed Instances is a capacity option, not a launch type: a task definition names MANAGED_INSTANCES in its compatibilities. '}
        Sources:
      </p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5 text-xs text-slate-600 dark:text-slate-400">
        {columns.map((c) => <li key={c.compatibility}>{c.label}: <SourceText source={c.source} /></li>)}
      </ul>
    </Section>
  );
}

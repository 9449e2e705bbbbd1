import { Section } from '../../components/section';
import { launchTypesFor, LAUNCH_TYPE_FACTS } from '../../domain';
import { useEdition } from '../../store/view-hooks';

const ROWS = [
  ['Hosts', 'hostsManagedBy'], ['Capacity', 'capacity'], ['Networking', 'networking'], ['Load balancing', 'loadBalancing'], ['You pay for', 'pricing'],
] as const;

/** The launch types side by side (EXTERNAL, ECS Anywhere, only in the current edition). */
export function LaunchTypesPanel() {
  const edition = useEdition();
  const types = launchTypesFor(edition);
  return (
    <Section title="Launch types side by side">
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Launch types table (scrolls sideways on a narrow screen)">
        <table className="w-full min-w-[36rem] text-left text-sm">
          <thead><tr><th scope="col" className="w-32"><span className="sr-only">Aspect</span></th>{types.map((t) => <th key={t} scope="col" className="px-2">{LAUNCH_TYPE_FACTS[t].label}</th>)}</tr></thead>
          <tbody>
            {ROWS.map(([label, key]) => (
              <tr key={key} className="border-t border-slate-200 align-top dark:border-slate-700">
                <th scope="row" className="py-1 font-medium">{label}</th>
                {types.map((t) => <td key={t} className="px-2 py-1">{LAUNCH_TYPE_FACTS[t][key]}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{edition === 'saa-c02' ? 'The 2021 notes know two modes, EC2 and Fargate; switch to current AWS to see External (ECS Anywhere). ' : ''}Sources: {types.map((t) => LAUNCH_TYPE_FACTS[t].source).join('; ')}.</p>
    </Section>
  );
}

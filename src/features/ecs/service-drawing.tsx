import { LAUNCH_TYPE_FACTS, placeTasks } from '../../domain';
import { useEcs } from './use-ecs';

const BOX = 'rounded-lg border-2 p-2';

/** What ECS would refuse, then the cluster, its service and the tasks placed in each AZ (or on each server for External). */
export function ServiceDrawing() {
  const { launchType, task, service, problems } = useEcs();
  const external = launchType === 'EXTERNAL';
  const placement = placeTasks(service);
  const container = task.containers[0]!;
  return (
    <div className="space-y-3">
      {problems.length ? (
        <ul role="status" aria-label="What ECS would refuse" className="list-disc space-y-1 rounded-md bg-red-50 py-2 pl-8 pr-3 text-sm text-red-800 dark:bg-red-950/40 dark:text-red-200">
          {problems.map((p) => <li key={`${p.field}-${p.message}`}>{p.message}</li>)}
        </ul>
      ) : <p role="status" className="rounded-md bg-teal-50 px-3 py-2 text-sm dark:bg-teal-950/40">ECS would accept this: every definition is complete.</p>}
      <div className={`${BOX} border-slate-400 dark:border-slate-500`} aria-label="Cluster" role="group">
        <p className="text-sm font-semibold">{external ? 'Cluster · External: your own servers, registered with ECS Anywhere' : `Cluster (VPC in us-east-1) · ${LAUNCH_TYPE_FACTS[launchType].label}`}</p>
        <p className="text-xs">{LAUNCH_TYPE_FACTS[launchType].hostsManagedBy}</p>
        <div className={`${BOX} mt-2 border-teal-700 dark:border-teal-300`}>
          <p className="text-sm font-semibold">Service "web": {service.desiredCount} task{service.desiredCount === 1 ? '' : 's'}{service.loadBalancer && !external ? ' behind a load balancer' : ''}</p>
          <div className="mt-2 grid gap-2 sm:grid-cols-3">
            {placement.map((p, index) => (
              <div key={p.az} className="rounded-md border border-dashed border-slate-400 p-2 text-xs dark:border-slate-500">
                <p className="font-medium">{external ? `Server ${index + 1}` : p.az}</p>
                <ul className="mt-1 space-y-1">
                  {Array.from({ length: p.tasks }, (_, i) => (
                    <li key={i} className="step-enter rounded bg-sky-50 p-1 dark:bg-sky-950/40">
                      Task ({task.cpuUnits / 1024} vCPU, {(task.memoryMiB / 1024).toLocaleString('en-US')} GB){task.networkMode === 'awsvpc' ? ' · its own ENI' : ''}
                      <span className="block break-all font-mono">container web: {container.image}:{container.ports[0]}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </div>
      </div>
      <p className="text-xs">{LAUNCH_TYPE_FACTS[launchType].networking}</p>
    </div>
  );
}

import { LAUNCH_TYPE_FACTS, placeTasks } from '../../domain';
import { useActions } from '../../store/view-hooks';
import { ecsActions } from './actions';
import { useEcs } from './use-ecs';

const BOX = 'rounded-lg border-2 p-2';
const BUTTON = 'rounded-md bg-teal-700 px-3 py-1 text-sm font-medium text-white hover:bg-teal-800 dark:bg-teal-400 dark:text-slate-950 dark:hover:bg-teal-300';

/** What would run instead, and a button making it so: a refused configuration runs nothing. */
function WouldRun() {
  const { runnable } = useEcs();
  const { acceptRunnable } = useActions(ecsActions);
  if (!runnable) return null;
  const { task, service } = runnable;
  return (
    <div className="space-y-2 rounded-md border border-dashed border-slate-400 p-2 text-sm dark:border-slate-500">
      <p>{runnable.sentence}</p>
      {runnable.runs ? (
        <button type="button" className={BUTTON} onClick={() => acceptRunnable({
          launchType: runnable.launchType, networkMode: task.networkMode, executionRole: task.executionRole !== null,
          loadBalancer: service.loadBalancer, cpuUnits: String(task.cpuUnits), memoryMiB: task.memoryMiB,
          ...(runnable.instance ? { ec2Vcpu: runnable.instance.vcpu, ec2MemoryGB: runnable.instance.memoryGB } : {}),
        })}>Use {runnable.changes.join(', ')}</button>
      ) : null}
    </div>
  );
}

/**
 * The cluster, its service and the tasks placed in each AZ (or on each server for External), above
 * what ECS would refuse. A refused configuration draws no running task and says what would run.
 */
export function ServiceDrawing() {
  const { launchType, task, service, problems } = useEcs();
  const external = launchType === 'EXTERNAL';
  const refused = problems.length > 0;
  const placement = placeTasks(service);
  const container = task.containers[0]!;
  const lb = service.loadBalancer && !external && !refused;
  const n = service.desiredCount;
  return (
    <div className="space-y-3">
      <div className={`${BOX} border-slate-400 dark:border-slate-500`} aria-label="Cluster" role="group">
        <p className="text-sm font-semibold">{external ? 'Cluster · External: your own servers, registered with ECS Anywhere' : `Cluster (VPC in us-east-1) · ${LAUNCH_TYPE_FACTS[launchType].label}`}</p>
        <p className="text-xs">{LAUNCH_TYPE_FACTS[launchType].hostsManagedBy}</p>
        <div className={`${BOX} mt-2 ${refused ? 'border-dashed border-red-700 dark:border-red-300' : 'border-teal-700 dark:border-teal-300'}`}>
          <p className="text-sm font-semibold">
            {refused
              ? `Service "web": refused, no task runs (${n} asked for)`
              : `Service "web": ${n} task${n === 1 ? '' : 's'}${lb ? ' behind a load balancer' : ''}`}
          </p>
          {refused ? null : <p className="text-xs">Each task runs container web from <span className="break-all font-mono">{container.image}</span>, port {container.ports[0]}.</p>}
          {lb ? (
            <p aria-label="Load balancer" className="mx-auto mt-2 w-fit rounded-full border-2 border-violet-700 px-3 py-0.5 text-xs font-medium dark:border-violet-300">
              Load balancer{task.networkMode === 'awsvpc' ? ' → each task\'s IP (target type ip)' : ' → the container instances'}
            </p>
          ) : null}
          <div className="mt-2 grid gap-1.5 sm:gap-2" style={{ gridTemplateColumns: `repeat(${Math.max(1, placement.length)}, minmax(0, 1fr))` }}>
            {placement.map((p, index) => (
              <div key={p.az} className="min-w-0 rounded-md border border-dashed border-slate-400 p-1.5 text-xs dark:border-slate-500">
                <p className="font-medium">{external ? `Server ${index + 1}` : p.az}</p>
                {refused ? <p className="mt-1 text-slate-600 dark:text-slate-400">No task</p> : (
                  <ul className="mt-1 space-y-1">
                    {Array.from({ length: p.tasks }, (_, i) => (
                      <li key={i} className="step-enter rounded bg-sky-50 p-1 dark:bg-sky-950/40">
                        Task ({task.cpuUnits / 1024} vCPU, {(task.memoryMiB / 1024).toLocaleString('en-US')} GB){task.networkMode === 'awsvpc' ? ' · its own ENI' : ''}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            ))}
          </div>
        </div>
      </div>
      {refused ? (
        <ul role="status" aria-label="What ECS would refuse" className="list-disc space-y-1 rounded-md bg-red-50 py-2 pl-8 pr-3 text-sm text-red-800 dark:bg-red-950/40 dark:text-red-200">
          {problems.map((p) => <li key={`${p.field}-${p.message}`}>{p.message}</li>)}
        </ul>
      ) : <p role="status" className="rounded-md bg-teal-50 px-3 py-2 text-sm dark:bg-teal-950/40">ECS would accept this: every definition is complete.</p>}
      <WouldRun />
      <p className="text-xs">{LAUNCH_TYPE_FACTS[launchType].networking}</p>
    </div>
  );
}

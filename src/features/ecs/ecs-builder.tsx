import { useCallback } from 'react';
import { ChoiceGroup, type Choice } from '../../components/choice-group';
import { Section } from '../../components/section';
import { capacityOptionsFor, launchTypesFor, LAUNCH_TYPE_FACTS, type LaunchType } from '../../domain';
import { useActions, useEdition, useInput } from '../../store/view-hooks';
import { ecsActions } from './actions';
import { ParamField } from './param-field';
import { ecsState } from './params';
import { ServiceDrawing } from './service-drawing';
import { TaskDefinitionFields } from './task-definition-fields';

const P = ecsState.params;
const FIELDSET = 'space-y-2 rounded-md border border-slate-200 p-2 dark:border-slate-700';

function ContainerFields() {
  const image = useInput(ecsState, 'image');
  const port = useInput(ecsState, 'port');
  const { defineContainer } = useActions(ecsActions);
  const onPort = useCallback((v: number) => defineContainer({ port: v }), [defineContainer]);
  return (
    <fieldset className={FIELDSET}>
      <legend className="px-1 text-sm font-semibold">Container definition</legend>
      <label className="block text-sm font-medium">{P.image.label}
        <input type="text" value={image} maxLength={P.image.maxLength} onChange={(ev) => defineContainer({ image: ev.target.value })}
          className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-sm dark:border-slate-600 dark:bg-slate-900" />
      </label>
      <ParamField param={P.port} unit="TCP" value={port} onChange={onPort} />
    </fieldset>
  );
}

function ServiceFields() {
  const desiredCount = useInput(ecsState, 'desiredCount');
  const azCount = useInput(ecsState, 'azCount');
  const loadBalancer = useInput(ecsState, 'loadBalancer');
  const { defineService } = useActions(ecsActions);
  const onCount = useCallback((v: number) => defineService({ desiredCount: v }), [defineService]);
  const onAzs = useCallback((v: number) => defineService({ azCount: v }), [defineService]);
  return (
    <fieldset className={FIELDSET}>
      <legend className="px-1 text-sm font-semibold">Service</legend>
      <ParamField param={P.desiredCount} value={desiredCount} onChange={onCount} />
      <ParamField param={P.azCount} value={azCount} onChange={onAzs} />
      <label className="flex items-center gap-2 text-sm"><input type="checkbox" checked={loadBalancer} onChange={() => defineService({ loadBalancer: !loadBalancer })} className="h-4 w-4" /> Behind a load balancer</label>
    </fieldset>
  );
}

/**
 * The concepts a person builds: container definition -> task definition -> service -> cluster, drawn
 * as they nest. The drawing comes first (on a phone it is the first screen), the fields beside it on a wide one.
 */
export function EcsBuilder() {
  const edition = useEdition();
  const launchType = useInput(ecsState, 'launchType');
  const { chooseLaunchType } = useActions(ecsActions);
  const types: readonly Choice<LaunchType>[] = launchTypesFor(edition).map((t) => ({ value: t, label: LAUNCH_TYPE_FACTS[t].label }));
  return (
    <Section title="Build a service">
      <div className="grid gap-4 lg:grid-cols-2">
        <ServiceDrawing />
        <div className="space-y-3 lg:order-first">
          <ChoiceGroup legend="Launch type (cluster capacity)" choices={types} value={launchType} onChange={chooseLaunchType} />
          {capacityOptionsFor(edition).map((o) => (
            <p key={o.compatibility} className="text-xs text-slate-600 dark:text-slate-400">
              Also in current AWS: {o.label}. {o.hostsManagedBy} {o.capacity} The fact base gives no more about it, so the builder does not run tasks on it.
            </p>
          ))}
          <ContainerFields />
          <TaskDefinitionFields className={FIELDSET} />
          <ServiceFields />
        </div>
      </div>
    </Section>
  );
}

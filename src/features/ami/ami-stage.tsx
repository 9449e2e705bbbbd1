import { memo } from 'react';
import type { AmiScene, AmiSceneInstance, AmiSceneRegion, AmiSceneSnapshot } from '../../domain';
import { AmiCard, Card, Id } from './ami-card';

function InstanceCard({ i, active }: { i: AmiSceneInstance; active: ReadonlySet<string> }) {
  return (
    <Card on={active.has(i.id)} id={i.id}>
      <p>{i.owner === 'you' ? 'Your instance' : 'Another account\'s instance'} from <Id id={i.fromAmi} />{i.configured ? ', app installed' : ''}</p>
      <ul className="mt-1 space-y-0.5">
        {i.volumes.map((v) => (
          <li key={v.id} className={active.has(v.id) ? 'font-semibold' : ''}>
            <span className="font-mono">{v.device}</span> EBS {v.sizeGiB.toLocaleString('en-US')} GiB, holds {v.usedGiB.toLocaleString('en-US')} GiB
            {v.fromSnapshot ? <> · from <Id id={v.fromSnapshot} /></> : v.usedGiB ? '' : ' (new, empty)'}
          </li>
        ))}
        {i.instanceStore.map((name) => <li key={name}><span className="font-mono">{name}</span> instance store (its data is never captured in an image)</li>)}
      </ul>
    </Card>
  );
}

function SnapshotCard({ s, active }: { s: AmiSceneSnapshot; active: ReadonlySet<string> }) {
  return (
    <Card on={active.has(s.id)} id={s.id} muted={s.referencedBy.length === 0}>
      <p>stores {s.storedGiB.toLocaleString('en-US')} GiB{s.copiedFrom ? <> · copy of <Id id={s.copiedFrom} /></> : ''}</p>
      <p>{s.referencedBy.length ? <>used by {s.referencedBy.map((a, k) => <span key={a}>{k ? ', ' : ''}<Id id={a} /></span>)}</> : 'no AMI uses it: still billed until deleted'}</p>
    </Card>
  );
}

const EMPTY = 'text-xs text-slate-600 dark:text-slate-400';

function Region({ r, active }: { r: AmiSceneRegion; active: ReadonlySet<string> }) {
  const on = active.has(`region:${r.name}`);
  return (
    <section aria-label={`Region ${r.name}`} data-active={on || undefined} className={`step-fade min-w-0 scroll-mt-28 rounded-xl border-2 p-2 sm:p-3 ${on ? 'border-teal-700 dark:border-teal-300' : 'border-slate-400 dark:border-slate-500'}`}>
      <p className="mb-2 text-sm font-semibold">Region {r.name}</p>
      {/* On a phone an AZ with no instance is a small tag, so the instances, AMIs and snapshots stay in one screen. */}
      <div className="flex flex-wrap gap-2 md:grid md:grid-cols-3">
        {r.azs.map((az) => (
          <div key={az.name} className={`min-w-0 rounded-lg border border-dashed border-slate-400 p-2 dark:border-slate-500 ${az.instances.length ? 'w-full md:w-auto' : 'py-1 md:py-2'}`}>
            <p className={`text-xs font-medium ${az.instances.length ? 'mb-1' : 'md:mb-1'}`}>AZ {az.name}{az.instances.length ? null : <span className="font-normal text-slate-600 md:hidden dark:text-slate-400">: no instance</span>}</p>
            {az.instances.length ? <ul className="space-y-2">{az.instances.map((i) => <li key={i.id}><InstanceCard i={i} active={active} /></li>)}</ul>
              : <p className={`hidden md:block ${EMPTY}`}>No instance.</p>}
          </div>
        ))}
      </div>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        <div className="min-w-0">
          <p className="mb-1 text-xs font-medium">AMIs (regional)</p>
          {r.amis.length ? <ul className="space-y-2">{r.amis.map((a) => <li key={a.id}><AmiCard a={a} active={active} /></li>)}</ul>
            : <p className={EMPTY}>No AMI here: an AMI must be copied to be used in this Region.</p>}
        </div>
        <div className="min-w-0 rounded-lg bg-sky-50 p-2 dark:bg-sky-950/40">
          <p className="mb-1 text-xs font-medium">EBS snapshots in S3</p>
          {r.snapshots.length ? <ul className="space-y-2">{r.snapshots.map((s) => <li key={s.id}><SnapshotCard s={s} active={active} /></li>)}</ul>
            : <p className={EMPTY}>No snapshot of yours.</p>}
        </div>
      </div>
    </section>
  );
}

/** The Regions, their AZs with instances and volumes by device, the AMIs with their mappings, and the snapshots. */
export const AmiStage = memo(function AmiStage({ scene, refused }: { scene: AmiScene; refused?: string }) {
  const active = new Set(scene.active);
  return (
    <div className="space-y-3">
      {refused ? (
        <p key={refused} aria-hidden="true" className="step-enter rounded-md border-2 border-red-700 bg-red-50 px-3 py-2 text-sm font-semibold text-red-800 dark:border-red-300 dark:bg-red-950/50 dark:text-red-200">
          <span aria-hidden="true">✕ </span>Refused: {refused}
        </p>
      ) : null}
      <div className="grid gap-3">
        {scene.regions.map((r) => <Region key={r.name} r={r} active={active} />)}
      </div>
    </div>
  );
});

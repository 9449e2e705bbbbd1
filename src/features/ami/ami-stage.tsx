import { memo } from 'react';
import type { AmiScene, AmiSceneInstance, AmiSceneRegion, AmiSceneSnapshot, SceneAmi } from '../../domain';

const PERMISSION_WORDS = { private: 'your account only', accounts: 'your account and the accounts you name', public: 'everyone (public)' } as const;

function Card({ on, title, children, muted = false }: { on: boolean; title: string; children: React.ReactNode; muted?: boolean }) {
  return (
    <div className={`step-enter step-fade min-w-0 rounded-md border-2 bg-white p-2 text-xs dark:bg-slate-900 ${on ? 'border-teal-700 dark:border-teal-300' : 'border-slate-300 dark:border-slate-600'} ${muted ? 'opacity-70' : 'opacity-100'}`}>
      <p className="break-all font-mono font-semibold">{title}{on ? <span className="sr-only"> (this step)</span> : null}</p>
      {children}
    </div>
  );
}

function InstanceCard({ i, active }: { i: AmiSceneInstance; active: ReadonlySet<string> }) {
  return (
    <Card on={active.has(i.id)} title={i.id}>
      <p>{i.owner === 'you' ? 'Your instance' : 'Another account\'s instance'} from <span className="break-all font-mono">{i.fromAmi}</span>{i.configured ? ', app installed' : ''}</p>
      <ul className="mt-1 space-y-0.5">
        {i.volumes.map((v) => (
          <li key={v.id} className={active.has(v.id) ? 'font-semibold' : ''}>
            <span className="font-mono">{v.device}</span> EBS {v.sizeGiB.toLocaleString('en-US')} GiB, holds {v.usedGiB.toLocaleString('en-US')} GiB
            {v.fromSnapshot ? <> · from <span className="break-all font-mono">{v.fromSnapshot}</span></> : v.usedGiB ? '' : ' (new, empty)'}
          </li>
        ))}
        {i.instanceStore.map((name) => <li key={name}><span className="font-mono">{name}</span> instance store (its data is never captured in an image)</li>)}
      </ul>
    </Card>
  );
}

function AmiCard({ a, active }: { a: SceneAmi; active: ReadonlySet<string> }) {
  const gone = a.state === 'deregistered';
  return (
    <Card on={active.has(a.id)} title={a.id} muted={gone}>
      <p>{a.name}{a.provider === 'amazon' ? ' (Amazon)' : ''}{a.copiedFrom ? <> · copy of <span className="break-all font-mono">{a.copiedFrom}</span></> : ''}</p>
      <p>{gone ? 'Deregistered: no one can launch it' : `Launch permission: ${PERMISSION_WORDS[a.permission]}`}</p>
      <table className="mt-1 w-full text-left">
        <caption className="sr-only">Block device mapping of {a.id}</caption>
        <thead><tr><th scope="col" className="font-medium">Device</th><th scope="col" className="font-medium">Snapshot</th></tr></thead>
        <tbody>
          {a.mapping.map((m) => (
            <tr key={m.device}><td className="whitespace-nowrap pr-2 align-top font-mono">{m.device}</td><td className="font-mono">{m.kind === 'instance-store' || m.snapshotId === null
              ? <span className="font-sans">instance store: no snapshot, comes back empty</span>
              : <><span className="break-all">{m.snapshotId}</span> <span className="whitespace-nowrap">({m.sizeGiB.toLocaleString('en-US')} GiB)</span></>}</td></tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

function SnapshotCard({ s, active }: { s: AmiSceneSnapshot; active: ReadonlySet<string> }) {
  return (
    <Card on={active.has(s.id)} title={s.id} muted={s.referencedBy.length === 0}>
      <p>stores {s.storedGiB.toLocaleString('en-US')} GiB{s.copiedFrom ? <> · copy of <span className="break-all font-mono">{s.copiedFrom}</span></> : ''}</p>
      <p>{s.referencedBy.length ? <>used by <span className="break-all font-mono">{s.referencedBy.join(', ')}</span></> : 'no AMI uses it: still billed until deleted'}</p>
    </Card>
  );
}

function Region({ r, active }: { r: AmiSceneRegion; active: ReadonlySet<string> }) {
  const on = active.has(`region:${r.name}`);
  return (
    <section aria-label={`Region ${r.name}`} className={`step-fade min-w-0 rounded-xl border-2 p-3 ${on ? 'border-teal-700 dark:border-teal-300' : 'border-slate-400 dark:border-slate-500'}`}>
      <p className="mb-2 text-sm font-semibold">Region {r.name}</p>
      <div className="grid gap-2 md:grid-cols-3">
        {r.azs.map((az) => (
          <div key={az.name} className="min-w-0 rounded-lg border border-dashed border-slate-400 p-2 dark:border-slate-500">
            <p className="mb-1 text-xs font-medium">AZ {az.name}</p>
            {az.instances.length ? <ul className="space-y-2">{az.instances.map((i) => <li key={i.id}><InstanceCard i={i} active={active} /></li>)}</ul>
              : <p className="text-xs text-slate-600 dark:text-slate-400">No instance.</p>}
          </div>
        ))}
      </div>
      <div className="mt-2 grid gap-2 md:grid-cols-2">
        <div className="min-w-0">
          <p className="mb-1 text-xs font-medium">AMIs (regional)</p>
          {r.amis.length ? <ul className="space-y-2">{r.amis.map((a) => <li key={a.id}><AmiCard a={a} active={active} /></li>)}</ul>
            : <p className="text-xs text-slate-600 dark:text-slate-400">No AMI here: an AMI must be copied to be used in this Region.</p>}
        </div>
        <div className="min-w-0 rounded-lg bg-sky-50 p-2 dark:bg-sky-950/40">
          <p className="mb-1 text-xs font-medium">EBS snapshots in S3</p>
          {r.snapshots.length ? <ul className="space-y-2">{r.snapshots.map((s) => <li key={s.id}><SnapshotCard s={s} active={active} /></li>)}</ul>
            : <p className="text-xs text-slate-600 dark:text-slate-400">No snapshot of yours.</p>}
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

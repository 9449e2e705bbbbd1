import type { ReactNode } from 'react';
import { permissionTag, shortId, type SceneAmi } from '../../domain';

/** An id as the drawing prints it: short (`ami-…3f2a`) and never broken, the full id on hover (and in the caption). */
export function Id({ id }: { id: string }) {
  return <span title={id} className="whitespace-nowrap font-mono">{shortId(id)}</span>;
}

export function Card({ on, id, children, muted = false }: { on: boolean; id: string; children: ReactNode; muted?: boolean }) {
  return (
    <div data-active={on || undefined} className={`step-enter step-fade min-w-0 scroll-mt-28 rounded-md border-2 bg-white p-2 text-xs dark:bg-slate-900 ${on ? 'border-teal-700 dark:border-teal-300' : 'border-slate-300 dark:border-slate-600'} ${muted ? 'opacity-70' : 'opacity-100'}`}>
      <p className="font-semibold"><Id id={id} />{on ? <span className="sr-only"> (this step)</span> : null}</p>
      {children}
    </div>
  );
}

const PERMISSION_WORDS = { private: 'your account only', accounts: 'your account and the accounts you name', public: 'everyone (public)' } as const;
/** Who may launch under each permission (seed notes (AMI): your account by default, specific accounts, or public). */
const WHO: readonly { label: string; may: (p: SceneAmi['permission']) => boolean }[] = [
  { label: 'your account', may: () => true },
  { label: 'accounts you name', may: (p) => p !== 'private' },
  { label: 'every AWS account', may: (p) => p === 'public' },
];

function WhoMayLaunch({ a, on }: { a: SceneAmi; on: boolean }) {
  // An Amazon-provided AMI is public and not yours to share: its permission alone says it.
  if (a.provider === 'amazon') return <p>Launch permission: {PERMISSION_WORDS[a.permission]}</p>;
  return (
    <div data-active={on || undefined} className={`mt-1 scroll-mt-28 rounded px-1 py-0.5 ${on ? 'bg-teal-100 ring-2 ring-teal-700 dark:bg-teal-950 dark:ring-teal-300' : ''}`}>
      <p>Launch permission: {PERMISSION_WORDS[a.permission]}{on ? <strong> (this step)</strong> : null}</p>
      <ul aria-label={`Who may launch ${a.id}`} className="mt-0.5 flex flex-wrap gap-x-2">
        {WHO.map((w) => (
          <li key={w.label} className={w.may(a.permission) ? 'font-medium text-emerald-800 dark:text-emerald-300' : 'text-slate-500 line-through dark:text-slate-400'}>
            <span aria-hidden="true">{w.may(a.permission) ? '✓ ' : '✕ '}</span>{w.label}<span className="sr-only">{w.may(a.permission) ? ': may launch' : ': may not launch'}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function AmiCard({ a, active }: { a: SceneAmi; active: ReadonlySet<string> }) {
  const gone = a.state === 'deregistered';
  return (
    <Card on={active.has(a.id)} id={a.id} muted={gone}>
      <p>{a.name}{a.provider === 'amazon' ? ' (Amazon)' : ''}{a.copiedFrom ? <> · copy of <Id id={a.copiedFrom} /></> : ''}</p>
      {gone ? <p>Deregistered: no one can launch it</p> : <WhoMayLaunch a={a} on={active.has(permissionTag(a.id))} />}
      <table className="mt-1 w-full text-left">
        <caption className="sr-only">Block device mapping of {a.id}</caption>
        <thead><tr><th scope="col" className="font-medium">Device</th><th scope="col" className="font-medium">Snapshot</th></tr></thead>
        <tbody>
          {a.mapping.map((m) => (
            <tr key={m.device}><td className="whitespace-nowrap pr-2 align-top font-mono">{m.device}</td><td>{m.kind === 'instance-store' || m.snapshotId === null
              ? 'instance store: no snapshot, comes back empty'
              : <><Id id={m.snapshotId} /> <span className="whitespace-nowrap">({m.sizeGiB.toLocaleString('en-US')} GiB)</span></>}</td></tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

import { memo, type ReactNode } from 'react';
import type { EncryptionScene, SceneElement, SceneSnapshot, SceneVolume } from '../../domain';

/** A box of the drawing; the ones this step is about are outlined and fully opaque (opacity transition only). */
function Box({ title, on, children, className = '' }: { title: string; on: boolean; children: ReactNode; className?: string }) {
  return (
    <div className={`step-fade rounded-lg border-2 p-2 ${on ? 'border-teal-700 opacity-100 dark:border-teal-300' : 'border-slate-300 opacity-80 dark:border-slate-600'} ${className}`}>
      <p className="text-xs font-semibold">{title}{on ? <span className="sr-only"> (this step)</span> : null}</p>
      <div className="mt-1 text-xs">{children}</div>
    </div>
  );
}

function Link({ label, on }: { label: string; on: boolean }) {
  return (
    <p className={`step-fade rounded px-2 py-1 text-center text-xs font-medium ${on ? 'bg-teal-700 text-white opacity-100 dark:bg-teal-300 dark:text-slate-950' : 'bg-slate-100 text-slate-700 opacity-80 dark:bg-slate-800 dark:text-slate-200'}`}>
      {label}
    </p>
  );
}

function KeyChip({ dataKey, plaintext }: { dataKey: string; plaintext?: boolean }) {
  return (
    <span className={`mr-1 inline-block rounded px-1.5 py-0.5 font-mono text-[11px] ${plaintext ? 'bg-rose-100 text-rose-900 dark:bg-rose-950 dark:text-rose-200' : 'bg-slate-200 text-slate-900 dark:bg-slate-700 dark:text-slate-100'}`}>
      {dataKey} {plaintext ? '(plaintext)' : '(encrypted)'}
    </span>
  );
}

function describeKey(item: { encrypted: boolean; dataKey: string | null; kmsAlias: string | null }) {
  if (!item.encrypted || !item.dataKey) return <span>Not encrypted</span>;
  return <span><KeyChip dataKey={item.dataKey} /> under KMS key <span className="font-mono">{item.kmsAlias}</span></span>;
}

function VolumeCard({ v, on }: { v: SceneVolume; on: boolean }) {
  return (
    <li className="step-enter">
      <Box title={`Volume ${v.id}${v.attached ? ' · attached' : ''}`} on={on}>
        {describeKey(v)}
        {v.note ? <p className="mt-1">{v.note}</p> : null}
      </Box>
    </li>
  );
}

function SnapshotCard({ s, on }: { s: SceneSnapshot; on: boolean }) {
  return (
    <li className="step-enter">
      <Box title={`Snapshot ${s.id}${s.copiedFrom ? ` (copy of ${s.copiedFrom})` : ` of ${s.fromVolume}`}`} on={on}>{describeKey(s)}</Box>
    </li>
  );
}

/** KMS, the EC2 host, EBS and S3, and the keys that move between them at this step. */
export const EncryptionStage = memo(function EncryptionStage({ scene, refused }: { scene: EncryptionScene; refused?: string }) {
  const on = (e: SceneElement) => scene.active.includes(e);
  return (
    <div className="grid gap-2 md:grid-cols-2">
      {refused ? (
        <p key={refused} aria-hidden="true" className="step-enter rounded-md border-2 border-red-700 bg-red-50 px-3 py-2 text-sm font-semibold text-red-800 md:col-span-2 dark:border-red-300 dark:bg-red-950/50 dark:text-red-200">
          <span aria-hidden="true">✕ </span>Refused by EBS: nothing changes.
        </p>
      ) : null}
      <Box title="This Region's setting" on={on('region-setting')}>
        Encryption by default: <strong>{scene.encryptionByDefault ? 'on' : 'off'}</strong> (per Region, new volumes only)
      </Box>
      <Box title="AWS KMS" on={on('kms') || on('other-kms')}>
        KMS key <span className={`font-mono ${on('kms') ? 'font-bold' : ''}`}>{scene.kmsAlias}</span>
        {scene.otherKmsAlias ? <> and <span className={`font-mono ${on('other-kms') ? 'font-bold' : ''}`}>{scene.otherKmsAlias}</span></> : null}
        <span className="block">Keys never leave KMS; it encrypts and decrypts data keys.</span>
      </Box>
      <div className="md:col-span-2"><Link label="KMS decrypts the data key for the host" on={on('link:kms-host')} /></div>
      <Box title="EC2 host (hypervisor)" on={on('host')}>
        Instance {scene.host.instanceRunning ? 'running' : 'stopped or moved away'}.{' '}
        Memory: {scene.host.plaintextDataKeys.length ? scene.host.plaintextDataKeys.map((k) => <KeyChip key={k} dataKey={k} plaintext />) : 'no data key'}
      </Box>
      <Box title="Operating system" on={on('os')}>
        {scene.osEncryption
          ? <>Full-disk encryption: keys held by {scene.osEncryption.keyHolder}; costs {scene.osEncryption.cpuCost}.</>
          : 'Sees plain data; EBS encryption is invisible to it.'}
      </Box>
      <div className="md:col-span-2"><Link label="AES-256 between host and EBS, and at rest" on={on('link:host-ebs')} /></div>
      <div className="space-y-2">
        <p className="text-xs font-semibold">EBS volumes (one AZ)</p>
        {scene.volumes.length ? (
          <ul className="space-y-2">{scene.volumes.map((v) => <VolumeCard key={v.id} v={v} on={on(`volume:${v.id}`)} />)}</ul>
        ) : <p className="text-xs text-slate-600 dark:text-slate-400">No volume yet.</p>}
      </div>
      <div className="space-y-2">
        <p className="text-xs font-semibold">Snapshots (S3, the Region)</p>
        {scene.snapshots.length ? (
          <ul className="space-y-2">{scene.snapshots.map((s) => <SnapshotCard key={s.id} s={s} on={on(`snapshot:${s.id}`)} />)}</ul>
        ) : <p className="text-xs text-slate-600 dark:text-slate-400">No snapshot yet.</p>}
      </div>
    </div>
  );
});

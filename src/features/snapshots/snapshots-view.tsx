import { useMemo } from 'react';
import { TipsPanel } from '../../components/tips-panel';
import { snapshotExamTips, snapshotNotesRemarks } from '../../domain';
import { useEdition } from '../../store/view-hooks';
import { BillingPanel } from './billing-panel';
import { RestorePanel } from './restore-panel';
import { WalkthroughPanel } from './walkthrough-panel';

export default function SnapshotsView() {
  const edition = useEdition();
  const tips = useMemo(() => snapshotExamTips(edition), [edition]);
  const remarks = useMemo(() => snapshotNotesRemarks(edition), [edition]);
  return (
    <div className="space-y-6">
      <div className="max-w-3xl space-y-2">
        <h1 tabIndex={-1} className="text-2xl font-bold tracking-tight sm:text-3xl">Snapshots, restore and Fast Snapshot Restore</h1>
        <p className="text-slate-700 dark:text-slate-300">
          A volume lives in one Availability Zone; its snapshots live in S3, across the Region. Step through what EBS copies, keeps and
          frees, block by block.
        </p>
      </div>
      <WalkthroughPanel />
      <div className="grid gap-6 xl:grid-cols-2 [&>*]:min-w-0">
        <BillingPanel />
        <TipsPanel title="Exam tips: snapshots" tips={tips} remarks={remarks} />
      </div>
      <RestorePanel />
    </div>
  );
}

import { useMemo } from 'react';
import { ebsExamTips, ebsNotesRemarks } from '../../domain';
import { TipsPanel } from '../../components/tips-panel';
import { useVolume } from './use-volume';

export function ExamPanel() {
  const { volume, edition } = useVolume();
  const tips = useMemo(() => ebsExamTips(volume, edition), [volume, edition]);
  const remarks = useMemo(() => ebsNotesRemarks(volume.type, edition), [volume.type, edition]);
  return <TipsPanel title="Exam tips for this volume" tips={tips} remarks={remarks} />;
}

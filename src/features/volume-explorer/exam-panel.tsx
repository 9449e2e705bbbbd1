import { useMemo } from 'react';
import { ebsExamTips, ebsNotesRemarks } from '../../domain';
import { Callout } from '../../components/callout';
import { Section } from '../../components/section';
import { useVolume } from './use-volume';

export function ExamPanel() {
  const { volume, edition } = useVolume();
  const tips = useMemo(() => ebsExamTips(volume, edition), [volume, edition]);
  const remarks = useMemo(() => ebsNotesRemarks(volume.type, edition), [volume.type, edition]);
  return (
    <Section title="Exam tips for this volume">
      <ul className="space-y-2">
        {tips.map((t) => (
          <li key={t.id}><Callout kind="tip">{t.text} <span className="text-xs opacity-80">({t.source})</span></Callout></li>
        ))}
      </ul>
      {remarks.length ? (
        <>
          <h3 className="mb-2 mt-4 text-sm font-semibold">Where the notes differ from AWS</h3>
          <ul className="space-y-2">
            {remarks.map((r) => (
              <li key={r.id}>
                <Callout kind="remark">
                  <span className="font-medium">The notes say</span> {r.notesSay} <span className="font-medium">AWS:</span> {r.correction}{' '}
                  <span className="text-xs opacity-80">({r.source})</span>
                </Callout>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  );
}

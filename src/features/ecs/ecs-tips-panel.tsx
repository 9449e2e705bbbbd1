import { memo } from 'react';
import { Callout } from '../../components/callout';
import { Section } from '../../components/section';
import { SourceText } from '../../components/source-text';
import type { EcsNotesRemark, ExamTip } from '../../domain';

/**
 * The ECS exam tips and "the notes say" remarks. Like the shared TipsPanel, except that each remark
 * names whose word its correction is ("AWS:", "Third-party sources:"): item 48's sources are not AWS's.
 */
export const EcsTipsPanel = memo(function EcsTipsPanel({ tips, remarks }: { tips: readonly ExamTip[]; remarks: readonly EcsNotesRemark[] }) {
  return (
    <Section title="Exam tips: ECS">
      <ul className="space-y-2">
        {tips.map((t) => (
          <li key={t.id}><Callout kind="tip">{t.text} <span className="text-xs opacity-80">(<SourceText source={t.source} />)</span></Callout></li>
        ))}
      </ul>
      {remarks.length ? (
        <>
          <h3 className="mb-2 mt-4 text-sm font-semibold">Where the notes differ from AWS</h3>
          <ul className="space-y-2">
            {remarks.map((r) => (
              <li key={r.id}>
                <Callout kind="remark">
                  <span className="font-medium">The notes say</span> {r.notesSay} <span className="font-medium">{r.label}</span> {r.correction}{' '}
                  <span className="text-xs opacity-80">(<SourceText source={r.source} />)</span>
                </Callout>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  );
});

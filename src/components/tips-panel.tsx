import { memo } from 'react';
import { Callout } from './callout';
import { Section } from './section';
import { SourceText } from './source-text';
import type { ExamTip, NotesRemark } from '../domain';

/** Exam tips and "the notes say" remarks; shared by the step-through views. Memoised: stepping does not redraw it. */
export const TipsPanel = memo(function TipsPanel({ title, tips, remarks, correctionLabel = 'AWS:' }: { title: string; tips: readonly ExamTip[]; remarks: readonly NotesRemark[]; correctionLabel?: string }) {
  return (
    <Section title={title}>
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
                  <span className="font-medium">The notes say</span> {r.notesSay} <span className="font-medium">{r.label ?? correctionLabel}</span> {r.correction}{' '}
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

import { memo, useCallback } from 'react';
import { Callout } from '../../components/callout';
import { ChoiceGroup, type Choice } from '../../components/choice-group';
import { Section } from '../../components/section';
import { DOCKERFILE_SAMPLES, isFilesystemInstruction, type ParsedDockerfile } from '../../domain';
import { useActions } from '../../store/view-hooks';
import { containersActions } from './actions';
import { DockerfileEditor } from './dockerfile-editor';
import type { SampleChoice } from './params';
import { useDockerfileText, useImage } from './use-image';

const SAMPLES: readonly Choice<SampleChoice>[] = [...DOCKERFILE_SAMPLES.map((s) => ({ value: s.id, label: s.title })), { value: 'custom', label: 'Your own' }];

/** The Dockerfile, its instructions and which of them make a layer. */
export function DockerfilePanel() {
  const { sample: current, text } = useDockerfileText();
  const { parsed } = useImage();
  const { chooseSample, editDockerfile: edit } = useActions(containersActions);
  const onSample = useCallback((v: SampleChoice) => (v === 'custom' ? edit(text) : chooseSample(v)), [chooseSample, edit, text]);
  const sample = DOCKERFILE_SAMPLES.find((s) => s.id === current);
  return (
    <Section title="Dockerfile: instructions and layers">
      <ChoiceGroup legend="Start from" choices={SAMPLES} value={current} onChange={onSample} columns />
      {sample ? <p className="mt-2 text-sm">{sample.lesson}</p> : null}
      <div className="mt-3 grid gap-4 lg:grid-cols-2">
        <DockerfileEditor text={text} onChange={edit} errors={parsed.errors} />
        <div className="min-w-0">
          <InstructionTable parsed={parsed} />
          <div className="mt-3">
            <Callout kind="remark">
              <span className="font-medium">The notes say</span> each line of a Dockerfile creates a new filesystem layer. <span className="font-medium">Docker:</span> only
              instructions that change the filesystem (FROM's base, RUN, COPY, ADD) make layers; LABEL, ENV, CMD, EXPOSE, WORKDIR and the like change only the image's metadata. <span className="text-xs opacity-80">(aws-facts §10; notes item 45)</span>
            </Callout>
          </div>
        </div>
      </div>
    </Section>
  );
}

/** Memoised on the (deferred) parse: a keystroke redraws the editor first, this table a render later. */
const InstructionTable = memo(function InstructionTable({ parsed }: { parsed: ParsedDockerfile }) {
  const finalFrom = parsed.stages.at(-1)?.fromLine ?? 0;
  return (
    <table className="w-full text-left text-sm">
      <caption className="mb-1 text-left text-sm font-medium">What each instruction does</caption>
      <thead><tr><th scope="col">Line</th><th scope="col">Instruction</th><th scope="col">Effect</th></tr></thead>
      <tbody>
        {parsed.instructions.map((ins) => {
          const fs = isFilesystemInstruction(ins.keyword);
          const ships = ins.line >= finalFrom;
          return (
            <tr key={ins.line} className="border-t border-slate-200 align-top dark:border-slate-700">
              <td className="tabular-nums">{ins.line}</td>
              <td className="break-all font-mono text-xs">{ins.keyword} {ins.args.length > 60 ? `${ins.args.slice(0, 60)}…` : ins.args}</td>
              <td className={fs ? 'font-medium' : 'text-slate-600 dark:text-slate-400'}>
                {fs ? (ships ? 'a layer' : 'a layer of an earlier stage: not shipped') : 'metadata only'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
});

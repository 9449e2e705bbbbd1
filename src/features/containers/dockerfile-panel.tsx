import { memo, useCallback, useState } from 'react';
import { Callout } from '../../components/callout';
import { ChoiceGroup, type Choice } from '../../components/choice-group';
import { Section } from '../../components/section';
import { DOCKERFILE_SAMPLES, isFilesystemInstruction, type ParsedDockerfile } from '../../domain';
import { SourceText } from '../../components/source-text';
import { useActions, useInput } from '../../store/view-hooks';
import { containersActions, type DockerfileSnapshot } from './actions';
import { DockerfileEditor } from './dockerfile-editor';
import { containersState, type SampleChoice } from './params';
import { useDockerfileText, useImage } from './use-image';

const CHOICES: readonly Choice<SampleChoice>[] = [...DOCKERFILE_SAMPLES.map((s) => ({ value: s.id, label: s.title })), { value: 'custom', label: 'Your own' }];
const LAYER_SOURCE = 'Docker documentation, Image layers: docs.docker.com/engine/storage/drivers/';
const lineCount = (text: string) => text.replace(/\n$/, '').split('\n').length;

/** The Dockerfile, its instructions and which of them make a layer. Your own text is kept apart from the samples. */
export function DockerfilePanel() {
  const { sample: current, text } = useDockerfileText();
  const own = useInput(containersState, 'dockerfile');
  const sizes = useInput(containersState, 'layerSizes');
  const ownSizes = useInput(containersState, 'ownSizes');
  const { parsed } = useImage();
  const { chooseSample, editDockerfile, restoreDockerfile } = useActions(containersActions);
  // Editing a sample makes it your own: what it replaced is kept here, for Undo.
  const [replaced, setReplaced] = useState<DockerfileSnapshot | null>(null);
  const edit = useCallback((typed: string) => {
    if (current !== 'custom' && own !== '') setReplaced({ sample: current, dockerfile: own, layerSizes: sizes, ownSizes });
    editDockerfile(typed);
  }, [current, own, sizes, ownSizes, editDockerfile]);
  const onSample = useCallback((v: SampleChoice) => { setReplaced(null); chooseSample(v); }, [chooseSample]);
  const undo = useCallback(() => { if (replaced) restoreDockerfile(replaced); setReplaced(null); }, [replaced, restoreDockerfile]);
  const hasOwn = own !== '';
  const sample = DOCKERFILE_SAMPLES.find((s) => s.id === current);
  return (
    <Section title="Dockerfile: instructions and layers">
      <ChoiceGroup legend="Start from" choices={CHOICES} value={current} onChange={onSample} columns />
      {sample ? <p className="mt-2 text-sm">{sample.lesson}</p> : null}
      {sample ? <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{hasOwn
        ? `Your own Dockerfile (${lineCount(own)} line${lineCount(own) === 1 ? '' : 's'}) is kept: choose "Your own" to go back to it. Typing in this sample makes it your own instead, with Undo.`
        : 'Type in it, or choose "Your own", to start your own Dockerfile from this sample.'}</p> : null}
      {replaced ? (
        <p role="status" className="mt-2 flex flex-wrap items-center gap-2 rounded-md bg-amber-50 px-3 py-2 text-sm dark:bg-amber-950/40">
          Your own Dockerfile ({lineCount(replaced.dockerfile)} line{lineCount(replaced.dockerfile) === 1 ? '' : 's'}) was replaced by the edited sample.
          <button type="button" onClick={undo} className="rounded border border-slate-400 px-2 py-0.5 font-medium dark:border-slate-500">Undo: bring back your own</button>
        </p>
      ) : null}
      <div className="mt-3 grid gap-4 lg:grid-cols-2">
        <DockerfileEditor text={text} onChange={edit} errors={parsed.errors} remarks={parsed.warnings} />
        <div className="min-w-0">
          <InstructionTable parsed={parsed} />
          <div className="mt-3">
            <Callout kind="remark">
              <span className="font-medium">The notes say</span> each line of a Dockerfile creates a new filesystem layer. <span className="font-medium">Docker:</span> only
              instructions that change the filesystem (FROM's base, RUN, COPY, ADD) make layers; LABEL, ENV, CMD, EXPOSE, WORKDIR and the like change only the image's metadata. <span className="text-xs opacity-80">(<SourceText source={LAYER_SOURCE} />)</span>
            </Callout>
          </div>
        </div>
      </div>
    </Section>
  );
}

const CELL = 'py-0.5 pr-3 last:pr-0';

/** Memoised on the (deferred) parse: a keystroke redraws the editor first, this table a render later. */
const InstructionTable = memo(function InstructionTable({ parsed }: { parsed: ParsedDockerfile }) {
  const finalFrom = parsed.stages.at(-1)?.fromLine ?? 0;
  const firstError = parsed.errors[0]?.line;
  const broken = (line: number, endLine: number) => parsed.errors.some((e) => e.line >= line && e.line <= endLine);
  return (
    <>
      <table className="w-full text-left text-sm">
        <caption className="mb-1 text-left text-sm font-medium">What each instruction does</caption>
        <thead><tr><th scope="col" className={CELL}>Line</th><th scope="col" className={CELL}>Instruction</th><th scope="col" className={CELL}>Effect</th></tr></thead>
        <tbody>
          {parsed.instructions.map((ins) => {
            const fs = isFilesystemInstruction(ins.keyword);
            const ships = ins.line >= finalFrom;
            const error = broken(ins.line, ins.endLine);
            return (
              <tr key={ins.line} className="border-t border-slate-200 align-top dark:border-slate-700">
                <td className={`${CELL} tabular-nums`}>{ins.line}</td>
                <td className={`${CELL} break-all font-mono text-xs`}>{ins.keyword} {ins.args.length > 60 ? `${ins.args.slice(0, 60)}…` : ins.args}</td>
                <td className={`${CELL} ${error ? 'font-medium text-red-700 dark:text-red-300' : fs ? 'font-medium' : 'text-slate-600 dark:text-slate-400'}`}>
                  {error ? 'error: not built' : fs ? (ships ? 'a layer' : 'a layer of an earlier stage: not shipped') : 'metadata only'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {firstError !== undefined ? (
        <p className="mt-2 rounded-md bg-red-50 px-2 py-1 text-sm text-red-800 dark:bg-red-950/40 dark:text-red-200">
          Docker stops at the first error (line {firstError}): this Dockerfile builds no image. A line with an error is not built and makes no layer; the stack shows only the lines without errors, as a sketch.
        </p>
      ) : null}
    </>
  );
});

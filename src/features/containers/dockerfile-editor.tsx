import { useId } from 'react';

export interface EditorError {
  line: number;
  message: string;
}

/**
 * A plain-text Dockerfile editor with line numbers. The gutter and the text area share one
 * scrolling box, so they stay aligned; errors, then remarks (a build that would fail or is
 * deprecated, though the line parses), are listed under it by line.
 */
export function DockerfileEditor({ text, onChange, errors, remarks = [] }: { text: string; onChange: (text: string) => void; errors: readonly EditorError[]; remarks?: readonly EditorError[] }) {
  const id = useId();
  const lines = text.split('\n').length;
  const bad = new Set(errors.map((e) => e.line));
  const noted = new Set(remarks.map((e) => e.line));
  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium">Dockerfile</label>
      <div className="flex max-h-[28rem] overflow-auto rounded-md border border-slate-300 bg-white font-mono text-sm leading-6 focus-within:outline focus-within:outline-[3px] focus-within:outline-offset-2 focus-within:outline-teal-700 dark:border-slate-600 dark:bg-slate-950 dark:focus-within:outline-teal-300">
        <pre aria-hidden="true" className="select-none border-r border-slate-200 bg-slate-50 px-2 text-right text-slate-500 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-400">
          {Array.from({ length: lines }, (_, i) => (
            <span key={i} className={`block ${bad.has(i + 1) ? 'font-bold text-red-700 dark:text-red-300' : noted.has(i + 1) ? 'font-bold text-amber-800 dark:text-amber-300' : ''}`}>{i + 1}</span>
          ))}
        </pre>
        <textarea
          id={id}
          value={text}
          onChange={(e) => onChange(e.target.value)}
          spellCheck={false}
          wrap="off"
          rows={Math.max(lines, 4)}
          aria-invalid={errors.length ? true : undefined}
          aria-describedby={errors.length ? `${id}-errors` : undefined}
          className="min-w-0 flex-1 resize-none overflow-hidden whitespace-pre bg-transparent px-2 leading-6 [&:focus-visible]:outline-none"
        />
      </div>
      {errors.length ? (
        <ul id={`${id}-errors`} role="status" aria-live="polite" className="space-y-1 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950/40 dark:text-red-200">
          {errors.map((e, i) => <li key={i}><span className="font-semibold">Line {e.line}:</span> {e.message}</li>)}
        </ul>
      ) : <p aria-live="polite" className="text-sm text-slate-600 dark:text-slate-400">No errors: every line parsed.</p>}
      {remarks.length ? (
        <ul aria-label="Remarks by line" className="space-y-1 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950/40 dark:text-amber-100">
          {remarks.map((e, i) => <li key={i}><span className="font-semibold">Line {e.line}:</span> {e.message}</li>)}
        </ul>
      ) : null}
    </div>
  );
}

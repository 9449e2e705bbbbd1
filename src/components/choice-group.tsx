import { memo, useId } from 'react';

export interface Choice<T extends string> {
  value: T;
  label: string;
  description?: string;
}

/** A labelled group of radio buttons drawn as a segmented control. Arrow keys move between them. */
function ChoiceGroupImpl<T extends string>({ legend, choices, value, onChange, columns = false, compact = false }: {
  legend: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  columns?: boolean;
  /** The legend beside the choices and smaller buttons (the header on a phone). */
  compact?: boolean;
}) {
  const name = useId();
  return (
    <fieldset>
      <legend className={compact ? 'float-left mr-2 mt-1 text-sm font-medium' : 'mb-1 text-sm font-medium'}>{legend}</legend>
      <div className={columns ? 'grid grid-cols-2 gap-2 sm:grid-cols-3' : compact ? 'flex flex-wrap gap-1' : 'flex flex-wrap gap-2'}>
        {choices.map((c) => (
          <label
            key={c.value}
            className={`choice relative cursor-pointer rounded-md border border-slate-300 ${compact ? 'px-2 py-1' : 'px-3 py-1.5'} text-sm has-[:checked]:border-teal-700 has-[:checked]:bg-teal-700 has-[:checked]:text-white dark:border-slate-600 dark:has-[:checked]:border-teal-400 dark:has-[:checked]:bg-teal-400 dark:has-[:checked]:text-slate-950`}
          >
            <input
              type="radio"
              name={name}
              value={c.value}
              checked={c.value === value}
              onChange={() => onChange(c.value)}
              className="sr-only"
            />
            <span className="font-medium">{c.label}</span>
            {c.description ? <span className="block text-xs">{c.description}</span> : null}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Memoised: a group whose choices and value did not change is not redrawn when its parent is. */
export const ChoiceGroup = memo(ChoiceGroupImpl) as typeof ChoiceGroupImpl;

import { NumberField } from '../../components/number-field';
import type { NumberParam } from '../../store/params';
import { useEdition } from '../../store/view-hooks';
import { boundsOf } from '../../store/view-state';

/** A number box whose label, unit and range are the declaration's (params.ts); `unit` overrides what the box shows. */
export function ParamField({ param, value, onChange, unit, validate }: {
  param: NumberParam;
  value: number;
  onChange: (value: number) => void;
  unit?: string;
  validate?: (value: number) => string | null;
}) {
  const edition = useEdition();
  const [min, max] = boundsOf(param, undefined, edition);
  return <NumberField label={param.label} unit={unit ?? param.unit ?? ''} value={value} min={min} max={max} onChange={onChange} validate={validate} />;
}

/** A set of checkboxes in a fieldset with its legend, hint and error (a multiple choice that stays readable). */
import type { ReactNode } from 'react';
import type { TOption } from '../../../shared/components/Field';

export function CheckboxGroup({
  id,
  legend,
  hint,
  error,
  options,
  selected,
  onChange,
  columns = false,
  children,
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string | null;
  options: TOption[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
  /** Lay long lists out in columns. */
  columns?: boolean;
  children?: ReactNode;
}) {
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...selected.filter((v) => v !== value), value] : selected.filter((v) => v !== value));
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={`checkbox-set${error ? ' field--error' : ''}`}
      aria-describedby={described}
    >
      <legend>{legend}</legend>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {children}
      <ul className={`checkbox-set__list${columns ? ' checkbox-set__list--columns' : ''}`}>
        {options.map((o) => (
          <li key={o.value} className="field--checkbox">
            <input
              type="checkbox"
              id={`${id}-${o.value}`}
              checked={selected.includes(o.value)}
              onChange={(e) => toggle(o.value, e.target.checked)}
            />
            <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

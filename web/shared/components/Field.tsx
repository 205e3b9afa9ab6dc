/** Labelled form controls: every input has a visible label, its hint and error are tied to it by aria-describedby. */
import {
  useState,
  type ChangeEvent,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { useTranslation } from 'react-i18next';
import { datePattern, formatDayInput, parseDayInput } from '../lib/date-input';

interface TFieldShell {
  id: string;
  label: string;
  error?: string | null;
  hint?: ReactNode;
  /** A positive message, e.g. "valid EIK"; announced politely. */
  ok?: string | null;
  required?: boolean;
  className?: string;
}

function describedBy(id: string, hint: unknown, error: unknown, ok: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, ok ? `${id}-ok` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Shell({ id, label, error, hint, ok, required, className, children }: TFieldShell & { children: ReactNode }) {
  return (
    <div className={`field${error ? ' field--error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        {label}
        {/* The asterisk is visual; the control's `required` attribute tells assistive technology. */}
        {required ? (
          <span className="field__required" aria-hidden="true">
            {' *'}
          </span>
        ) : null}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
      <div aria-live="polite">
        {error ? (
          <p className="field__error" id={`${id}-error`}>
            {error}
          </p>
        ) : ok ? (
          <p className="field__ok" id={`${id}-ok`}>
            {ok}
          </p>
        ) : null}
      </div>
    </div>
  );
}

type TTextProps = TFieldShell &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'id'> & {
    value: string;
    onValue: (value: string) => void;
  };

/**
 * A day typed as the UI language writes it (dd.mm.yyyy / dd/mm/yyyy), not the browser's picker in the browser's
 * language. `value` and `onValue` stay ISO days; like the native date input, text that is no day yet gives ''.
 */
function DayInput({
  value,
  onValue,
  min: _min,
  max: _max,
  type: _type,
  ...rest
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> & {
  value: string;
  onValue: (value: string) => void;
}) {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  const [text, setText] = useState(() => formatDayInput(value, locale));
  // A new value from outside (a reset, a loaded record, another language) replaces what is shown.
  const shown = (parseDayInput(text) ?? '') === value ? text : formatDayInput(value, locale);
  return (
    <input
      {...rest}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder={datePattern(locale).placeholder}
      value={shown}
      onChange={(e: ChangeEvent<HTMLInputElement>) => {
        setText(e.target.value);
        onValue(parseDayInput(e.target.value) ?? '');
      }}
      onBlur={() => {
        const day = parseDayInput(shown);
        if (day) setText(formatDayInput(day, locale));
      }}
    />
  );
}

export function TextField({ id, label, error, hint, ok, required, className, value, onValue, ...rest }: TTextProps) {
  if (rest.type === 'date') {
    return (
      <Shell id={id} label={label} error={error} hint={hint} ok={ok} required={required} className={className}>
        <DayInput
          id={id}
          name={id}
          value={value}
          onValue={onValue}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error, ok)}
          required={required}
          {...rest}
        />
      </Shell>
    );
  }
  return (
    <Shell id={id} label={label} error={error} hint={hint} ok={ok} required={required} className={className}>
      <input
        id={id}
        name={id}
        value={value}
        onChange={(e: ChangeEvent<HTMLInputElement>) => onValue(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, ok)}
        required={required}
        {...rest}
      />
    </Shell>
  );
}

type TTextAreaProps = TFieldShell &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value' | 'id'> & {
    value: string;
    onValue: (value: string) => void;
  };

export function TextAreaField({
  id,
  label,
  error,
  hint,
  ok,
  required,
  className,
  value,
  onValue,
  ...rest
}: TTextAreaProps) {
  return (
    <Shell id={id} label={label} error={error} hint={hint} ok={ok} required={required} className={className}>
      <textarea
        id={id}
        name={id}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, ok)}
        required={required}
        {...rest}
      />
    </Shell>
  );
}

export interface TOption {
  value: string;
  label: string;
}

type TSelectProps = TFieldShell &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value' | 'id'> & {
    value: string;
    onValue: (value: string) => void;
    options: TOption[];
    /** Options shown in labelled groups after the plain options. */
    groups?: { label: string; options: TOption[] }[];
    /** Label of the empty first option; omitted when the field always has a value. */
    placeholder?: string;
  };

export function SelectField({
  id,
  label,
  error,
  hint,
  ok,
  required,
  className,
  value,
  onValue,
  options,
  groups,
  placeholder,
  ...rest
}: TSelectProps) {
  return (
    <Shell id={id} label={label} error={error} hint={hint} ok={ok} required={required} className={className}>
      <select
        id={id}
        name={id}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, ok)}
        required={required}
        {...rest}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {groups?.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </Shell>
  );
}

export function CheckboxField({
  id,
  label,
  checked,
  onChecked,
  hint,
  disabled,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChecked: (checked: boolean) => void;
  hint?: string;
  disabled?: boolean;
}) {
  return (
    <div className="field field--checkbox">
      <input
        type="checkbox"
        id={id}
        name={id}
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChecked(e.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

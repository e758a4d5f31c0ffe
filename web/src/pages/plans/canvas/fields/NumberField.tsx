import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { fieldId, useField } from '../CanvasContext';
import type { Parsed } from '../numberInput';
import { FieldError, messageIds } from './FieldMessages';

interface NumberFieldProps<T extends number | null> {
  path: string;
  label: ReactNode;
  value: T;
  onChange: (value: T) => void;
  parse: (text: string) => Parsed<T>;
  format: (value: NonNullable<T>) => string;
  labelHidden?: boolean;
  description?: ReactNode;
  /** Shown before the field, e.g. €. */
  prefix?: string;
  /** Shown after the field, e.g. %. */
  suffix?: string;
  placeholder?: string;
  inputMode?: 'decimal' | 'numeric';
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  size?: 'xs' | 'sm' | 'md';
}

/**
 * A number typed the Dutch way. The text stays as typed while it is being edited; the plan gets
 * the value as soon as the text can be read, and a Dutch message at the field when it cannot.
 */
export function NumberField<T extends number | null>({
  path,
  label,
  value,
  onChange,
  parse,
  format,
  labelHidden,
  description,
  prefix,
  suffix,
  placeholder,
  inputMode = 'decimal',
  onKeyDown,
  size = 'sm',
}: NumberFieldProps<T>) {
  const id = fieldId(path);
  const field = useField(path);
  const show = (v: T) => (v === null || v === undefined ? '' : format(v as NonNullable<T>));
  const [text, setText] = useState(() => show(value));
  const [shown, setShown] = useState(value);
  const [problem, setProblem] = useState<string | undefined>();
  // A new value from elsewhere (a product picked, their version loaded) replaces the text.
  if (!Object.is(shown, value)) {
    setShown(value);
    const parsed = parse(text);
    if (!parsed.ok || !Object.is(parsed.value, value)) {
      setText(show(value));
      setProblem(undefined);
    }
  }
  const error = problem ?? field.error;

  const change = (next: string) => {
    setText(next);
    const parsed = parse(next);
    if (parsed.ok) {
      setProblem(undefined);
      if (!Object.is(parsed.value, value)) {
        setShown(parsed.value);
        onChange(parsed.value);
      }
    } else setProblem(parsed.message);
  };

  return (
    <div className={`dbk-canvas-field dbk-canvas-field--number${labelHidden ? ' dbk-canvas-field--cell' : ''}${error ? ' dbk-canvas-field--invalid' : ''}`}>
      <label className={labelHidden ? 'dbk-visually-hidden' : 'utrecht-form-label dbk-canvas-field__label'} htmlFor={id}>
        {label}
      </label>
      {description ? (
        <div className="utrecht-form-field-description dbk-canvas-field__description" id={`${id}-uitleg`}>
          {description}
        </div>
      ) : null}
      {labelHidden ? null : <FieldError id={id} error={error} />}
      <span className="dbk-affix">
        {prefix ? (
          <span className="dbk-affix__text" aria-hidden="true">
            {prefix}
          </span>
        ) : null}
        <input
          id={id}
          name={id}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          className={`utrecht-textbox utrecht-textbox--html-input dbk-canvas-input dbk-number dbk-number--${size}${error ? ' utrecht-textbox--invalid' : ''}${field.readOnly ? ' utrecht-textbox--read-only' : ''}`}
          value={text}
          placeholder={placeholder}
          readOnly={field.readOnly}
          onChange={(event) => change(event.target.value)}
          onFocus={(event) => event.target.select()}
          onBlur={() => {
            if (!problem) setText(show(value));
          }}
          onKeyDown={onKeyDown}
          aria-invalid={error ? true : undefined}
          aria-describedby={messageIds(id, { description, error, warnings: [] })}
        />
        {suffix ? (
          <span className="dbk-affix__text" aria-hidden="true">
            {suffix}
          </span>
        ) : null}
      </span>
      {labelHidden ? <FieldError id={id} error={error} /> : null}
    </div>
  );
}

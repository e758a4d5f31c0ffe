import type { ReactNode, Ref } from 'react';
import { describedBy } from './FormField';

interface TextAreaFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  description?: ReactNode;
  error?: string | undefined;
  rows?: number;
  /** For data such as CSV: no spelling "corrections", a monospace font. */
  code?: boolean;
  textAreaRef?: Ref<HTMLTextAreaElement>;
}

/** A multi-line text field with the same label, description and error layout as `TextField`. */
export function TextAreaField({ id, label, value, onChange, description, error, rows = 4, code = false, textAreaRef }: TextAreaFieldProps) {
  const classes = ['utrecht-textarea', 'utrecht-textarea--html-textarea', 'dbk-textarea'];
  if (code) classes.push('dbk-textarea--code');
  if (error) classes.push('utrecht-textarea--invalid');
  return (
    <div className={`utrecht-form-field utrecht-form-field--text dbk-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {description ? (
        <div className="utrecht-form-field__description utrecht-form-field-description dbk-field__description" id={`${id}-uitleg`}>
          {description}
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field__error-message utrecht-form-field-error-message dbk-field__error" id={`${id}-fout`}>
          <span className="dbk-visually-hidden">Fout: </span>
          {error}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">
        <textarea
          ref={textAreaRef}
          id={id}
          name={id}
          rows={rows}
          className={classes.join(' ')}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, description, error)}
          {...(code ? { spellCheck: false, autoCapitalize: 'off', autoCorrect: 'off', wrap: 'off' } : {})}
        />
      </div>
    </div>
  );
}

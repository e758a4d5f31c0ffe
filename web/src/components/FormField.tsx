import type { ReactNode, Ref } from 'react';

interface FieldFrameProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  children: ReactNode;
}

/** Ids of the description and error message, for aria-describedby on the input. */
export function describedBy(id: string, description: unknown, error: unknown): string | undefined {
  const ids = [description ? `${id}-uitleg` : '', error ? `${id}-fout` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldMessages({ id, description, error }: { id: string; description?: ReactNode; error?: string | undefined }) {
  return (
    <>
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
    </>
  );
}

function FieldFrame({ id, label, description, error, children }: FieldFrameProps) {
  return (
    <div className={`utrecht-form-field utrecht-form-field--text dbk-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <FieldMessages id={id} description={description} error={error} />
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

interface TextFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange?: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'date' | 'search';
  autoComplete?: string;
  description?: ReactNode;
  error?: string | undefined;
  readOnly?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  /** For values like tokens and passwords that must not be "corrected". */
  plain?: boolean;
  size?: 'default' | 'wide' | 'narrow';
}

export function TextField({ id, label, value, onChange, type = 'text', autoComplete, description, error, readOnly, inputRef, plain, size = 'default' }: TextFieldProps) {
  const classes = ['utrecht-textbox', 'utrecht-textbox--html-input', `dbk-textbox--${size}`];
  if (error) classes.push('utrecht-textbox--invalid');
  if (readOnly) classes.push('utrecht-textbox--read-only');
  return (
    <FieldFrame id={id} label={label} description={description} error={error}>
      <input
        ref={inputRef}
        id={id}
        name={id}
        type={type}
        className={classes.join(' ')}
        value={value}
        readOnly={readOnly}
        onChange={(event) => onChange?.(event.target.value)}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, description, error)}
        {...(plain ? { spellCheck: false, autoCapitalize: 'off', autoCorrect: 'off' } : {})}
      />
    </FieldFrame>
  );
}

interface SelectFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  description?: ReactNode;
  error?: string | undefined;
}

export function SelectField({ id, label, value, onChange, options, description, error }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} description={description} error={error}>
      <select
        id={id}
        name={id}
        className={`utrecht-select utrecht-select--html-select dbk-select${error ? ' utrecht-select--invalid' : ''}`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, description, error)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

interface CheckboxFieldProps {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  description?: ReactNode;
  error?: string | undefined;
}

export function CheckboxField({ id, label, checked, onChange, description, error }: CheckboxFieldProps) {
  return (
    <div className={`utrecht-form-field utrecht-form-field--checkbox dbk-field dbk-field--checkbox${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
          {label}
        </label>
      </div>
      <div className="utrecht-form-field__input">
        <input
          id={id}
          name={id}
          type="checkbox"
          className={`utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom utrecht-custom-checkbox utrecht-custom-checkbox--html-input${error ? ' utrecht-custom-checkbox--invalid' : ''}`}
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, description, error)}
        />
      </div>
      <FieldMessages id={id} description={description} error={error} />
    </div>
  );
}

interface FieldsetProps {
  id: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  children: ReactNode;
}

/** A group of checkboxes; its error belongs to the group, e.g. "Kies minstens één rol." */
export function Fieldset({ id, legend, description, error, children }: FieldsetProps) {
  return (
    <div className={`utrecht-form-fieldset dbk-fieldset${error ? ' utrecht-form-fieldset--invalid dbk-fieldset--invalid' : ''}`}>
      <fieldset
        id={id}
        className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
        aria-describedby={describedBy(id, description, error)}
        tabIndex={-1}
      >
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend dbk-fieldset__legend">{legend}</legend>
        <FieldMessages id={id} description={description} error={error} />
        {children}
      </fieldset>
    </div>
  );
}

import type { KeyboardEvent, ReactNode, Ref } from 'react';
import { fieldId, useField } from '../CanvasContext';
import { FieldError, messageIds, PrivacyWarnings } from './FieldMessages';
import './fields.css';

interface CanvasTextFieldProps {
  path: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  description?: ReactNode;
  /** In a table the column header shows the label; the field keeps it for screen readers. */
  labelHidden?: boolean;
  inputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  className?: string;
  maxLength?: number;
}

/** A text field of the canvas: its error and privacy warnings come from the plan path. */
export function CanvasTextField({ path, label, value, onChange, multiline, rows = 4, description, labelHidden, inputRef, onKeyDown, className, maxLength }: CanvasTextFieldProps) {
  const id = fieldId(path);
  const { readOnly, error, warnings, confirm } = useField(path);
  const common = {
    id,
    name: id,
    value,
    readOnly,
    maxLength,
    onKeyDown,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
    'aria-invalid': error ? true : undefined,
    'aria-describedby': messageIds(id, { description, error, warnings }),
  } as const;
  const invalid = error ? ' utrecht-textbox--invalid utrecht-textarea--invalid' : '';
  const readOnlyClass = readOnly ? ' utrecht-textbox--read-only utrecht-textarea--read-only' : '';
  return (
    <div className={`dbk-canvas-field${labelHidden ? ' dbk-canvas-field--cell' : ''}${error ? ' dbk-canvas-field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label className={labelHidden ? 'dbk-visually-hidden' : 'utrecht-form-label dbk-canvas-field__label'} htmlFor={id}>
        {label}
      </label>
      {description ? (
        <div className="utrecht-form-field-description dbk-canvas-field__description" id={`${id}-uitleg`}>
          {description}
        </div>
      ) : null}
      {labelHidden ? null : <FieldError id={id} error={error} />}
      {multiline ? (
        <textarea ref={inputRef} rows={rows} className={`utrecht-textarea utrecht-textarea--html-textarea dbk-canvas-textarea${invalid}${readOnlyClass}`} {...common} />
      ) : (
        <input ref={inputRef} type="text" className={`utrecht-textbox utrecht-textbox--html-input dbk-canvas-input${invalid}${readOnlyClass}`} {...common} />
      )}
      {labelHidden ? <FieldError id={id} error={error} /> : null}
      <PrivacyWarnings id={id} warnings={warnings} confirm={confirm} readOnly={readOnly} />
    </div>
  );
}

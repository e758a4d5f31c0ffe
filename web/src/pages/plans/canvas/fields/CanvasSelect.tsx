import type { KeyboardEvent, ReactNode } from 'react';
import { fieldId, useField } from '../CanvasContext';
import { FieldError, messageIds } from './FieldMessages';

interface CanvasSelectProps {
  path: string;
  label: ReactNode;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  labelHidden?: boolean;
  description?: ReactNode;
  onKeyDown?: (event: KeyboardEvent<HTMLSelectElement>) => void;
}

export function CanvasSelect({ path, label, value, options, onChange, labelHidden, description, onKeyDown }: CanvasSelectProps) {
  const id = fieldId(path);
  const { readOnly, error } = useField(path);
  return (
    <div className={`dbk-canvas-field${labelHidden ? ' dbk-canvas-field--cell' : ''}${error ? ' dbk-canvas-field--invalid' : ''}`}>
      <label className={labelHidden ? 'dbk-visually-hidden' : 'utrecht-form-label dbk-canvas-field__label'} htmlFor={id}>
        {label}
      </label>
      {description ? (
        <div className="utrecht-form-field-description dbk-canvas-field__description" id={`${id}-uitleg`}>
          {description}
        </div>
      ) : null}
      {labelHidden ? null : <FieldError id={id} error={error} />}
      <select
        id={id}
        name={id}
        className={`utrecht-select utrecht-select--html-select dbk-canvas-select${error ? ' utrecht-select--invalid' : ''}`}
        value={value}
        disabled={readOnly}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        aria-invalid={error ? true : undefined}
        aria-describedby={messageIds(id, { description, error, warnings: [] })}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {labelHidden ? <FieldError id={id} error={error} /> : null}
    </div>
  );
}

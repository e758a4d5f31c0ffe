import type { KeyboardEvent, ReactNode } from 'react';
import { fieldId, useField } from '../CanvasContext';

interface CanvasCheckboxProps {
  path: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  labelHidden?: boolean;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  /** Several checkboxes on one path (the leefgebieden) need their own ids. */
  idSuffix?: string;
}

export function CanvasCheckbox({ path, label, checked, onChange, labelHidden, onKeyDown, idSuffix }: CanvasCheckboxProps) {
  const id = `${fieldId(path)}${idSuffix ? `-${idSuffix}` : ''}`;
  const { readOnly } = useField(path);
  return (
    <div className={`dbk-canvas-check${labelHidden ? ' dbk-canvas-check--cell' : ''}`}>
      <input
        id={id}
        name={id}
        type="checkbox"
        className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom utrecht-custom-checkbox utrecht-custom-checkbox--html-input"
        checked={checked}
        disabled={readOnly}
        onChange={(event) => onChange(event.target.checked)}
        onKeyDown={onKeyDown}
      />
      <label htmlFor={id} className={labelHidden ? 'dbk-visually-hidden' : 'utrecht-form-label utrecht-form-label--checkbox dbk-canvas-check__label'}>
        {label}
      </label>
    </div>
  );
}

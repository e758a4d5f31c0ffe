import type { ReactNode } from 'react';
import { describedBy } from './FormField';

interface FileFieldProps {
  id: string;
  label: ReactNode;
  /** e.g. `.csv,text/csv` */
  accept: string;
  onFile: (file: File | null) => void;
  description?: ReactNode;
  error?: string | undefined;
}

/** A native file input (keyboard and screen reader support come with it) in the form-field layout. */
export function FileField({ id, label, accept, onFile, description, error }: FileFieldProps) {
  return (
    <div className={`utrecht-form-field dbk-field${error ? ' utrecht-form-field--invalid' : ''}`}>
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
        <input
          id={id}
          name={id}
          type="file"
          accept={accept}
          className="dbk-file-input"
          onChange={(event) => onFile(event.target.files?.[0] ?? null)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, description, error)}
        />
      </div>
    </div>
  );
}

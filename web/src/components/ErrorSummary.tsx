import { useEffect, useRef } from 'react';
import type { ApiError } from '../http/client';
import { Alert } from './Alert';

interface ErrorSummaryProps {
  error: ApiError | null;
  /** API field path → the input that shows it (id and label), so the summary can link to it. */
  fields?: Record<string, { id: string; label: string }>;
}

/**
 * The error of a failed submit, on top of the form: the API's Dutch title and detail, and a link
 * per field error. It takes focus so keyboard and screen reader users land on it.
 */
export function ErrorSummary({ error, fields = {} }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;

  const order = Object.keys(fields);
  // In the order of the form, so the list reads like the page.
  const fieldErrors = error.errors
    .map((fieldError) => {
      const key = order.find((path) => fieldError.path === path || fieldError.path.startsWith(`${path}.`));
      const field = key ? fields[key] : undefined;
      return {
        message: field ? `${field.label}: ${fieldError.message}` : fieldError.message,
        target: field?.id,
        position: key ? order.indexOf(key) : order.length,
      };
    })
    .sort((a, b) => a.position - b.position);
  const showDetail = error.detail && error.detail !== error.title;
  return (
    <Alert type="error" heading={error.title} role="alert" ref={ref}>
      {showDetail ? <p className="utrecht-paragraph dbk-paragraph">{error.detail}</p> : null}
      {fieldErrors.length > 0 ? (
        <ul className="utrecht-unordered-list dbk-error-list">
          {fieldErrors.map((fieldError, index) => (
            <li key={index} className="utrecht-unordered-list__item">
              {fieldError.target ? (
                <a
                  className="utrecht-link utrecht-link--html-a"
                  href={`#${fieldError.target}`}
                  onClick={(event) => {
                    const target = document.getElementById(fieldError.target!);
                    if (!target) return;
                    event.preventDefault();
                    target.focus();
                    target.scrollIntoView({ block: 'center' });
                  }}
                >
                  {fieldError.message}
                </a>
              ) : (
                fieldError.message
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}

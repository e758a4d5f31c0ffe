import { Alert } from '../../../components/Alert';
import type { AutosaveState } from './autosave';
import { fieldId } from './CanvasContext';
import { pathLabel } from './labels';

/** The server refused a save (422): every message, with a link to its field where there is one. */
export function SaveProblems({ state }: { state: AutosaveState }) {
  if (state.outcome.kind !== 'invalid') return null;
  const { title, errors } = state.outcome;
  return (
    <Alert type="error" heading={`Niet opgeslagen. ${title}`}>
      <ul className="utrecht-unordered-list dbk-error-list">
        {errors.map((error) => (
          <li key={`${error.path}:${error.message}`} className="utrecht-unordered-list__item">
            <a
              className="utrecht-link utrecht-link--html-a"
              href={`#${fieldId(error.path)}`}
              onClick={(event) => {
                const target = document.getElementById(fieldId(error.path));
                if (!target) return;
                event.preventDefault();
                target.focus();
                target.scrollIntoView({ block: 'center' });
              }}
            >
              {error.path ? `${pathLabel(error.path)}: ` : ''}
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </Alert>
  );
}

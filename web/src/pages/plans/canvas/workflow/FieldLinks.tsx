import type { FieldError } from '../../../../http/client';
import { fieldId } from '../CanvasContext';
import { sectionOf } from './steps';

/** Moves focus to the field, or to its section's heading when the rule is about a whole list. */
function focusField(path: string) {
  const target = document.getElementById(fieldId(path)) ?? document.getElementById(sectionOf(path));
  if (!target) return;
  if (!target.matches('input, select, textarea, button, a[href], [tabindex]')) target.setAttribute('tabindex', '-1');
  target.scrollIntoView({ block: 'center' });
  target.focus();
}

/** What the plan still misses, each a link that takes the user to the field. */
export function FieldLinks({ errors }: { errors: readonly FieldError[] }) {
  return (
    <ul className="utrecht-unordered-list dbk-workflow__missing">
      {errors.map((error) => (
        <li key={error.path} className="utrecht-unordered-list__item">
          <a
            className="utrecht-link utrecht-link--html-a"
            href={`#${fieldId(error.path)}`}
            onClick={(event) => {
              event.preventDefault();
              focusField(error.path);
            }}
          >
            {error.message}
          </a>
        </li>
      ))}
    </ul>
  );
}

import { Button } from '../../../components/Button';
import type { LegalSuggestion } from '../planTypes';

/** One suggested legal basis: what it says, why it fits, and one click to add it. */
export function LegalSuggestionItem({ suggestion, onAdd }: { suggestion: LegalSuggestion; onAdd: () => void }) {
  const title = `${suggestion.shortName || suggestion.regulation}${suggestion.article ? `, artikel ${suggestion.article}` : ''}`;
  return (
    <li className="dbk-suggestion">
      <p className="dbk-suggestion__title">{title}</p>
      <p className="dbk-suggestion__text">{suggestion.description}</p>
      {suggestion.reasons.length ? <p className="dbk-suggestion__reasons">{suggestion.reasons.join(' · ')}</p> : null}
      <Button appearance="secondary" onClick={onAdd} aria-label={`Toevoegen: ${title}`}>
        Toevoegen
      </Button>
    </li>
  );
}

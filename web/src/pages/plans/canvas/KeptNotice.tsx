import { useId, useMemo } from 'react';
import { Alert } from '../../../components/Alert';
import { Button, ButtonGroup } from '../../../components/Button';
import { CopyButton } from '../../../components/CopyButton';
import { formatDateTime } from '../../../format';
import type { PlanDocument } from '../planTypes';
import type { Draft } from './draftStore';
import { pathLabel, valueText } from './labels';
import { differences } from './merge';

/** After "Hun versie laden": the user's own version, kept aside on this computer, to copy or bring back. */
export function KeptNotice({ kept, current, onRestore, onDismiss }: { kept: Draft; current: PlanDocument; onRestore: () => void; onDismiss: () => void }) {
  const textId = useId();
  const text = useMemo(
    () =>
      differences(kept.document, current)
        .map((difference) => `${pathLabel(difference.path)}:\n${valueText(difference.path, difference.mine)}`)
        .join('\n\n'),
    [kept, current],
  );
  return (
    <Alert type="info" heading="Uw eigen versie is apart bewaard op deze computer">
      <p className="utrecht-paragraph dbk-paragraph">
        U heeft de opgeslagen versie geladen. Wat u zelf schreef (van {formatDateTime(kept.storedAt)}) staat hieronder, voor zover het anders is.
      </p>
      {text ? (
        <div className="dbk-kept">
          <label className="utrecht-form-label dbk-canvas-field__label" htmlFor={textId}>
            Uw tekst
          </label>
          <textarea id={textId} className="utrecht-textarea utrecht-textarea--html-textarea utrecht-textarea--read-only dbk-canvas-textarea" readOnly rows={6} value={text} />
        </div>
      ) : (
        <p className="utrecht-paragraph dbk-paragraph">Uw versie is inmiddels gelijk aan de opgeslagen versie.</p>
      )}
      <ButtonGroup>
        {text ? <CopyButton value={text} label="Mijn tekst kopiëren" targetId={textId} /> : null}
        {text ? (
          <Button appearance="secondary" onClick={onRestore}>
            Mijn versie terugzetten
          </Button>
        ) : null}
        <Button appearance="subtle" onClick={onDismiss}>
          Apart bewaarde versie verwijderen
        </Button>
      </ButtonGroup>
    </Alert>
  );
}

import { useEffect, useRef, useState } from 'react';
import type { CurrentFromServices } from '../../../../../src/services/services.contract';
import { Button } from '../../../components/Button';
import { ApiError, request } from '../../../http/client';
import type { CostLine } from '../planTypes';
import type { PutLines } from './CostLineTable';

interface FillFromRegistrationProps {
  planId: string;
  clientNumber: string;
  /** The lines the current scenario has now: empty means fill, else ask. */
  lines: readonly CostLine[];
  put: PutLines;
}

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'ask'; found: CostLine[] } | { kind: 'told'; text: string };

const regels = (n: number) => `${n} ${n === 1 ? 'regel' : 'regels'}`;

/**
 * "Vul huidig uit de registratie": the household's running services (the municipality's own
 * records) become the current scenario, one line per service, per month. An empty scenario is
 * filled at once; lines already there are replaced or kept, as the user chooses. Undoable.
 */
export function FillFromRegistration({ planId, clientNumber, lines, put }: FillFromRegistrationProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const choice = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (state.kind === 'ask') choice.current?.focus();
  }, [state.kind]);

  const filled = (found: CostLine[], mode: 'replace' | 'append') => {
    put(found, mode, `${regels(found.length)} uit de registratie ${mode === 'replace' ? 'ingevuld' : 'toegevoegd'}: de lopende voorzieningen van vandaag, per maand.`);
    setState({ kind: 'idle' });
  };

  const fetchLines = async () => {
    setState({ kind: 'busy' });
    try {
      const answer = await request<CurrentFromServices>(`/api/v1/plans/${encodeURIComponent(planId)}/current-from-services`);
      if (!answer.linked) setState({ kind: 'told', text: `Cliëntnummer ${clientNumber} komt niet voor in de registratie van de gemeente. Controleer het cliëntnummer of vul de regels zelf in.` });
      else if (answer.lines.length === 0) setState({ kind: 'told', text: `Het huishouden van cliëntnummer ${clientNumber} heeft vandaag geen lopende voorzieningen in de registratie.` });
      else if (lines.length === 0) filled(answer.lines, 'replace');
      else setState({ kind: 'ask', found: answer.lines });
    } catch (error) {
      const reason = error instanceof ApiError ? (error.fieldError('clientNumber') ?? error.message) : '';
      setState({ kind: 'told', text: `Ophalen uit de registratie lukte niet. ${reason} Vul de regels zo nodig zelf in.`.replace(/\s+/g, ' ') });
    }
  };

  return (
    <div className="dbk-fill-registration">
      <Button appearance="secondary" busy={state.kind === 'busy'} onClick={() => void fetchLines()}>
        Vul huidig uit de registratie
      </Button>
      {state.kind === 'ask' ? (
        <div className="dbk-fill-registration__ask" role="group" aria-labelledby={`${planId}-vraag`}>
          <p className="utrecht-paragraph" id={`${planId}-vraag`}>
            De registratie heeft {regels(state.found.length)} voor dit huishouden; het huidige scenario heeft er al {lines.length}. Wat wilt u?
          </p>
          <div className="dbk-button-group">
            <Button appearance="primary" ref={choice} onClick={() => filled(state.found, 'replace')}>
              Vervangen
            </Button>
            <Button appearance="secondary" onClick={() => filled(state.found, 'append')}>
              Toevoegen aan de bestaande regels
            </Button>
            <Button appearance="subtle" onClick={() => setState({ kind: 'idle' })}>
              Annuleren
            </Button>
          </div>
        </div>
      ) : null}
      <p className="utrecht-paragraph dbk-fill-registration__told" role="status">
        {state.kind === 'told' ? state.text : state.kind === 'busy' ? 'Lopende voorzieningen worden opgehaald…' : ''}
      </p>
    </div>
  );
}

import { memo, useState } from 'react';
import type { Kba } from '../../../../../src/plans/domain/kba';
import { Button } from '../../../components/Button';
import { Heading3 } from '../../../components/Heading';
import { Paragraph } from '../../../components/Paragraph';
import type { Alternative } from '../planTypes';
import { useReadOnly } from './CanvasContext';
import { CostLineTable } from './CostLineTable';
import { addAlternative, chooseAlternative, insertAt, removeAlternative } from './document';
import { CanvasTextField } from './fields/CanvasTextField';
import { UndoNotice } from './UndoNotice';
import type { Edit } from './types';
import { useRemovalUndo } from './useRemovalUndo';
import { ScenarioFigures } from './ScenarioFigures';

interface AlternativesSectionProps {
  alternatives: Alternative[];
  planName: string | undefined;
  kba: Kba;
  horizonMonths: number;
  edit: Edit;
}

/**
 * Two or more maatwerk scenarios in one plan, side by side. "Kies dit scenario" swaps one into the
 * plan; the plan it replaces becomes an alternative, so choosing is never losing.
 */
export const AlternativesSection = memo(function AlternativesSection({ alternatives, planName: name, kba, horizonMonths, edit }: AlternativesSectionProps) {
  const readOnly = useReadOnly();
  const [announcement, setAnnouncement] = useState('');
  const { removal, remember, forget } = useRemovalUndo<Alternative>();
  const planName = name?.trim() || 'Maatwerkscenario';

  const setName = (index: number, name: string) =>
    edit((current) => ({
      ...current,
      scenarios: { ...current.scenarios, alternatives: (current.scenarios?.alternatives ?? []).map((a, i) => (i === index ? { ...a, name } : a)) },
    }));

  return (
    <div className="dbk-alternatives">
      <Heading3 id="alternatieven">Alternatieve scenario's</Heading3>
      <Paragraph>
        Vergelijk andere oplossingen met het maatwerkscenario. Met ‘Kies dit scenario’ wordt een alternatief het plan; het huidige plan blijft als
        alternatief bewaard.
      </Paragraph>
      <ul className="dbk-alternatives__cards" aria-labelledby="alternatieven">
        <li className="dbk-alternative-card dbk-alternative-card--chosen">
          <p className="dbk-alternative-card__kind">Gekozen maatwerkscenario</p>
          <p className="dbk-alternative-card__name">{planName}</p>
          <ScenarioFigures planCents={kba.planCents} returnCents={kba.returnCents} currentCents={kba.currentCents} />
        </li>
        {alternatives.map((alternative, index) => {
          const figures = kba.alternatives[index];
          const name = alternative.name.trim() || `Alternatief ${index + 1}`;
          return (
            <li key={index} className="dbk-alternative-card">
              <p className="dbk-alternative-card__kind">Alternatief {index + 1}</p>
              <p className="dbk-alternative-card__name">{name}</p>
              {figures ? <ScenarioFigures planCents={figures.planCents} returnCents={figures.returnCents} currentCents={kba.currentCents} /> : null}
              {readOnly ? null : (
                <Button
                  appearance="secondary"
                  onClick={() => {
                    edit((current) => chooseAlternative(current, index));
                    setAnnouncement(`‘${name}’ is nu het maatwerkscenario. ‘${planName}’ staat bij de alternatieven.`);
                  }}
                  aria-label={`Kies dit scenario: ${name}`}
                >
                  Kies dit scenario
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      <p className="dbk-visually-hidden" role="status">
        {announcement}
      </p>
      {alternatives.map((alternative, index) => (
        <div key={index} className="dbk-scenario dbk-scenario--alternative">
          <h4 className="utrecht-heading-4 dbk-heading-4">Alternatief {index + 1}: kostenregels</h4>
          <CanvasTextField path={`scenarios.alternatives.${index}.name`} label={`Naam van alternatief ${index + 1}`} value={alternative.name} maxLength={500} onChange={(name) => setName(index, name)} />
          <CostLineTable scenario={index} title={`Alternatief ${index + 1}`} lines={alternative.lines} horizonMonths={horizonMonths} edit={edit} />
          {readOnly ? null : (
            <Button
              appearance="subtle"
              onClick={() => {
                edit((current) => removeAlternative(current, index));
                remember(alternative, index, `Alternatief ${index + 1} (${alternative.name || 'zonder naam'}) verwijderd.`);
              }}
            >
              Alternatief {index + 1} verwijderen
            </Button>
          )}
        </div>
      ))}
      {readOnly ? null : (
        <>
          <UndoNotice
            removal={removal}
            label="Alternatief"
            onUndo={(undone) => {
              edit((current) => ({ ...current, scenarios: { ...current.scenarios, alternatives: insertAt(current.scenarios?.alternatives ?? [], undone.index, undone.item) } }));
              forget();
            }}
          />
          <Button appearance="secondary" onClick={() => edit(addAlternative)}>
            Alternatief toevoegen (kopie van het maatwerkscenario)
          </Button>
        </>
      )}
    </div>
  );
});

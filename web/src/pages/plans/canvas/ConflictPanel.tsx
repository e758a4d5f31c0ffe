import { useEffect, useMemo, useRef } from 'react';
import { Alert } from '../../../components/Alert';
import { Button, ButtonGroup } from '../../../components/Button';
import { formatMoment } from '../../../../../src/shared/moments';
import type { Plan, PlanDocument } from '../planTypes';
import { documentOf } from './document';
import { pathLabel, valueText } from './labels';
import { differences, mergeDocuments } from './merge';
import type { ConflictChoice } from './useAutosave';

const SHOWN = 12;

interface ConflictPanelProps {
  mine: PlanDocument;
  base: PlanDocument;
  theirs: Plan;
  onChoose: (choice: ConflictChoice) => void;
}

/**
 * Someone else saved while this user was editing. Nothing is lost: the panel shows where the two
 * versions differ and lets the user merge (when the edits do not overlap), save theirs over, or
 * load the other version while keeping their own aside.
 */
export function ConflictPanel({ mine, base, theirs, onChoose }: ConflictPanelProps) {
  const ref = useRef<HTMLDivElement>(null);
  const theirDocument = useMemo(() => documentOf(theirs), [theirs]);
  const diff = useMemo(() => differences(mine, theirDocument), [mine, theirDocument]);
  const { conflicts } = useMemo(() => mergeDocuments(base, mine, theirDocument), [base, mine, theirDocument]);
  const canMerge = conflicts.length === 0;
  useEffect(() => {
    ref.current?.focus();
  }, [theirs]);

  return (
    <Alert type="warning" role="alert" ref={ref} heading="Iemand anders heeft dit plan intussen opgeslagen">
      <p className="utrecht-paragraph dbk-paragraph">
        Terwijl u werkte, is het plan opgeslagen op {formatMoment(theirs.savedAt ?? theirs.updatedAt)}. Uw wijzigingen zijn niet verloren: ze staan nog
        in het canvas en op deze computer. Kies hoe u verder wilt.
      </p>
      <p className="utrecht-paragraph dbk-paragraph">
        {canMerge
          ? 'Uw wijzigingen en die van de ander raken elkaar niet. Met ‘Samenvoegen en opslaan’ blijven ze allebei bewaard.'
          : `U heeft allebei ${conflicts.map((path) => `‘${pathLabel(path)}’`).join(', ')} gewijzigd. Kies welke versie u bewaart; de andere tekst ziet u hieronder.`}
      </p>
      {diff.length ? (
        <div className="dbk-table-container" role="region" aria-labelledby="conflict-verschillen" tabIndex={0}>
          <table className="utrecht-table utrecht-table--html-table dbk-table dbk-conflict-table">
            <caption id="conflict-verschillen" className="utrecht-table__caption dbk-table__caption">
              Verschillen tussen uw versie en de opgeslagen versie
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Onderdeel</th>
                <th scope="col" className="utrecht-table__header-cell">Uw versie</th>
                <th scope="col" className="utrecht-table__header-cell">Opgeslagen versie</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {diff.slice(0, SHOWN).map((difference) => (
                <tr key={difference.path} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell dbk-table__row-header">
                    {pathLabel(difference.path)}
                  </th>
                  <td className="utrecht-table__cell dbk-conflict-table__text">{valueText(difference.path, difference.mine)}</td>
                  <td className="utrecht-table__cell dbk-conflict-table__text">{valueText(difference.path, difference.theirs)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {diff.length > SHOWN ? <p className="utrecht-paragraph dbk-muted">En nog {diff.length - SHOWN} verschillen.</p> : null}
        </div>
      ) : null}
      <ButtonGroup>
        {canMerge ? (
          <Button appearance="primary" onClick={() => onChoose('merge')}>
            Samenvoegen en opslaan
          </Button>
        ) : null}
        <Button appearance={canMerge ? 'secondary' : 'primary'} onClick={() => onChoose('mine')}>
          Mijn versie opslaan
        </Button>
        <Button appearance="secondary" onClick={() => onChoose('theirs')}>
          Hun versie laden
        </Button>
      </ButtonGroup>
      <p className="utrecht-paragraph dbk-muted dbk-conflict__hint">
        ‘Mijn versie opslaan’ zet uw hele versie over de opgeslagen versie heen. Bij ‘Hun versie laden’ bewaart Doorbraak uw versie apart op deze
        computer, zodat u uw tekst kunt kopiëren of terugzetten.
      </p>
    </Alert>
  );
}

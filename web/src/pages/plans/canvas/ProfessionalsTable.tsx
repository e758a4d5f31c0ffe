import { memo } from 'react';
import { Button } from '../../../components/Button';
import { Heading3 } from '../../../components/Heading';
import type { Professional } from '../planTypes';
import { useReadOnly } from './CanvasContext';
import { focusField } from './focusField';
import { insertAt, replaceAt } from './document';
import { CanvasSelect } from './fields/CanvasSelect';
import { CanvasTextField } from './fields/CanvasTextField';
import { UndoNotice } from './UndoNotice';
import type { Edit } from './types';
import { useRemovalUndo } from './useRemovalUndo';

const AGREES = [
  { value: '', label: 'Onbekend' },
  { value: 'ja', label: 'Ja' },
  { value: 'nee', label: 'Nee' },
];

interface Props {
  professionals: Professional[];
  edit: Edit;
}

/** Involved organisations and professionals (often many): organisation, role, and whether they agree. */
export const ProfessionalsTable = memo(function ProfessionalsTable({ professionals: rows, edit }: Props) {
  const readOnly = useReadOnly();
  const { removal, remember, forget } = useRemovalUndo<Professional>();
  const set = (change: (rows: Professional[]) => Professional[]) =>
    edit((current) => ({ ...current, involvement: { ...current.involvement, professionals: change(current.involvement?.professionals ?? []) } }));
  const add = () => {
    set((current) => [...current, { organisation: '', role: '' }]);
    forget();
    focusField(`involvement.professionals.${rows.length}.organisation`);
  };

  return (
    <div className="dbk-subsection">
      <Heading3 id="betrokkenen">Betrokken organisaties en professionals</Heading3>
      {rows.length ? (
        <div className="dbk-cost-table__scroll" role="region" aria-labelledby="betrokkenen" tabIndex={-1}>
          <table className="utrecht-table utrecht-table--html-table dbk-table dbk-edit-table">
            <caption className="dbk-visually-hidden">Betrokken organisaties en professionals</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Organisatie</th>
                <th scope="col" className="utrecht-table__header-cell">Rol</th>
                <th scope="col" className="utrecht-table__header-cell">Stemt in</th>
                {readOnly ? null : (
                  <th scope="col" className="utrecht-table__header-cell">
                    <span className="dbk-visually-hidden">Verwijderen</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {rows.map((row, index) => (
                <tr key={index} className="utrecht-table__row">
                  <td className="utrecht-table__cell">
                    <CanvasTextField
                      path={`involvement.professionals.${index}.organisation`}
                      label={`Organisatie ${index + 1}`}
                      labelHidden
                      value={row.organisation}
                      maxLength={500}
                      onChange={(organisation) => set((current) => replaceAt(current, index, { ...current[index]!, organisation }))}
                    />
                  </td>
                  <td className="utrecht-table__cell">
                    <CanvasTextField
                      path={`involvement.professionals.${index}.role`}
                      label={`Rol van organisatie ${index + 1}`}
                      labelHidden
                      value={row.role}
                      maxLength={500}
                      onChange={(role) => set((current) => replaceAt(current, index, { ...current[index]!, role }))}
                    />
                  </td>
                  <td className="utrecht-table__cell">
                    <CanvasSelect
                      path={`involvement.professionals.${index}.agrees`}
                      label={`Organisatie ${index + 1} stemt in`}
                      labelHidden
                      value={row.agrees === undefined ? '' : row.agrees ? 'ja' : 'nee'}
                      options={AGREES}
                      onChange={(value) =>
                        set((current) => {
                          const next: Professional = { organisation: current[index]!.organisation, role: current[index]!.role };
                          if (value) next.agrees = value === 'ja';
                          return replaceAt(current, index, next);
                        })
                      }
                      onKeyDown={(event) => {
                        if (event.key === 'Enter' && index === rows.length - 1) {
                          event.preventDefault();
                          add();
                        }
                      }}
                    />
                  </td>
                  {readOnly ? null : (
                    <td className="utrecht-table__cell">
                      <Button
                        appearance="subtle"
                        className="dbk-icon-button"
                        aria-label={`Betrokkene ${index + 1} verwijderen`}
                        title={`Betrokkene ${index + 1} verwijderen`}
                        onClick={() => {
                          set((current) => replaceAt(current, index, null));
                          remember(row, index, `Betrokkene ${index + 1}${row.organisation ? ` (${row.organisation})` : ''} verwijderd.`);
                        }}
                      >
                        <span aria-hidden="true">✕</span>
                      </Button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="utrecht-paragraph dbk-muted">Nog geen betrokkenen.</p>
      )}
      {readOnly ? null : (
        <>
          <UndoNotice removal={removal} label="Betrokkene" onUndo={(undone) => { set((current) => insertAt(current, undone.index, undone.item)); forget(); }} />
          <Button appearance="secondary" onClick={add}>
            Betrokkene toevoegen
          </Button>
        </>
      )}
    </div>
  );
});

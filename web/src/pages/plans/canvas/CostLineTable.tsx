import { memo, useCallback, useId, useRef } from 'react';
import { lineCents } from '../../../../../src/plans/domain/kba';
import { formatEuro } from '../../../../../src/shared/money';
import { Button } from '../../../components/Button';
import type { CostLine } from '../planTypes';
import { useReadOnly } from './CanvasContext';
import { focusField } from './focusField';
import { CostLineRow } from './CostLineRow';
import { insertAt, insertLine, linesOf, newLine, removeLine, scenarioPath, withLines, type ScenarioRef } from './document';
import type { Edit } from './types';
import { UndoNotice } from './UndoNotice';
import { useRemovalUndo } from './useRemovalUndo';
import './tables.css';

interface CostLineTableProps {
  scenario: ScenarioRef;
  /** Names the table and its buttons, e.g. "Dreigend scenario". */
  title: string;
  lines: CostLine[];
  horizonMonths: number;
  edit: Edit;
}

const COLUMNS = ['Omschrijving', 'Product (prijslijst)', 'Geldstroom', 'Prijs', 'Aantal', 'Per', 'Vanaf maand', 'Maanden', 'Btw', 'Kosten'];
const COLUMN_CLASSES = ['description', 'product', 'stream', 'price', 'quantity', 'frequency', 'start', 'months', 'vat', 'total'];

/**
 * The cost lines of one scenario, made for the keyboard: Enter in the last field (btw) goes to the
 * next row or adds one, the price-list field searches inline, and a removed row can be put back.
 */
export const CostLineTable = memo(function CostLineTable({ scenario, title, lines, horizonMonths, edit }: CostLineTableProps) {
  const readOnly = useReadOnly();
  const captionId = useId();
  const base = `${scenarioPath(scenario)}.lines`;
  const { removal, remember, forget } = useRemovalUndo<CostLine>();
  // Names of products picked in this session, so a new pick can replace the old name.
  const names = useRef(new Map<string, string>()).current;
  const total = lines.reduce((sum, line) => sum + lineCents(line, horizonMonths), 0);

  const add = useCallback(
    (index: number) => {
      edit((current) => insertLine(current, scenario, index, newLine(linesOf(current, scenario)[index - 1])));
      forget();
      focusField(`${base}.${index}.description`);
    },
    [edit, scenario, base, forget],
  );

  const remove = useCallback(
    (index: number, line: CostLine) => {
      edit((current) => removeLine(current, scenario, index));
      remember(line, index, `Regel ${index + 1}${line.description ? ` (${line.description})` : ''} verwijderd.`);
    },
    [edit, scenario, remember],
  );

  return (
    <div className="dbk-cost-table">
      {lines.length > 0 ? (
        <div className="dbk-cost-table__scroll" role="region" aria-labelledby={captionId} tabIndex={-1}>
          <table className="utrecht-table utrecht-table--html-table dbk-table dbk-cost-table__table">
            <caption id={captionId} className="dbk-visually-hidden">
              {title}: kostenregels
            </caption>
            <colgroup>
              {COLUMN_CLASSES.map((name) => (
                <col key={name} className={`dbk-cost-col dbk-cost-col--${name}`} />
              ))}
              {readOnly ? null : <col className="dbk-cost-col dbk-cost-col--remove" />}
            </colgroup>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                {COLUMNS.map((column) => (
                  <th key={column} scope="col" className={`utrecht-table__header-cell${column === 'Kosten' ? ' dbk-amount' : ''}`}>
                    {column}
                  </th>
                ))}
                {readOnly ? null : (
                  <th scope="col" className="utrecht-table__header-cell">
                    <span className="dbk-visually-hidden">Verwijderen</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {lines.map((line, index) => (
                <CostLineRow
                  key={index}
                  scenario={scenario}
                  path={`${base}.${index}`}
                  index={index}
                  last={index === lines.length - 1}
                  line={line}
                  horizonMonths={horizonMonths}
                  edit={edit}
                  onAdd={add}
                  onRemove={remove}
                  names={names}
                />
              ))}
            </tbody>
            <tfoot>
              <tr className="utrecht-table__row dbk-cost-table__total">
                <th scope="row" colSpan={COLUMNS.length - 1} className="utrecht-table__header-cell">
                  Totaal {title.toLowerCase()} over {horizonMonths} maanden
                </th>
                <td className="utrecht-table__cell dbk-amount">{formatEuro(total)}</td>
                {readOnly ? null : <td className="utrecht-table__cell" />}
              </tr>
            </tfoot>
          </table>
        </div>
      ) : (
        <p className="utrecht-paragraph dbk-muted dbk-cost-table__empty">Nog geen kostenregels.</p>
      )}
      {readOnly ? null : (
        <>
          <UndoNotice
            removal={removal}
            label={title}
            onUndo={(undone) => {
              edit((current) => withLines(current, scenario, insertAt(linesOf(current, scenario), undone.index, undone.item)));
              forget();
              focusField(`${base}.${undone.index}.description`);
            }}
          />
          <Button appearance="secondary" onClick={() => add(lines.length)} aria-label={`Regel toevoegen aan ${title.toLowerCase()}`}>
            Regel toevoegen
          </Button>
        </>
      )}
    </div>
  );
});

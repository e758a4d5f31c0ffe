import { memo, useCallback, useId, useMemo, useState, type ReactNode } from 'react';
import { lineCents } from '../../../../../src/plans/domain/kba';
import { formatEuro } from '../../../../../src/shared/money';
import { Button } from '../../../components/Button';
import type { CostLine, PriceItem } from '../planTypes';
import { AddLineBox, addBoxId } from './AddLineBox';
import { useReadOnly } from './CanvasContext';
import { CostLineRow } from './CostLineRow';
import { appendLines, asksForQuantity, handLine, insertAt, lineFromPriceItem, linesOf, removeLine, removeRange, scenarioPath, withLines, type ScenarioRef } from './document';
import { focusField } from './focusField';
import { useScenarioTargets, type ScenarioTarget } from './scenarioTargets';
import type { Edit } from './types';
import { UndoNotice } from './UndoNotice';
import { usePriceItems } from './usePriceItems';
import { useRemovalUndo } from './useRemovalUndo';
import './tables.css';

/** Puts lines into this table with an undo: `replace` swaps out what was there, `append` adds. */
export type PutLines = (lines: readonly CostLine[], mode: 'replace' | 'append', text: string) => void;

interface CostLineTableProps {
  scenario: ScenarioRef;
  /** Names the table and its buttons, e.g. "Dreigend scenario". */
  title: string;
  lines: CostLine[];
  horizonMonths: number;
  edit: Edit;
  /** Extra ways to fill the table (e.g. "Vul huidig uit de registratie"), given the undoable put. */
  tools?: (put: PutLines) => ReactNode;
}

/** What "Ongedaan maken" takes back: a removed line, lines added to a scenario, or a replaced scenario. */
type Undo = { kind: 'removed'; line: CostLine } | { kind: 'appended'; to: ScenarioRef; start: number; count: number } | { kind: 'replaced'; lines: CostLine[] };

const COLUMNS = ['Omschrijving', 'Product (prijslijst)', 'Geldstroom', 'Prijs', 'Aantal', 'Per', 'Vanaf maand', 'Maanden', 'Btw', 'Kosten'];
const COLUMN_CLASSES = ['description', 'product', 'stream', 'price', 'quantity', 'frequency', 'start', 'months', 'vat', 'total'];

/**
 * The cost lines of one scenario, made for the keyboard: the add box below the table searches the
 * price list (a pick is a complete line) or takes a description typed by hand; Enter in a line's
 * field goes back to the add box. Removing, copying and filling can be undone.
 */
export const CostLineTable = memo(function CostLineTable({ scenario, title, lines, horizonMonths, edit, tools }: CostLineTableProps) {
  const readOnly = useReadOnly();
  const captionId = useId();
  const base = `${scenarioPath(scenario)}.lines`;
  const { removal: undo, remember, forget } = useRemovalUndo<Undo>();
  const [announcement, setAnnouncement] = useState('');
  const prices = usePriceItems();
  const allTargets = useScenarioTargets();
  const copyTargets = useMemo(() => allTargets.filter((target) => target.ref !== scenario), [allTargets, scenario]);
  const nameOf = useCallback((code: string) => prices.byCode.get(code)?.name, [prices.byCode]);
  const total = lines.reduce((sum, line) => sum + lineCents(line, horizonMonths), 0);
  const name = title.toLowerCase();
  const toAddBox = useCallback(() => document.getElementById(addBoxId(scenario))?.focus(), [scenario]);

  const addItem = (item: PriceItem) => {
    edit((current) => appendLines(current, scenario, [lineFromPriceItem(item)]));
    forget();
    if (asksForQuantity(item)) {
      setAnnouncement(`Regel ${lines.length + 1} toegevoegd: ${item.name}, prijs per ${item.unit}. Vul het aantal in; Enter gaat terug naar het zoekveld.`);
      focusField(`${base}.${lines.length}.quantity`);
    } else {
      // The line is complete: the cursor stays in the add box for the next search.
      setAnnouncement(`Regel ${lines.length + 1} toegevoegd: ${item.name}. Zoek de volgende regel, of pas het aantal aan in de regel.`);
      toAddBox();
    }
  };
  const addOwn = (description: string) => {
    edit((current) => appendLines(current, scenario, [handLine(current, scenario, description)]));
    forget();
    setAnnouncement(`Regel ${lines.length + 1} toegevoegd: ${description}. Vul de prijs in; Enter gaat terug naar het zoekveld.`);
    focusField(`${base}.${lines.length}.unitPriceCents`);
  };

  const remove = useCallback(
    (index: number, line: CostLine) => {
      edit((current) => removeLine(current, scenario, index));
      remember({ kind: 'removed', line }, index, `Regel ${index + 1}${line.description ? ` (${line.description})` : ''} verwijderd.`);
    },
    [edit, scenario, remember],
  );

  const copy = useCallback(
    (index: number, line: CostLine, target: ScenarioTarget) => {
      const start = target.lines.length;
      edit((current) => appendLines(current, target.ref, [line]));
      remember({ kind: 'appended', to: target.ref, start, count: 1 }, index, `Regel ${index + 1}${line.description ? ` (${line.description})` : ''} gekopieerd naar ${target.name} als regel ${start + 1}.`);
    },
    [edit, remember],
  );

  const put = useCallback<PutLines>(
    (added, mode, text) => {
      if (mode === 'replace') {
        edit((current) => withLines(current, scenario, added.map((line) => ({ ...line }))));
        remember({ kind: 'replaced', lines }, 0, text);
      } else {
        edit((current) => appendLines(current, scenario, added));
        remember({ kind: 'appended', to: scenario, start: lines.length, count: added.length }, lines.length, text);
      }
    },
    [edit, scenario, remember, lines],
  );

  const current = allTargets.find((target) => target.ref === 'current');
  const offerCopyAll = !readOnly && lines.length === 0 && scenario !== 'current' && current !== undefined && current.lines.length > 0;

  return (
    <div className="dbk-cost-table">
      {lines.length > 0 ? (
        <div className="dbk-cost-table__scroll" role="region" aria-labelledby={captionId} tabIndex={-1}>
          <table className="utrecht-table utrecht-table--html-table dbk-table dbk-cost-table__table">
            <caption id={captionId} className="dbk-visually-hidden">
              {title}: kostenregels
            </caption>
            <colgroup>
              {COLUMN_CLASSES.map((column) => (
                <col key={column} className={`dbk-cost-col dbk-cost-col--${column}`} />
              ))}
              {readOnly ? null : <col className="dbk-cost-col dbk-cost-col--actions" />}
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
                    <span className="dbk-visually-hidden">Kopiëren of verwijderen</span>
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
                  line={line}
                  item={line.priceItemCode ? prices.byCode.get(line.priceItemCode) : undefined}
                  horizonMonths={horizonMonths}
                  edit={edit}
                  onDone={toAddBox}
                  onRemove={remove}
                  copyTargets={copyTargets}
                  onCopy={copy}
                  nameOf={nameOf}
                />
              ))}
            </tbody>
            <tfoot>
              <tr className="utrecht-table__row dbk-cost-table__total">
                <th scope="row" colSpan={COLUMNS.length - 1} className="utrecht-table__header-cell">
                  Totaal {name} over {horizonMonths} maanden
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
            removal={undo}
            label={title}
            focusOnShow={undo?.item.kind === 'removed'}
            onUndo={(undone) => {
              const what = undone.item;
              if (what.kind === 'removed') {
                edit((now) => withLines(now, scenario, insertAt(linesOf(now, scenario), undone.index, what.line)));
                focusField(`${base}.${undone.index}.description`);
              } else if (what.kind === 'appended') {
                edit((now) => removeRange(now, what.to, what.start, what.count));
                toAddBox();
              } else {
                edit((now) => withLines(now, scenario, what.lines));
                toAddBox();
              }
              forget();
              setAnnouncement('Ongedaan gemaakt.');
            }}
          />
          <div className="dbk-cost-table__add">
            <AddLineBox scenario={scenario} scenarioName={name} onPick={addItem} onOwn={addOwn} />
            {offerCopyAll ? (
              <Button
                appearance="secondary"
                aria-label={`Alle regels van huidig kopiëren naar ${name}`}
                onClick={() => put(current.lines, 'append', `${current.lines.length} ${current.lines.length === 1 ? 'regel' : 'regels'} van het huidige scenario gekopieerd naar ${name}.`)}
              >
                Alle regels van huidig kopiëren
              </Button>
            ) : null}
            {tools?.(put)}
          </div>
          <p className="dbk-visually-hidden" role="status">
            {announcement}
          </p>
        </>
      )}
    </div>
  );
});

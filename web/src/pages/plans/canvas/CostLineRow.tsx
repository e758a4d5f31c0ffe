import { memo, type KeyboardEvent } from 'react';
import { lineCents } from '../../../../../src/plans/domain/kba';
import { FREQUENCIES, FUNDING_STREAMS, type Frequency, type FundingStream } from '../../../../../src/plans/domain/vocabulary';
import { formatEuro } from '../../../../../src/shared/money';
import { Button } from '../../../components/Button';
import type { CostLine, PriceItem } from '../planTypes';
import { fieldId, useField, useReadOnly } from './CanvasContext';
import { CopyLineMenu } from './CopyLineMenu';
import { applyPriceItem, linesOf, updateLine, type ScenarioRef } from './document';
import { CanvasCheckbox } from './fields/CanvasCheckbox';
import { CanvasSelect } from './fields/CanvasSelect';
import { CanvasTextField } from './fields/CanvasTextField';
import { NumberField } from './fields/NumberField';
import { decimalText, moneyText, parseDecimalInput, parseMoneyInput, parseOptionalWholeInput } from './numberInput';
import { PriceConfidence } from './PriceConfidence';
import { PriceItemCombobox } from './PriceItemCombobox';
import type { ScenarioTarget } from './scenarioTargets';
import type { Edit } from './types';

const STREAM_OPTIONS = FUNDING_STREAMS.map((stream) => ({ value: stream.key, label: stream.label }));
const FREQUENCY_OPTIONS = FREQUENCIES.map((frequency) => ({ value: frequency.key, label: frequency.label }));

interface CostLineRowProps {
  scenario: ScenarioRef;
  /** The path of this line, e.g. `scenarios.plan.lines.2`. */
  path: string;
  index: number;
  line: CostLine;
  /** The product of `line.priceItemCode`, once the price list has loaded. */
  item: PriceItem | undefined;
  horizonMonths: number;
  edit: Edit;
  /** Enter in a field of the line: done with it, back to the table's add box. */
  onDone: () => void;
  onRemove: (index: number, line: CostLine) => void;
  copyTargets: readonly ScenarioTarget[];
  onCopy: (index: number, line: CostLine, target: ScenarioTarget) => void;
  /** Names of products, so a new pick can replace the old product's name in the description. */
  nameOf: (code: string) => string | undefined;
}

/** Enter in a field of the line (not in a button, not picking in the list) finishes the line. */
function isDoneKey(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement;
  return event.key === 'Enter' && !event.defaultPrevented && !event.shiftKey && (target.tagName === 'INPUT' || target.tagName === 'SELECT');
}

export const CostLineRow = memo(function CostLineRow({ scenario, path, index, line, item, horizonMonths, edit, onDone, onRemove, copyTargets, onCopy, nameOf }: CostLineRowProps) {
  const readOnly = useReadOnly();
  const productField = useField(`${path}.priceItemCode`);
  const set = (patch: Partial<CostLine>) => edit((current) => updateLine(current, scenario, index, patch));
  const pick = (picked: PriceItem) =>
    edit((current) => {
      const now = linesOf(current, scenario)[index];
      if (!now) return current;
      return updateLine(current, scenario, index, applyPriceItem(now, picked, now.priceItemCode ? nameOf(now.priceItemCode) : undefined));
    });
  const row = `Regel ${index + 1}`;
  const label = `regel ${index + 1}`;
  const productName = item?.name ?? line.priceItemCode ?? '';
  // The description is the user's; when it names something else than the product, say where the price comes from.
  const pricedAs = item && line.description.trim() !== item.name ? item.name : undefined;
  const productNoteId = `${fieldId(`${path}.priceItemCode`)}-product`;
  return (
    <tr
      className="utrecht-table__row dbk-cost-row"
      onKeyDown={(event) => {
        if (readOnly || !isDoneKey(event)) return;
        event.preventDefault();
        onDone();
      }}
    >
      <td className="utrecht-table__cell">
        <CanvasTextField path={`${path}.description`} label={`Omschrijving ${label}`} labelHidden value={line.description} onChange={(description) => set({ description })} maxLength={1000} />
        {pricedAs ? <span className="dbk-cost-row__note">Geprijsd als: {pricedAs}</span> : null}
      </td>
      <td className="utrecht-table__cell">
        <PriceItemCombobox
          id={fieldId(`${path}.priceItemCode`)}
          label={`Product uit de prijslijst ${label}`}
          className={`dbk-canvas-field dbk-canvas-field--cell${productField.error ? ' dbk-canvas-field--invalid' : ''}`}
          value={productName}
          readOnly={readOnly}
          invalid={Boolean(productField.error)}
          placeholder="Zoek een product…"
          describedBy={line.priceItemCode ? productNoteId : undefined}
          onPick={pick}
          onClear={() => set({ priceItemCode: undefined })}
        />
        {line.priceItemCode ? (
          <span className="dbk-cost-row__note" id={productNoteId}>
            {line.priceItemCode}
            {item ? (
              <>
                {' '}
                <PriceConfidence item={item} />
              </>
            ) : null}
          </span>
        ) : null}
      </td>
      <td className="utrecht-table__cell">
        <CanvasSelect path={`${path}.fundingStream`} label={`Geldstroom ${label}`} labelHidden value={line.fundingStream} options={STREAM_OPTIONS} onChange={(value) => set({ fundingStream: value as FundingStream })} />
      </td>
      <td className="utrecht-table__cell">
        <NumberField
          path={`${path}.unitPriceCents`}
          label={`Prijs in euro ${label}`}
          labelHidden
          prefix="€"
          size="md"
          value={line.unitPriceCents}
          parse={parseMoneyInput}
          format={moneyText}
          onChange={(unitPriceCents) => set({ unitPriceCents })}
        />
      </td>
      <td className="utrecht-table__cell">
        <NumberField path={`${path}.quantity`} label={`Aantal ${label}`} labelHidden size="xs" value={line.quantity} parse={parseDecimalInput} format={decimalText} onChange={(quantity) => set({ quantity })} />
      </td>
      <td className="utrecht-table__cell">
        <CanvasSelect path={`${path}.frequency`} label={`Frequentie ${label}`} labelHidden value={line.frequency} options={FREQUENCY_OPTIONS} onChange={(value) => set({ frequency: value as Frequency })} />
      </td>
      <td className="utrecht-table__cell">
        <NumberField
          path={`${path}.startMonth`}
          label={`Vanaf maand ${label}`}
          labelHidden
          size="xs"
          inputMode="numeric"
          placeholder="0"
          value={line.startMonth ?? null}
          parse={parseOptionalWholeInput}
          format={String}
          onChange={(startMonth) => set({ startMonth: startMonth ?? undefined })}
        />
      </td>
      <td className="utrecht-table__cell">
        <NumberField
          path={`${path}.months`}
          label={`Aantal maanden ${label}`}
          labelHidden
          size="xs"
          inputMode="numeric"
          placeholder="alle"
          value={line.months ?? null}
          parse={parseOptionalWholeInput}
          format={String}
          onChange={(months) => set({ months: months ?? undefined })}
        />
      </td>
      <td className="utrecht-table__cell dbk-cost-row__vat">
        <CanvasCheckbox path={`${path}.vat`} label={`Btw ${label}`} labelHidden checked={line.vat === true} onChange={(vat) => set({ vat: vat || undefined })} />
      </td>
      <td className="utrecht-table__cell dbk-amount dbk-cost-row__total">{formatEuro(lineCents(line, horizonMonths))}</td>
      {readOnly ? null : (
        <td className="utrecht-table__cell">
          <div className="dbk-cost-row__actions">
            <CopyLineMenu row={row} targets={copyTargets} onCopy={(target) => onCopy(index, line, target)} />
            <Button appearance="subtle" className="dbk-icon-button" onClick={() => onRemove(index, line)} aria-label={`${row} verwijderen`} title={`${row} verwijderen`}>
              <span aria-hidden="true">✕</span>
            </Button>
          </div>
        </td>
      )}
    </tr>
  );
});

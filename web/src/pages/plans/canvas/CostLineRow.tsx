import { memo, type KeyboardEvent } from 'react';
import { lineCents } from '../../../../../src/plans/domain/kba';
import { FREQUENCIES, FUNDING_STREAMS, type Frequency, type FundingStream } from '../../../../../src/plans/domain/vocabulary';
import { formatEuro } from '../../../../../src/shared/money';
import { Button } from '../../../components/Button';
import type { CostLine, PriceItem } from '../planTypes';
import { useReadOnly } from './CanvasContext';
import { focusField } from './focusField';
import { applyPriceItem, linesOf, updateLine, type ScenarioRef } from './document';
import { CanvasCheckbox } from './fields/CanvasCheckbox';
import { CanvasSelect } from './fields/CanvasSelect';
import { CanvasTextField } from './fields/CanvasTextField';
import { NumberField } from './fields/NumberField';
import { decimalText, moneyText, parseDecimalInput, parseMoneyInput, parseOptionalWholeInput } from './numberInput';
import { PriceItemCombobox } from './PriceItemCombobox';
import type { Edit } from './types';

const STREAM_OPTIONS = FUNDING_STREAMS.map((stream) => ({ value: stream.key, label: stream.label }));
const FREQUENCY_OPTIONS = FREQUENCIES.map((frequency) => ({ value: frequency.key, label: frequency.label }));

interface CostLineRowProps {
  scenario: ScenarioRef;
  /** The path of this line, e.g. `scenarios.plan.lines.2`. */
  path: string;
  index: number;
  last: boolean;
  line: CostLine;
  horizonMonths: number;
  edit: Edit;
  /** Adds a line at this index and focuses it. */
  onAdd: (index: number) => void;
  onRemove: (index: number, line: CostLine) => void;
  /** Names of products picked before, so a new pick can replace the old name in the description. */
  names: Map<string, string>;
}

export const CostLineRow = memo(function CostLineRow({ scenario, path, index, last, line, horizonMonths, edit, onAdd, onRemove, names }: CostLineRowProps) {
  const readOnly = useReadOnly();
  const set = (patch: Partial<CostLine>) => edit((current) => updateLine(current, scenario, index, patch));
  const pick = (item: PriceItem) =>
    edit((current) => {
      const now = linesOf(current, scenario)[index];
      if (!now) return current;
      const previous = now.priceItemCode ? names.get(now.priceItemCode) : undefined;
      names.set(item.code, item.name);
      return updateLine(current, scenario, index, applyPriceItem(now, item, previous));
    });
  // Enter in the last field: on to the next line, or a new one after the last.
  const enterLast = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (last) onAdd(index + 1);
    else focusField(path.replace(/\d+$/, String(index + 1)) + '.description');
  };
  const row = `regel ${index + 1}`;
  return (
    <tr className="utrecht-table__row dbk-cost-row">
      <td className="utrecht-table__cell">
        <CanvasTextField path={`${path}.description`} label={`Omschrijving ${row}`} labelHidden value={line.description} onChange={(description) => set({ description })} maxLength={1000} />
      </td>
      <td className="utrecht-table__cell">
        <PriceItemCombobox path={`${path}.priceItemCode`} label={`Product uit de prijslijst ${row}`} code={line.priceItemCode} onPick={pick} onClear={() => set({ priceItemCode: undefined })} />
      </td>
      <td className="utrecht-table__cell">
        <CanvasSelect path={`${path}.fundingStream`} label={`Geldstroom ${row}`} labelHidden value={line.fundingStream} options={STREAM_OPTIONS} onChange={(value) => set({ fundingStream: value as FundingStream })} />
      </td>
      <td className="utrecht-table__cell">
        <NumberField
          path={`${path}.unitPriceCents`}
          label={`Prijs in euro ${row}`}
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
        <NumberField path={`${path}.quantity`} label={`Aantal ${row}`} labelHidden size="xs" value={line.quantity} parse={parseDecimalInput} format={decimalText} onChange={(quantity) => set({ quantity })} />
      </td>
      <td className="utrecht-table__cell">
        <CanvasSelect path={`${path}.frequency`} label={`Frequentie ${row}`} labelHidden value={line.frequency} options={FREQUENCY_OPTIONS} onChange={(value) => set({ frequency: value as Frequency })} />
      </td>
      <td className="utrecht-table__cell">
        <NumberField
          path={`${path}.startMonth`}
          label={`Vanaf maand ${row}`}
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
          label={`Aantal maanden ${row}`}
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
        <CanvasCheckbox path={`${path}.vat`} label={`Btw ${row}`} labelHidden checked={line.vat === true} onChange={(vat) => set({ vat: vat || undefined })} onKeyDown={enterLast} />
      </td>
      <td className="utrecht-table__cell dbk-amount dbk-cost-row__total">{formatEuro(lineCents(line, horizonMonths))}</td>
      {readOnly ? null : (
        <td className="utrecht-table__cell">
          <Button appearance="subtle" className="dbk-icon-button" onClick={() => onRemove(index, line)} aria-label={`Regel ${index + 1} verwijderen`} title={`Regel ${index + 1} verwijderen`}>
            <span aria-hidden="true">✕</span>
          </Button>
        </td>
      )}
    </tr>
  );
});

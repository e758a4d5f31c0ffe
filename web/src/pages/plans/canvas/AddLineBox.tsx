import type { PriceItem } from '../planTypes';
import { scenarioPath, type ScenarioRef } from './document';
import { PriceItemCombobox } from './PriceItemCombobox';

/** The element id of a table's add box, so Enter in a line can come back to it. */
export function addBoxId(scenario: ScenarioRef): string {
  return `regel-toevoegen-${scenarioPath(scenario).replaceAll('.', '-')}`;
}

interface AddLineBoxProps {
  scenario: ScenarioRef;
  /** "huidig scenario": completes the field's name for screen readers. */
  scenarioName: string;
  onPick: (item: PriceItem) => void;
  onOwn: (description: string) => void;
}

/**
 * "Regel toevoegen": one field for a new line. A product picked from the price list is a complete
 * line; a description typed by hand, with Enter, is a line with the stream and frequency of a
 * similar line.
 */
export function AddLineBox({ scenario, scenarioName, onPick, onOwn }: AddLineBoxProps) {
  const id = addBoxId(scenario);
  return (
    <div className="dbk-canvas-field dbk-add-line">
      <PriceItemCombobox
        id={id}
        labelVisible
        label={
          <>
            Regel toevoegen<span className="dbk-visually-hidden"> aan {scenarioName}</span>
          </>
        }
        describedBy={`${id}-uitleg`}
        value=""
        placeholder="Zoek in de prijslijst of typ een omschrijving"
        onPick={onPick}
        onFreeText={onOwn}
      />
      <p className="utrecht-form-field-description dbk-canvas-field__description dbk-add-line__hint" id={`${id}-uitleg`}>
        Zoek in de prijslijst (pijltje omlaag en Enter kiest) of typ een eigen omschrijving en druk op Enter.
      </p>
    </div>
  );
}

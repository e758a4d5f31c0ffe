import { memo } from 'react';
import { DEFAULT_HORIZON_MONTHS, type Kba } from '../../../../../src/plans/domain/kba';
import { Heading2, Heading3 } from '../../../components/Heading';
import { Paragraph } from '../../../components/Paragraph';
import type { Alternative, CostLine, PlanDocument } from '../planTypes';
import { AlternativesSection } from './AlternativesSection';
import { CostLineTable } from './CostLineTable';
import { CanvasTextField } from './fields/CanvasTextField';
import { NumberField } from './fields/NumberField';
import { KbaPanel } from './KbaPanel';
import { parsePercentInput, parseWholeInput, percentText } from './numberInput';
import type { Edit } from './types';

interface ScenariosSectionProps {
  scenarios: PlanDocument['scenarios'];
  horizonMonths: number | undefined;
  kba: Kba;
  edit: Edit;
}

const NO_LINES: CostLine[] = [];
const NO_ALTERNATIVES: Alternative[] = [];

const parseHorizon = (text: string) => parseWholeInput(text, { min: 1, max: 120 });

/** Rendement: the three scenarios as cost lines, the KBA they add up to, and the alternatives. */
export const ScenariosSection = memo(function ScenariosSection({ scenarios = {}, horizonMonths, kba, edit }: ScenariosSectionProps) {
  const horizon = horizonMonths ?? DEFAULT_HORIZON_MONTHS;
  const probability = scenarios.threatened?.probability ?? 1;
  return (
    <section aria-labelledby="rendement" className="dbk-canvas-section">
      <Heading2 id="rendement">Rendement: kosten-batenanalyse</Heading2>
      <Paragraph>
        Wat kost de huidige situatie, wat dreigt er als er niets verandert, en wat kost het maatwerk? Zoek bij een regel in de prijslijst of
        vul zelf een bedrag in. Het rendement rekent mee terwijl u typt.
      </Paragraph>
      <p className="utrecht-paragraph dbk-muted dbk-canvas-tip">
        Sneller met het toetsenbord: typ in ‘Product’ om in de prijslijst te zoeken en kies met de pijltjes en Enter. Enter in de kolom Btw
        begint een nieuwe regel. Bedragen schrijft u als 1.234,56.
      </p>
      <div className="dbk-canvas-row">
        <NumberField
          path="horizonMonths"
          label="Horizon (maanden)"
          description="Over welke periode rekent u? Meestal 12 maanden."
          size="xs"
          inputMode="numeric"
          value={horizon}
          parse={parseHorizon}
          format={String}
          onChange={(horizonMonths) => edit((current) => ({ ...current, horizonMonths }))}
        />
      </div>

      <div className="dbk-scenario">
        <Heading3 id="scenario-huidig">Huidig: wat er nu is</Heading3>
        <CostLineTable scenario="current" title="Huidig scenario" lines={scenarios.current?.lines ?? NO_LINES} horizonMonths={horizon} edit={edit} />
      </div>

      <div className="dbk-scenario">
        <Heading3 id="scenario-dreigend">Dreigend: als er niets verandert</Heading3>
        <NumberField
          path="scenarios.threatened.probability"
          label="Kans dat dit gebeurt"
          description="100 % als het dreigende scenario zeker uitkomt. Bij een lagere kans rekent Doorbraak met het gewogen gemiddelde van dreigend en huidig."
          suffix="%"
          size="xs"
          value={probability}
          parse={parsePercentInput}
          format={percentText}
          onChange={(value) => edit((current) => ({ ...current, scenarios: { ...current.scenarios, threatened: { ...current.scenarios?.threatened, lines: current.scenarios?.threatened?.lines ?? [], probability: value } } }))}
        />
        <CostLineTable scenario="threatened" title="Dreigend scenario" lines={scenarios.threatened?.lines ?? NO_LINES} horizonMonths={horizon} edit={edit} />
      </div>

      <div className="dbk-scenario">
        <Heading3 id="scenario-maatwerk">Maatwerk: het plan</Heading3>
        <CanvasTextField
          path="scenarios.plan.name"
          label="Naam van dit scenario"
          value={scenarios.plan?.name ?? ''}
          maxLength={500}
          onChange={(name) => edit((current) => ({ ...current, scenarios: { ...current.scenarios, plan: { ...current.scenarios?.plan, lines: current.scenarios?.plan?.lines ?? [], name } } }))}
        />
        <CostLineTable scenario="plan" title="Maatwerkscenario" lines={scenarios.plan?.lines ?? NO_LINES} horizonMonths={horizon} edit={edit} />
      </div>

      <KbaPanel kba={kba} probability={probability} />
      <AlternativesSection alternatives={scenarios.alternatives ?? NO_ALTERNATIVES} planName={scenarios.plan?.name} kba={kba} horizonMonths={horizon} edit={edit} />
    </section>
  );
});

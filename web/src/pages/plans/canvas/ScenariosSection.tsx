import { memo, useMemo } from 'react';
import { DEFAULT_HORIZON_MONTHS, type Kba } from '../../../../../src/plans/domain/kba';
import { Heading2, Heading3 } from '../../../components/Heading';
import { Paragraph } from '../../../components/Paragraph';
import { can, useUser } from '../../../session';
import type { Alternative, CostLine, PlanDocument } from '../planTypes';
import { AlternativesSection } from './AlternativesSection';
import { CostLineTable, type PutLines } from './CostLineTable';
import { FillFromRegistration } from './FillFromRegistration';
import { CanvasTextField } from './fields/CanvasTextField';
import { NumberField } from './fields/NumberField';
import { KbaPanel } from './KbaPanel';
import { parsePercentInput, parseWholeInput, percentText } from './numberInput';
import { ScenarioTargetsContext, type ScenarioTarget } from './scenarioTargets';
import type { Edit } from './types';

interface ScenariosSectionProps {
  /** For "Vul huidig uit de registratie": the plan and its client number. */
  planId: string;
  clientNumber: string | undefined;
  scenarios: PlanDocument['scenarios'];
  horizonMonths: number | undefined;
  kba: Kba;
  edit: Edit;
}

const NO_LINES: CostLine[] = [];
const NO_ALTERNATIVES: Alternative[] = [];

const parseHorizon = (text: string) => parseWholeInput(text, { min: 1, max: 120 });

/** Rendement: the three scenarios as cost lines, the KBA they add up to, and the alternatives. */
export const ScenariosSection = memo(function ScenariosSection({ planId, clientNumber, scenarios = {}, horizonMonths, kba, edit }: ScenariosSectionProps) {
  const user = useUser();
  const horizon = horizonMonths ?? DEFAULT_HORIZON_MONTHS;
  const probability = scenarios.threatened?.probability ?? 1;
  const currentLines = scenarios.current?.lines ?? NO_LINES;
  const targets = useMemo<ScenarioTarget[]>(
    () => [
      // The most common copy first: a current line that stays in the plan.
      { ref: 'plan', name: 'maatwerkscenario', lines: scenarios.plan?.lines ?? NO_LINES },
      { ref: 'threatened', name: 'dreigend scenario', lines: scenarios.threatened?.lines ?? NO_LINES },
      { ref: 'current', name: 'huidig scenario', lines: scenarios.current?.lines ?? NO_LINES },
      ...(scenarios.alternatives ?? NO_ALTERNATIVES).map((alternative, index) => ({ ref: index, name: `alternatief ${index + 1}`, lines: alternative.lines })),
    ],
    [scenarios],
  );
  const mayFill = can(user, 'plans.fromCandidate') && Boolean(clientNumber?.trim());
  const fillTools = useMemo(
    () => (mayFill ? (put: PutLines) => <FillFromRegistration planId={planId} clientNumber={clientNumber ?? ''} lines={currentLines} put={put} /> : undefined),
    [mayFill, planId, clientNumber, currentLines],
  );
  return (
    <section aria-labelledby="rendement" className="dbk-canvas-section">
      <Heading2 id="rendement">Rendement: kosten-batenanalyse</Heading2>
      <Paragraph>
        Wat kost de huidige situatie, wat dreigt er als er niets verandert, en wat kost het maatwerk? Elke tabel heeft onderaan het veld
        ‘Regel toevoegen’: zoek daar in de prijslijst en kies een product, dan staat de hele regel er (omschrijving, geldstroom, prijs en
        frequentie). Staat het niet in de prijslijst, typ dan een eigen omschrijving en druk op Enter: geldstroom en frequentie komen van een
        vergelijkbare regel, u vult de prijs in. Het rendement rekent mee terwijl u typt.
      </Paragraph>
      <p className="utrecht-paragraph dbk-muted dbk-canvas-tip">
        Sneller met het toetsenbord: typ in ‘Regel toevoegen’, pijltje omlaag en Enter kiest het eerste product; Enter in een veld van de regel
        brengt u terug naar ‘Regel toevoegen’. Met de kopieerknop achter een regel kopieert u die naar een ander scenario, bijvoorbeeld van huidig naar maatwerk.
        {mayFill ? ' ‘Vul huidig uit de registratie’ zet de lopende voorzieningen van het huishouden in het huidige scenario.' : ''} Bedragen
        schrijft u als 1.234,56; alles is ongedaan te maken.
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

      <ScenarioTargetsContext.Provider value={targets}>
      <div className="dbk-scenario">
        <Heading3 id="scenario-huidig">Huidig: wat er nu is</Heading3>
        <CostLineTable scenario="current" title="Huidig scenario" lines={currentLines} horizonMonths={horizon} edit={edit} tools={fillTools} />
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
      </ScenarioTargetsContext.Provider>
    </section>
  );
});

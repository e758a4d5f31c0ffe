import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { formatDateTime } from '../../format';
import { can, useUser } from '../../session';
import { AssumptionsForm } from './AssumptionsForm';
import { useAssumptions, type GripAssumptions } from './gripApi';
import { percentText, pillarLabel } from './gripFormat';
import { GripPage } from './GripPage';
import { GripSection } from './GripParts';
import { GripTable, textColumn, type Column } from './GripTable';

type Assumption = GripAssumptions['pillars'][number];

const COLUMNS: readonly Column<Assumption>[] = [
  textColumn('Pijler', (a) => pillarLabel(a.pillar)),
  { header: 'Positief scenario', cell: (a) => percentText(a.positivePercent), value: (a) => a.positivePercent, exportHeader: 'Positief scenario (%)', numeric: true },
  { header: 'Negatief scenario', cell: (a) => percentText(a.negativePercent), value: (a) => a.negativePercent, exportHeader: 'Negatief scenario (%)', numeric: true },
];

/** The growth assumptions behind the positive and negative scenarios; the budgetbeheerder sets them. */
export function AssumptionsPage() {
  const user = useUser();
  const assumptions = useAssumptions();
  const a = assumptions.data;

  return (
    <GripPage title="Groeiaannames">
      <Paragraph lead>
        Het neutrale scenario is de prognose zelf. Het positieve en het negatieve scenario laten wat nog niet gerealiseerd is groeien of krimpen
        met een percentage per pijler, zoals de 5/3/2/1 % van het Maastrichtse model.
      </Paragraph>
      {assumptions.error ? (
        <LoadError what="De groeiaannames" error={assumptions.error} onRetry={() => void assumptions.refetch()} />
      ) : a ? (
        <>
          <Paragraph>
            {a.updatedAt ? `Laatst gewijzigd op ${formatDateTime(a.updatedAt)}${a.updatedBy ? ` door ${a.updatedBy}` : ''}.` : 'Dit zijn de standaardaannames; ze zijn nog niet gewijzigd.'}
          </Paragraph>
          <GripTable caption="Groeiaannames per pijler" columns={COLUMNS} rows={a.pillars} rowKey={(p) => p.pillar} empty="Geen aannames." fileName="grip groeiaannames" />
          {can(user, 'grip.assumptions.edit') ? (
            <GripSection id="grip-aannames-wijzigen" title="Aannames wijzigen">
              <Paragraph>Een percentage van −50 tot en met 100, met hooguit twee decimalen. Een krimp schrijft u met een minteken, bijvoorbeeld −2,5.</Paragraph>
              <AssumptionsForm assumptions={a} />
            </GripSection>
          ) : (
            <Paragraph>Alleen de budgetbeheerder kan de aannames wijzigen.</Paragraph>
          )}
        </>
      ) : (
        <Loading>De groeiaannames worden geladen…</Loading>
      )}
    </GripPage>
  );
}

import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { useUrlFilters } from '../../http/useUrlFilters';
import { formatIsoDate } from '../actions/actionsFormat';
import { EffectsChart } from './EffectsChart';
import { useVariance, type GripVariance } from './gripApi';
import { VARIANCE_PATH, varianceFilterProblems, varianceFilterSchema, varianceParams } from './gripFilters';
import { pillarLabel, signedEuro, varianceVerdict } from './gripFormat';
import { GripPage } from './GripPage';
import { GripSection } from './GripParts';
import { countColumn, GripTable, moneyColumn, textColumn, type Column } from './GripTable';
import { PeriodFilterForm } from './PeriodFilterForm';

type Category = GripVariance['byProductCategory'][number];
type PeriodRow = { label: string; figures: GripVariance['base'] };

const PERIOD_COLUMNS: readonly Column<PeriodRow>[] = [
  textColumn('Periode', (r) => r.label),
  countColumn('Cliënten', (r) => r.figures.clients),
  moneyColumn('Kosten', (r) => r.figures.costCents),
  moneyColumn('Kosten per cliënt', (r) => r.figures.costPerClientCents),
];

const CATEGORY_COLUMNS: readonly Column<Category>[] = [
  textColumn('Productcategorie', (c) => c.productCategory || 'Zonder categorie'),
  textColumn('Pijler', (c) => pillarLabel(c.pillar)),
  countColumn('Cliënten basis', (c) => c.base.clients),
  countColumn('Cliënten nu', (c) => c.current.clients),
  moneyColumn('Kosten per cliënt basis', (c) => c.base.costPerClientCents),
  moneyColumn('Kosten per cliënt nu', (c) => c.current.costPerClientCents),
  moneyColumn('Kosten basis', (c) => c.base.costCents),
  moneyColumn('Kosten nu', (c) => c.current.costCents),
  { ...moneyColumn('Verschil', (c) => c.differenceCents), cell: (c) => signedEuro(c.differenceCents) },
  { ...moneyColumn('Volume-effect', (c) => c.volumeEffectCents), cell: (c) => signedEuro(c.volumeEffectCents) },
  { ...moneyColumn('Prijseffect', (c) => c.priceEffectCents), cell: (c) => signedEuro(c.priceEffectCents) },
];

const period = (from: string, to: string) => `${formatIsoDate(from)} tot en met ${formatIsoDate(to)}`;

/** "Complexer of duurder?": the difference in cost between two periods split into volume, price and mix. */
export function VariancePage() {
  const [filters, setFilters] = useUrlFilters(varianceFilterSchema);
  const variance = useVariance(varianceParams(filters));
  const v = variance.data;

  return (
    <GripPage title="Volume × prijs">
      <Paragraph lead>Wordt de hulp steeds complexer, of steeds duurder? Het verschil in kosten tussen twee perioden, gesplitst in drie effecten.</Paragraph>
      <ul className="utrecht-unordered-list dbk-grip-explain">
        <li className="utrecht-unordered-list__item">
          <strong>Volume</strong>: meer of minder cliënten, tegen de kosten per cliënt van de vergelijkingsperiode.
        </li>
        <li className="utrecht-unordered-list__item">
          <strong>Prijs</strong>: duurder of goedkoper per cliënt binnen dezelfde productcategorie.
        </li>
        <li className="utrecht-unordered-list__item">
          <strong>Mix</strong>: een verschuiving naar andere productcategorieën of meer producten per cliënt — de hulp wordt complexer.
        </li>
      </ul>
      <Paragraph>Samen tellen de drie effecten precies op tot het verschil.</Paragraph>
      <PeriodFilterForm
        id="grip-vp"
        label="Pijler en perioden kiezen"
        value={filters}
        onApply={(next) => setFilters(next, { push: true })}
        check={varianceFilterProblems}
        clearHref={VARIANCE_PATH}
        defaults={{ van: '1 januari van dit jaar', tot: 'vandaag', basisVan: 'een jaar vóór het begin', basisTot: 'een jaar vóór het einde' }}
      />
      {variance.error ? (
        <LoadError what="De cijfers van volume en prijs" error={variance.error} onRetry={() => void variance.refetch()} />
      ) : v ? (
        <div aria-busy={variance.isFetching}>
          <Paragraph>
            {v.pillar ? `Pijler ${pillarLabel(v.pillar)}` : 'Alle pijlers'}. Huidige periode {period(v.from, v.to)}; vergelijkingsperiode {period(v.baseFrom, v.baseTo)}.
          </Paragraph>
          <GripSection id="grip-vp-antwoord" title="Complexer of duurder?">
            <p className="utrecht-paragraph dbk-paragraph dbk-grip-verdict">{varianceVerdict(v)}</p>
          </GripSection>
          <GripSection id="grip-vp-effecten" title="Van vergelijkingsperiode naar nu">
            <EffectsChart variance={v} caption="Verschil in kosten naar volume, prijs en mix" />
            <GripTable
              caption="Cliënten en kosten per periode"
              columns={PERIOD_COLUMNS}
              rows={[
                { label: `Vergelijkingsperiode (${period(v.baseFrom, v.baseTo)})`, figures: v.base },
                { label: `Huidige periode (${period(v.from, v.to)})`, figures: v.current },
              ]}
              rowKey={(r) => r.label}
              empty="Geen cijfers."
            />
          </GripSection>
          <GripSection id="grip-vp-categorieen" title="Per productcategorie">
            <GripTable
              caption="Volume en prijs per productcategorie"
              columns={CATEGORY_COLUMNS}
              rows={v.byProductCategory}
              rowKey={(c) => `${c.pillar}:${c.productCategory}`}
              empty="Geen voorzieningen in deze perioden."
            />
          </GripSection>
        </div>
      ) : (
        <Loading>De cijfers van volume en prijs worden berekend…</Loading>
      )}
    </GripPage>
  );
}

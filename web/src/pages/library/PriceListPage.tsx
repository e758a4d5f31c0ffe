import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert } from '../../components/Alert';
import { PageHeading } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { usePageTitle } from '../../components/usePageTitle';
import { useUrlFilters } from '../../http/useUrlFilters';
import { can, useUser } from '../../session';
import { ChangeNotice } from './ChangeNotice';
import { isFiltered, libraryFilters, priceQuery } from './filters';
import { afterLibraryChange, libraryApi, libraryKeys, type PriceItem, type PriceList } from './libraryApi';
import { PRICE_LIST_PATH } from './libraryPaths';
import { PriceManageActions } from './PriceManageActions';
import { PriceTable } from './PriceTable';
import { SearchForm } from './SearchForm';
import { useChanges } from './useChanges';

const count = (n: number) => (n === 1 ? '1 tarief' : `${n} tarieven`);

export function PriceListPage() {
  usePageTitle('Prijslijst');
  const me = useUser();
  const manage = can(me, 'library.manage');
  const [filters, setFilters] = useUrlFilters(libraryFilters);
  const apiQuery = priceQuery(filters, manage);
  const queryClient = useQueryClient();
  // A new search shows only its own answer (cached when it was shown before), never the previous one.
  const prices = useQuery({ queryKey: libraryKeys.prices(apiQuery), queryFn: () => libraryApi.prices.list(apiQuery) });
  const changes = useChanges();

  const reactivate = async (item: PriceItem, undoing: boolean) => {
    const saved = await changes.perform(item.code, () => libraryApi.prices.update(item.code, { active: true }));
    if (!saved) return;
    void afterLibraryChange(queryClient, { refetch: true });
    changes.announce({ type: 'ok', text: `${undoing ? 'Ongedaan gemaakt: t' : 'T'}arief ${saved.code} (${saved.name}) staat weer in de prijslijst.` });
  };

  const deactivate = async (item: PriceItem) => {
    const saved = await changes.perform(item.code, () => libraryApi.prices.deactivate(item.code));
    if (!saved) return;
    queryClient.setQueryData<PriceList>(libraryKeys.prices(apiQuery), (list) =>
      !list
        ? list
        : filters.gedeactiveerd
          ? { ...list, items: list.items.map((row) => (row.code === saved.code ? saved : row)) }
          : { items: list.items.filter((row) => row.code !== saved.code), total: list.total - 1 },
    );
    void afterLibraryChange(queryClient);
    changes.announce(
      {
        type: 'ok',
        text: `Tarief ${saved.code} (${saved.name}) is gedeactiveerd: niemand vindt het nog in de prijslijst. Het blijft bewaard.`,
        undo: () => void reactivate(saved, true),
      },
      { focus: true },
    );
  };

  const total = prices.data?.total ?? 0;
  const filtered = isFiltered(filters);

  return (
    <>
      <PageHeading>Prijslijst</PageHeading>
      <Paragraph lead>
        De maatschappelijke prijslijst van {me.tenant.name}: wat zorg, ondersteuning en voorzieningen kosten. Zoek hier een bedrag op, ook
        zonder een plan te maken.
      </Paragraph>
      <Alert type="info" heading="Indicatieve bedragen">
        <p className="utrecht-paragraph dbk-paragraph">
          De landelijke bedragen zijn indicatieve standaardbedragen uit openbare bronnen; bij elk bedrag staan de bron en het jaar. Uw gemeente
          kan ze vervangen door eigen tarieven, bijvoorbeeld uit contracten met aanbieders: die zijn gemarkeerd met ‘lokaal’. Een bedrag
          gemarkeerd als ‘Schatting’ is onzeker: gebruik het als orde van grootte en lees de toelichting, vaak een bandbreedte.
        </p>
      </Alert>

      {manage ? <PriceManageActions /> : null}

      <ChangeNotice notice={changes.notice} error={changes.error} busy={changes.busyCode !== null} noticeRef={changes.noticeRef} />

      <SearchForm
        label="Zoeken in de prijslijst"
        filters={filters}
        onSearch={(next) => setFilters(next, { push: true })}
        clearHref={PRICE_LIST_PATH}
        searchDescription="Zoekt in code, naam, eenheid, bron en toelichting, bijvoorbeeld ‘pleegzorg’ of ‘beschermd wonen’."
        withFundingStream
        originLabels={{ national: 'Alleen landelijke bedragen', local: 'Alleen eigen tarieven (lokaal)' }}
        {...(manage ? { inactiveLabel: 'Ook gedeactiveerde tarieven tonen' } : {})}
      />

      <p className="utrecht-paragraph dbk-result-count" role="status">
        {prices.data
          ? total === 0
            ? filtered
              ? 'Er zijn geen tarieven gevonden. Probeer een andere zoekterm of minder filters.'
              : 'De prijslijst is leeg.'
            : `${count(total)}${filtered ? ' gevonden' : ''}.`
          : ''}
      </p>

      {prices.error ? (
        <LoadError what="De tarieven" error={prices.error} onRetry={() => void prices.refetch()} />
      ) : prices.data ? (
        prices.data.items.length > 0 ? (
          <div aria-busy={prices.isFetching} className="dbk-price-table">
            <PriceTable
              items={prices.data.items}
              caption={filtered ? 'Gevonden tarieven' : 'Alle tarieven'}
              {...(manage
                ? {
                    manage: {
                      busyCode: changes.busyCode,
                      onDeactivate: (item) => void deactivate(item),
                      onReactivate: (item) => void reactivate(item, false),
                    },
                  }
                : {})}
            />
          </div>
        ) : null
      ) : (
        <Loading>De tarieven worden geladen…</Loading>
      )}
    </>
  );
}

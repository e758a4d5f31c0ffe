import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Heading2, PageHeading } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { usePageTitle } from '../../components/usePageTitle';
import { useUrlFilters } from '../../http/useUrlFilters';
import { Link } from '../../router';
import { can, useUser } from '../../session';
import { ChangeNotice } from './ChangeNotice';
import { isFiltered, legalQuery, libraryFilters } from './filters';
import { citation } from './labels';
import { LegalBasisList } from './LegalBasisList';
import { afterLibraryChange, libraryApi, libraryKeys, type LegalBases, type LegalBasis } from './libraryApi';
import { LEGAL_LIBRARY_PATH, NEW_LEGAL_PATH } from './libraryPaths';
import { SearchForm } from './SearchForm';
import { useChanges } from './useChanges';

const count = (n: number) => (n === 1 ? '1 grondslag' : `${n} grondslagen`);

export function LegalLibraryPage() {
  usePageTitle('Wettenbibliotheek');
  const me = useUser();
  const manage = can(me, 'library.manage');
  const [filters, setFilters] = useUrlFilters(libraryFilters);
  const apiQuery = legalQuery(filters, manage);
  const queryClient = useQueryClient();
  const bases = useQuery({ queryKey: libraryKeys.legal(apiQuery), queryFn: () => libraryApi.legal.list(apiQuery) });
  const changes = useChanges();

  const reactivate = async (basis: LegalBasis, undoing: boolean) => {
    const saved = await changes.perform(basis.code, () => libraryApi.legal.update(basis.code, { active: true }));
    if (!saved) return;
    void afterLibraryChange(queryClient, { refetch: true });
    changes.announce({ type: 'ok', text: `${undoing ? 'Ongedaan gemaakt: ' : ''}${citation(saved)} staat weer in de wettenbibliotheek.` });
  };

  const deactivate = async (basis: LegalBasis) => {
    const saved = await changes.perform(basis.code, () => libraryApi.legal.deactivate(basis.code));
    if (!saved) return;
    queryClient.setQueryData<LegalBases>(libraryKeys.legal(apiQuery), (list) =>
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
        text: `${citation(saved)} is gedeactiveerd: niemand vindt deze grondslag nog. Plannen die hem noemen, houden hun tekst.`,
        undo: () => void reactivate(saved, true),
      },
      { focus: true },
    );
  };

  const total = bases.data?.total ?? 0;
  const filtered = isFiltered(filters);

  return (
    <>
      <PageHeading>Wettenbibliotheek</PageHeading>
      <Paragraph lead>
        Wetsartikelen, verordeningen en beleidsregels die ruimte geven voor maatwerk: de legitimiteit van een plan. Zoek hier een grondslag
        op, ook zonder een plan te maken.
      </Paragraph>
      <Paragraph>
        De landelijke wetten linken naar de officiële tekst op wetten.overheid.nl. Eigen verordeningen en beleidsregels van {me.tenant.name},
        zoals een hardheidsclausule, zijn gemarkeerd met ‘lokaal’. Artikelnummers kunnen na een wetswijziging veranderen: controleer bij twijfel
        de officiële tekst.
      </Paragraph>

      {manage ? (
        <section aria-labelledby="wetten-beheren" className="dbk-manage">
          <Heading2 id="wetten-beheren">Wettenbibliotheek beheren</Heading2>
          <Paragraph>
            Voeg eigen verordeningen en beleidsregels toe, bijvoorbeeld de hardheidsclausule van uw Wmo-verordening, met een link naar
            lokaleregelgeving.overheid.nl. Wijzigt u een landelijke grondslag, dan wordt die een eigen (lokale) grondslag.
          </Paragraph>
          <div className="dbk-button-group utrecht-button-group">
            <Link href={NEW_LEGAL_PATH} className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action dbk-button-link">
              Grondslag toevoegen
            </Link>
          </div>
        </section>
      ) : null}

      <ChangeNotice notice={changes.notice} error={changes.error} busy={changes.busyCode !== null} noticeRef={changes.noticeRef} />

      <SearchForm
        label="Zoeken in de wettenbibliotheek"
        filters={filters}
        onSearch={(next) => setFilters(next, { push: true })}
        clearHref={LEGAL_LIBRARY_PATH}
        searchDescription="Zoekt in regeling, artikel en omschrijving, bijvoorbeeld ‘hardheidsclausule’, ‘Wmo’ of ‘bijzondere bijstand’."
        withFundingStream={false}
        originLabels={{ national: 'Alleen landelijke wetten', local: 'Alleen eigen regels (lokaal)' }}
        {...(manage ? { inactiveLabel: 'Ook gedeactiveerde grondslagen tonen' } : {})}
      />

      <section aria-labelledby="grondslagen">
        <Heading2 id="grondslagen">{filtered ? 'Gevonden grondslagen' : 'Alle grondslagen'}</Heading2>
        <p className="utrecht-paragraph dbk-result-count" role="status">
          {bases.data
            ? total === 0
              ? filtered
                ? 'Er zijn geen grondslagen gevonden. Probeer een andere zoekterm of minder filters.'
                : 'De wettenbibliotheek is leeg.'
              : `${count(total)}${filtered ? ' gevonden' : ''}${filters.leefgebied ? ', inclusief grondslagen die voor alle leefgebieden gelden' : ''}.`
            : ''}
        </p>
        {bases.error ? (
          <LoadError what="De grondslagen" error={bases.error} onRetry={() => void bases.refetch()} />
        ) : bases.data ? (
          <div aria-busy={bases.isFetching}>
            <LegalBasisList
              items={bases.data.items}
              {...(manage
                ? {
                    manage: {
                      busyCode: changes.busyCode,
                      onDeactivate: (basis) => void deactivate(basis),
                      onReactivate: (basis) => void reactivate(basis, false),
                    },
                  }
                : {})}
            />
          </div>
        ) : (
          <Loading>De grondslagen worden geladen…</Loading>
        )}
      </section>
    </>
  );
}

import { useRef, useState, type ReactNode } from 'react';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { TextLink } from '../../components/TextLink';
import { formatDateTime } from '../../format';
import { useUrlFilters } from '../../http/useUrlFilters';
import { Link } from '../../router';
import { can, useUser } from '../../session';
import { formatIsoDate } from '../actions/actionsFormat';
import { useHandleSignal, useReopenSignal, useSignals, type GripSignal, type GripSignals } from './gripApi';
import { providerHref, signalFilterSchema, signalsHref, signalsParams, SIGNALS_PAGE_SIZE, type SignalFilters } from './gripFilters';
import { signalTypeLabel } from './gripFormat';
import { GripPage } from './GripPage';
import { GripSection } from './GripParts';
import { countColumn, GripTable, textColumn, type Column } from './GripTable';
import { describeSignal, HandleSignalDialog } from './HandleSignalDialog';
import { SignalFilterForm } from './SignalFilterForm';

type TypeCount = GripSignals['byType'][number];

const handledText = (s: GripSignal) => (s.handled ? `Afgehandeld door ${s.handled.handledBy} op ${formatDateTime(s.handled.handledAt)}: ${s.handled.note}` : 'Open');

function typeColumns(filters: SignalFilters): Column<TypeCount>[] {
  return [
    textColumn(
      'Soort signaal',
      (t) => signalTypeLabel(t.type),
      (t) => <TextLink href={signalsHref({ ...filters, type: t.type, pagina: 1 })}>{signalTypeLabel(t.type)}</TextLink>,
    ),
    countColumn('Open', (t) => t.open),
    countColumn('Totaal', (t) => t.count),
  ];
}

function signalColumns(actions: ((s: GripSignal) => ReactNode) | null): Column<GripSignal>[] {
  const columns: Column<GripSignal>[] = [
    textColumn('Soort signaal', (s) => signalTypeLabel(s.type)),
    textColumn('Aanbieder', (s) => s.provider ?? '', (s) => (s.provider ? <TextLink href={providerHref(s.provider)}>{s.provider}</TextLink> : '–')),
    textColumn('Toewijzing', (s) => s.assignmentNumber ?? '', (s) => s.assignmentNumber ?? '–'),
    textColumn('Sinds', (s) => s.since, (s) => formatIsoDate(s.since)),
    textColumn('Toelichting', (s) => s.detail),
    textColumn('Status', handledText),
  ];
  if (actions) columns.push({ header: 'Actie', cell: actions, value: () => null, screenOnly: true });
  return columns;
}

function Pager({ filters, total }: { filters: SignalFilters; total: number }) {
  const pages = Math.max(1, Math.ceil(total / SIGNALS_PAGE_SIZE));
  if (pages <= 1) return null;
  const page = Math.min(filters.pagina, pages);
  return (
    <nav className="utrecht-pagination dbk-pagination" aria-label="Paginering van de signalen">
      <span className="utrecht-pagination__before">
        {page > 1 ? (
          <Link href={signalsHref({ ...filters, pagina: page - 1 })} className="utrecht-pagination__relative-link dbk-pagination__link" rel="prev">
            Vorige pagina
          </Link>
        ) : null}
      </span>
      <span className="dbk-pagination__status">
        Pagina {page} van {pages}
      </span>
      <span className="utrecht-pagination__after">
        {page < pages ? (
          <Link href={signalsHref({ ...filters, pagina: page + 1 })} className="utrecht-pagination__relative-link dbk-pagination__link" rel="next">
            Volgende pagina
          </Link>
        ) : null}
      </span>
    </nav>
  );
}

interface Notice {
  text: string;
  /** The signal just handled: "Ongedaan maken" reopens it. */
  undo?: GripSignal;
  type: 'ok' | 'error';
}

/** The analist's work list of message-chain signals; others read it. */
export function SignalsPage() {
  const user = useUser();
  const mayHandle = can(user, 'grip.signals.handle');
  const [filters, setFilters] = useUrlFilters(signalFilterSchema);
  const signals = useSignals(signalsParams(filters));
  const handle = useHandleSignal();
  const reopen = useReopenSignal();
  const [handling, setHandling] = useState<GripSignal | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  const focusNotice = () => setTimeout(() => noticeRef.current?.focus(), 0);
  const onHandle = async (signal: GripSignal, note: string) => {
    await handle.mutateAsync({ id: signal.id, note });
    setHandling(null);
    setNotice({ type: 'ok', text: `Afgehandeld: ${describeSignal(signal)}.`, undo: signal });
    focusNotice();
  };
  const onReopen = (signal: GripSignal, undo: boolean) =>
    reopen.mutate(signal.id, {
      onSuccess: () => {
        setNotice({ type: 'ok', text: `${undo ? 'Ongedaan gemaakt' : 'Heropend'}: ${describeSignal(signal)} staat weer open.` });
        focusNotice();
      },
      onError: (error) => {
        setNotice({ type: 'error', text: `Heropenen lukte niet: ${error.message}` });
        focusNotice();
      },
    });

  const actions = mayHandle
    ? (s: GripSignal) =>
        s.handled ? (
          <Button appearance="secondary" busy={reopen.isPending} onClick={() => onReopen(s, false)}>
            Heropenen<span className="dbk-visually-hidden">: {describeSignal(s)}</span>
          </Button>
        ) : (
          <Button appearance="secondary" onClick={() => setHandling(s)}>
            Afhandelen<span className="dbk-visually-hidden">: {describeSignal(s)}</span>
          </Button>
        )
    : null;

  return (
    <GripPage title="Signalen">
      <Paragraph lead>
        Afwijkingen in de berichtenketen per aanbieder: toewijzingen zonder start of einddatum, declaraties boven of buiten de toewijzing, en
        ontbrekende tarieven. Zo ziet u ze op tijd.
      </Paragraph>
      {!mayHandle ? <Paragraph>De informatieanalist handelt signalen af; u ziet hier de werklijst en wat ermee is gedaan.</Paragraph> : null}
      <SignalFilterForm value={filters} onApply={(next) => setFilters(next, { push: true })} />
      <div className="dbk-live" role="status" ref={noticeRef} tabIndex={-1}>
        {notice ? (
          <Alert type={notice.type}>
            <p className="utrecht-paragraph dbk-paragraph">{notice.text}</p>
            {notice.undo ? (
              <Button appearance="secondary" busy={reopen.isPending} onClick={() => onReopen(notice.undo!, true)}>
                Ongedaan maken
              </Button>
            ) : null}
          </Alert>
        ) : null}
      </div>
      {signals.error ? (
        <LoadError what="De signalen" error={signals.error} onRetry={() => void signals.refetch()} />
      ) : signals.data ? (
        <div aria-busy={signals.isFetching}>
          <GripSection id="grip-signalen-soorten" title="Per soort">
            <GripTable caption="Signalen per soort" columns={typeColumns(filters)} rows={signals.data.byType} rowKey={(t) => t.type} empty="Geen signalen." />
          </GripSection>
          <GripSection id="grip-signalen-lijst" title="Werklijst">
            <Paragraph>
              {signals.data.total === 1 ? '1 signaal' : `${signals.data.total} signalen`} in deze selectie.
            </Paragraph>
            <GripTable
              caption="Signalen in de werklijst"
              columns={signalColumns(actions)}
              rows={signals.data.items}
              rowKey={(s) => s.id}
              empty={filters.status === 'open' ? 'Geen open signalen in deze selectie.' : 'Geen signalen in deze selectie.'}
              fileName="grip signalen"
            />
            <Pager filters={filters} total={signals.data.total} />
          </GripSection>
        </div>
      ) : (
        <Loading>De signalen worden geladen…</Loading>
      )}
      {mayHandle ? <HandleSignalDialog signal={handling} busy={handle.isPending} onHandle={onHandle} onCancel={() => setHandling(null)} /> : null}
    </GripPage>
  );
}

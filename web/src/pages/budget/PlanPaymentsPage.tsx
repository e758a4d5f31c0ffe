import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { formatEuro } from '../../../../src/shared/money';
import { Alert } from '../../components/Alert';
import { Heading2, PageHeading } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { TextLink } from '../../components/TextLink';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate } from '../../format';
import { can, useUser } from '../../session';
import { actionsKey } from '../actions/actionsApi';
import { budgetApi, budgetKeys, type LedgerEntry } from './budgetApi';
import { PaymentForm } from './PaymentForm';
import { statusLabel } from './PlanBudgetTable';
import './budget.css';

const KIND: Record<LedgerEntry['kind'], string> = { commit: 'Vastgelegd', release: 'Vrijgegeven', payment: 'Betaling' };
const PAYABLE = ['approved', 'in_progress', 'monitoring'];

export function PlanPaymentsPage({ id }: { id: string }) {
  const me = useUser();
  const queryClient = useQueryClient();
  const data = useQuery({
    queryKey: budgetKeys.plan(id),
    queryFn: async () => {
      const [plan, ledger] = await Promise.all([budgetApi.plan(id), budgetApi.payments(id)]);
      return { plan, ledger };
    },
  });
  const [notice, setNotice] = useState<string | null>(null);
  const title = data.data ? `Betalingen plan ${data.data.plan.caseNumber}` : 'Betalingen van een plan';
  usePageTitle(title);

  if (data.error) return <LoadError what="Het plan en zijn betalingen" error={data.error} onRetry={() => void data.refetch()} />;
  if (!data.data) return <Loading>De betalingen worden geladen…</Loading>;
  const { plan, ledger } = data.data;
  const payable = can(me, 'payments.create') && PAYABLE.includes(plan.status);

  return (
    <>
      <PageHeading>{title}</PageHeading>
      <Paragraph>
        <TextLink href={`/plannen/${encodeURIComponent(plan.id)}`}>Naar het plan {plan.caseNumber}</TextLink>
        {' · '}
        <TextLink href={ledger.year ? `/budget?jaar=${ledger.year}` : '/budget'}>Naar het maatwerkbudget</TextLink>
      </Paragraph>
      <dl className="dbk-budget-totals">
        {[
          { key: 'Status', value: statusLabel(plan.status) },
          { key: 'Budgetjaar', value: ledger.year ?? 'nog niet goedgekeurd' },
          { key: 'Vastgelegd', value: formatEuro(ledger.balance.committedNetCents) },
          { key: 'Betaald', value: formatEuro(ledger.balance.paidCents) },
          { key: 'Nog open', value: formatEuro(ledger.balance.openCommitmentCents) },
        ].map((item) => (
          <div key={item.key} className="dbk-budget-total">
            <dt>{item.key}</dt>
            <dd>{item.value}</dd>
          </div>
        ))}
      </dl>

      <div className="dbk-live" role="status">
        {notice ? (
          <Alert type="ok">
            <p className="utrecht-paragraph dbk-paragraph">{notice}</p>
          </Alert>
        ) : null}
      </div>

      <Heading2>Boekingen</Heading2>
      {ledger.entries.length === 0 ? (
        <Paragraph>Op dit plan is nog niets vastgelegd of betaald.</Paragraph>
      ) : (
        <div className="utrecht-table-container dbk-table-container" role="region" aria-labelledby="boekingen-tabel" tabIndex={0}>
          <table className="utrecht-table utrecht-table--html-table dbk-table">
            <caption id="boekingen-tabel" className="utrecht-table__caption dbk-visually-hidden">
              Boekingen op het maatwerkbudget voor plan {plan.caseNumber}
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                {['Datum', 'Soort', 'Bedrag', 'Omschrijving', 'Btw', 'Factuur', 'Door'].map((column) => (
                  <th key={column} scope="col" className={`utrecht-table__header-cell${column === 'Bedrag' ? ' dbk-amount' : ''}`}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {ledger.entries.map((entry) => (
                <tr key={entry.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell dbk-nowrap">{formatDate(`${entry.date}T12:00:00Z`)}</td>
                  <td className="utrecht-table__cell">{KIND[entry.kind]}</td>
                  <td className="utrecht-table__cell dbk-amount">{formatEuro(entry.amountCents)}</td>
                  <td className="utrecht-table__cell">
                    {entry.description}
                    {entry.exceedReason ? <span className="dbk-muted"> (overschrijding: {entry.exceedReason})</span> : null}
                  </td>
                  <td className="utrecht-table__cell">{entry.kind === 'payment' ? (entry.vat ? 'inclusief' : 'nee') : ''}</td>
                  <td className="utrecht-table__cell">{entry.invoiceReference ?? ''}</td>
                  <td className="utrecht-table__cell">{entry.userName ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {payable ? (
        <>
          <Heading2>Betaling registreren</Heading2>
          <PaymentForm
            planId={plan.id}
            balance={ledger.balance}
            onPaid={(payment, balance) => {
              queryClient.setQueryData<typeof data.data>(budgetKeys.plan(id), (d) => (d ? { ...d, ledger: { ...d.ledger, balance, entries: [...d.ledger.entries, payment] } } : d));
              // The year's totals and the budget warnings in Mijn acties changed with it.
              void queryClient.invalidateQueries({ queryKey: ['budget', 'year'] });
              void queryClient.invalidateQueries({ queryKey: actionsKey });
              setNotice(`Betaling van ${formatEuro(payment.amountCents)} is geregistreerd. Nog open op dit plan: ${formatEuro(balance.openCommitmentCents)}.`);
            }}
          />
        </>
      ) : can(me, 'payments.create') ? (
        <Paragraph>Op dit plan kan niet worden betaald: het is niet goedgekeurd, of al afgesloten.</Paragraph>
      ) : null}
    </>
  );
}

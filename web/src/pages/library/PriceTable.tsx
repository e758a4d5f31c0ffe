import { formatEuro } from '../../../../src/shared/money';
import { Button } from '../../components/Button';
import { StatusBadge } from '../../components/StatusBadge';
import { Table } from '../../components/Table';
import { Link } from '../../router';
import { InactiveBadge, OriginBadge } from './Badges';
import { CONFIDENCE_TEXT, domainLabel, frequencyLabel, fundingStreamLabel } from './labels';
import type { PriceItem } from './libraryApi';
import { editPriceHref } from './libraryPaths';

interface PriceTableProps {
  items: readonly PriceItem[];
  caption: string;
  /** Present for those who manage the list: the row actions. */
  manage?: {
    busyCode: string | null;
    onDeactivate: (item: PriceItem) => void;
    onReactivate: (item: PriceItem) => void;
  };
}

/*
 * Ten facts per row on a laptop screen: the year sits under the amount it belongs to (prijspeil),
 * the row actions under the name, and soft hyphens let the long Dutch headers break.
 */
const COLUMNS = ['Code', 'Naam', 'Eenheid', 'Prijs', 'Frequentie', 'Geld\u00ADstroom', 'Leef\u00ADgebied', 'Betrouw\u00ADbaarheid', 'Bron'];

export function PriceTable({ items, caption, manage }: PriceTableProps) {
  return (
    <Table caption={caption}>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          {COLUMNS.map((column) => (
            <th key={column} scope="col" className={`utrecht-table__header-cell${column === 'Prijs' ? ' dbk-table__amount' : ''}`}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {items.map((item) => {
          const estimate = item.confidence === 'low';
          const name = `${item.code} ${item.name}`;
          return (
            <tr key={item.code} className={`utrecht-table__row${estimate ? ' dbk-row--estimate' : ''}${item.active ? '' : ' dbk-row--inactive'}`}>
              <th scope="row" className="utrecht-table__header-cell dbk-table__row-header dbk-nowrap">
                {item.code}
              </th>
              <td className="utrecht-table__cell">
                <span className="dbk-table__name">{item.name}</span>
                <span className="dbk-badges">
                  <OriginBadge origin={item.origin} />
                  <InactiveBadge active={item.active} />
                </span>
                {manage ? (
                  <span className="dbk-row-actions dbk-table__actions">
                    <Link href={editPriceHref(item.code)} className="utrecht-link utrecht-link--html-a" aria-label={`${name} wijzigen`}>
                      Wijzigen
                    </Link>
                    <Button
                      appearance="subtle"
                      busy={manage.busyCode === item.code}
                      onClick={() => (item.active ? manage.onDeactivate(item) : manage.onReactivate(item))}
                      aria-label={`${name} ${item.active ? 'deactiveren' : 'terugzetten'}`}
                    >
                      {item.active ? 'Deactiveren' : 'Terugzetten'}
                    </Button>
                  </span>
                ) : null}
              </td>
              <td className="utrecht-table__cell">{item.unit}</td>
              <td className="utrecht-table__cell dbk-table__amount">
                {estimate ? (
                  <>
                    <span aria-hidden="true">ca. </span>
                    <span className="dbk-visually-hidden">ongeveer </span>
                  </>
                ) : null}
                {formatEuro(item.unitPriceCents)}
                <span className="dbk-table__note">prijspeil {item.year}</span>
              </td>
              <td className="utrecht-table__cell">{frequencyLabel(item.frequency)}</td>
              <td className="utrecht-table__cell">{fundingStreamLabel(item.fundingStream)}</td>
              <td className="utrecht-table__cell">{domainLabel(item.domain)}</td>
              <td className="utrecht-table__cell">
                {estimate ? <StatusBadge status="warning">{CONFIDENCE_TEXT.low}</StatusBadge> : CONFIDENCE_TEXT[item.confidence]}
                {item.note ? <span className="dbk-table__note">{item.note}</span> : null}
              </td>
              <td className="utrecht-table__cell">{item.source}</td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

import type { CsvKind } from '../../imports/domain/records.js';
import type { BudgetRow } from './domain/budgets.js';
import { isoOf, type Day } from './domain/days.js';
import type { Client, CsvService, Household } from './domain/model.js';
import type { Provider } from './domain/providers.js';
import type { TariffRow } from './domain/tariffs.js';

/**
 * The CSV files, with the columns of CONTRACT.md "Service data" in its order: comma-separated,
 * UTF-8 without BOM, ISO dates, integer cents, a header row.
 */
export const CSV_HEADERS: Record<CsvKind, readonly string[]> = {
  services: ['serviceId', 'bsn', 'clientNumber', 'pillar', 'productCategory', 'productCode', 'productName', 'provider', 'startDate', 'endDate', 'volume', 'unit', 'frequency', 'unitPriceCents', 'amountCents'],
  households: ['bsn', 'clientNumber', 'householdId', 'validFrom', 'validTo'],
  tariffs: ['provider', 'productCategory', 'productCode', 'unit', 'unitPriceCents', 'validFrom', 'validTo'],
  budgets: ['year', 'budgetLine', 'name', 'pillar', 'productCategory', 'amountCents'],
  realisations: ['serviceId', 'periodStart', 'periodEnd', 'amountCents'],
};

type Cell = string | number | undefined | null;

function cell(value: Cell): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (cells: readonly Cell[]) => `${cells.map(cell).join(',')}\n`;
export const csvHeader = (kind: CsvKind) => csvLine(CSV_HEADERS[kind]);

const date = (day: Day | null | undefined) => (day === null || day === undefined ? '' : isoOf(day));

export const householdLine = (household: Household, client: Client) =>
  csvLine([client.bsn, client.clientNumber, household.householdId, date(client.inHouseholdSince), '']);

export function serviceLine(client: Client, service: CsvService, provider: Provider): string {
  const p = service.product;
  const byVolume = service.volume !== undefined;
  return csvLine([
    service.serviceId, client.bsn, client.clientNumber, service.pillar, p.category, p.code, p.name, provider.agb,
    date(service.start), date(service.end),
    service.volume, byVolume ? p.unit : '', byVolume ? p.frequency : '', service.unitPriceCents, service.amountCents,
  ]);
}

export const realisationLines = (service: CsvService) =>
  service.realisations.map((r) => csvLine([service.serviceId, date(r.from), date(r.to), r.amountCents])).join('');

export const tariffLine = (row: TariffRow) => csvLine([row.provider, row.productCategory, row.productCode, row.unit, row.unitPriceCents, date(row.validFrom), date(row.validTo)]);

export const budgetLine = (row: BudgetRow) => csvLine([row.year, row.budgetLine, row.name, row.pillar, row.productCategory, row.amountCents]);

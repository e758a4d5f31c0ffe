import type { BudgetRecord, CsvKind, HouseholdRecord, RealisationRecord, ServiceRecord, TariffRecord } from '../../domain/records.js';
import type { CsvRow } from './csv-fields.js';

/**
 * One row of each CSV kind (CONTRACT.md "Service data → Import") as its record, or undefined with
 * the row's messages in `row.errors`. Every column is read even after a problem, so the user sees
 * all of a row's problems at once.
 */
export type CsvRecord = ServiceRecord | HouseholdRecord | TariffRecord | BudgetRecord | RealisationRecord;
export type RowReader = (row: CsvRow) => CsvRecord | undefined;

const NOT_NEGATIVE = { required: false, negative: false } as const;

function service(row: CsvRow): ServiceRecord | undefined {
  const serviceId = row.required('serviceId');
  const client = row.client();
  const pillar = row.pillar('pillar');
  const productCategory = row.required('productCategory');
  const productCode = row.optional('productCode');
  const productName = row.text('productName', false);
  // Empty: the municipality itself pays (a benefit, a debt trajectory).
  const provider = row.cell('provider');
  const startDate = row.date('startDate', true);
  const endDate = row.date('endDate', false);
  row.notBefore('endDate', endDate, 'startDate', startDate);
  const volume = row.count('volume', false);
  const unit = row.unit('unit', false);
  const frequency = row.frequency('frequency', false);
  const unitPriceCents = row.cents('unitPriceCents', NOT_NEGATIVE);
  const amountCents = row.cents('amountCents', NOT_NEGATIVE);
  // Judged on the cells, not the values, so a bad volume is not also reported as missing.
  if (row.cell('volume') !== '') {
    if (row.cell('unit') === '') row.fail('Kolom unit is leeg; bij een volume horen unit en frequency.');
    if (row.cell('frequency') === '') row.fail('Kolom frequency is leeg; bij een volume horen unit en frequency.');
  } else if (row.cell('amountCents') === '') {
    row.fail('Kolommen volume en amountCents zijn allebei leeg: vul volume, unit en frequency in, of amountCents (een budget over de hele periode).');
  }
  if (row.errors.length > 0 || !client || !pillar || !startDate) return undefined;
  return {
    type: 'service', serviceId, client, pillar, productCategory, productCode, productName, provider,
    startDate, endDate, volume, unit, frequency, unitPriceCents, amountCents,
  };
}

function household(row: CsvRow): HouseholdRecord | undefined {
  const client = row.client();
  const householdId = row.required('householdId');
  const validFrom = row.date('validFrom', true);
  const validTo = row.date('validTo', false);
  row.notBefore('validTo', validTo, 'validFrom', validFrom);
  if (row.errors.length > 0 || !client || !validFrom) return undefined;
  return { type: 'household', client, householdId, validFrom, validTo };
}

function tariff(row: CsvRow): TariffRecord | undefined {
  const provider = row.cell('provider');
  const productCategory = row.required('productCategory');
  const productCode = row.required('productCode');
  const unit = row.unit('unit', true);
  const unitPriceCents = row.cents('unitPriceCents', { required: true, negative: false });
  const validFrom = row.date('validFrom', true);
  const validTo = row.date('validTo', false);
  row.notBefore('validTo', validTo, 'validFrom', validFrom);
  if (row.errors.length > 0 || !unit || unitPriceCents === undefined || !validFrom) return undefined;
  return { type: 'tariff', provider, productCategory, productCode, unit, unitPriceCents, validFrom, validTo };
}

function budget(row: CsvRow): BudgetRecord | undefined {
  const year = row.year('year');
  const budgetLine = row.required('budgetLine');
  const name = row.text('name', true) ?? '';
  const pillar = row.pillar('pillar');
  const productCategory = row.cell('productCategory');
  const amountCents = row.cents('amountCents', { required: true, negative: false });
  if (row.errors.length > 0 || year === undefined || !pillar || amountCents === undefined) return undefined;
  return { type: 'budget', year, budgetLine, name, pillar, productCategory, amountCents };
}

/** A realisation may be negative: a correction of what was paid before. */
function realisation(row: CsvRow): RealisationRecord | undefined {
  const serviceId = row.required('serviceId');
  const periodStart = row.date('periodStart', true);
  const periodEnd = row.date('periodEnd', true);
  row.notBefore('periodEnd', periodEnd, 'periodStart', periodStart);
  const amountCents = row.cents('amountCents', { required: true, negative: true });
  if (row.errors.length > 0 || !periodStart || !periodEnd || amountCents === undefined) return undefined;
  return { type: 'realisation', serviceId, periodStart, periodEnd, amountCents };
}

export const ROW_READERS: Record<CsvKind, RowReader> = {
  services: service,
  households: household,
  tariffs: tariff,
  budgets: budget,
  realisations: realisation,
};

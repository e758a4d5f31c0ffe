import { copyLine } from '../db/bulk.js';
import { clientKeys, type Pseudonymiser } from './domain/pseudonymise.js';
import type { ImportRecord } from './domain/records.js';

/**
 * The staging tables of one file's transaction (temporary, dropped at commit): what crossed the
 * border, already pseudonymised. Rows are COPYed in batches while the file streams in, then
 * merged into the real tables (import-merge.ts) only if the whole file was valid.
 */
export type StageName = 'services' | 'starts' | 'stops' | 'declarations' | 'households' | 'tariffs' | 'budgets' | 'realisations';

const CLIENT = ['bsn_key text', 'number_key text', 'client_number text', 'client_key text'];
/** Every staging row knows its file (so an invalid file's rows can be dropped) and its order. */
const ROW = ['file_no integer', 'seq bigint'];

export const STAGES: Record<StageName, readonly string[]> = {
  services: [...ROW, ...CLIENT, 'birth_year integer', 'address_key text', 'service_id text', 'pillar text', 'product_category text', 'product_code text', 'product_name text', 'provider text', 'assigned_on date', 'assignment_start date', 'assignment_end date', 'volume bigint', 'unit text', 'frequency text', 'unit_price_cents bigint', 'amount_cents bigint', 'message_date date', 'source text'],
  starts: [...ROW, ...CLIENT, 'service_id text', 'provider text', 'pillar text', 'started_on date'],
  stops: [...ROW, ...CLIENT, 'service_id text', 'provider text', 'pillar text', 'stop_started_on date', 'stopped_on date', 'stop_reason text'],
  declarations: [...ROW, ...CLIENT, 'declaration_number text', 'product_reference text', 'service_id text', 'provider text', 'pillar text', 'product_category text', 'product_code text', 'period_start date', 'period_end date', 'volume bigint', 'unit text', 'unit_price_cents bigint', 'amount_cents bigint', 'declared_on date'],
  households: [...ROW, ...CLIENT, 'household_key text', 'valid_from date', 'valid_to date'],
  tariffs: [...ROW, 'provider text', 'product_category text', 'product_code text', 'unit text', 'unit_price_cents bigint', 'valid_from date', 'valid_to date'],
  budgets: [...ROW, 'year integer', 'budget_line text', 'name text', 'pillar text', 'product_category text', 'amount_cents bigint'],
  realisations: [...ROW, 'service_id text', 'period_start date', 'period_end date', 'amount_cents bigint'],
};

/** Copied columns: all but `client_key`, which the merge resolves. */
export function copyColumns(stage: StageName): string[] {
  return STAGES[stage].map((c) => c.split(' ')[0]!).filter((c) => c !== 'client_key');
}

type Cell = string | number | null | undefined;

/** A record as its staging row (COPY text line), after the border. */
export function stageRow(record: ImportRecord, fileNo: number, seq: number, p: Pseudonymiser, source: string): { stage: StageName; line: string } {
  const client = (ref: { bsn?: string; clientNumber?: string }): Cell[] => {
    const keys = clientKeys(ref, p);
    return [keys.bsnKey, keys.numberKey, keys.clientNumber];
  };
  const line = (values: Cell[]) => copyLine([fileNo, ...values]);
  switch (record.type) {
    case 'service':
      return {
        stage: 'services',
        line: line([
          seq, ...client(record.client), record.birthYear, record.address ? p.addressKey(record.address) : null,
          record.serviceId, record.pillar, record.productCategory, record.productCode, record.productName, record.provider,
          record.assignedOn, record.startDate, record.endDate, record.volume, record.unit, record.frequency,
          record.unitPriceCents, record.amountCents, record.messageDate, source,
        ]),
      };
    case 'start':
      return { stage: 'starts', line: line([seq, ...client(record.client), record.serviceId, record.provider, record.pillar, record.startDate]) };
    case 'stop':
      return { stage: 'stops', line: line([seq, ...client(record.client), record.serviceId, record.provider, record.pillar, record.startDate, record.endDate, record.reason]) };
    case 'declaration':
      return {
        stage: 'declarations',
        line: line([
          seq, ...client(record.client), record.declarationNumber, record.productReference, record.serviceId, record.provider, record.pillar,
          record.productCategory, record.productCode, record.periodStart, record.periodEnd, record.volume, record.unit, record.unitPriceCents,
          record.amountCents, record.declaredOn,
        ]),
      };
    case 'household':
      return { stage: 'households', line: line([seq, ...client(record.client), p.householdKey(record.householdId), record.validFrom, record.validTo]) };
    case 'tariff':
      return { stage: 'tariffs', line: line([seq, record.provider, record.productCategory, record.productCode, record.unit, record.unitPriceCents, record.validFrom, record.validTo]) };
    case 'budget':
      return { stage: 'budgets', line: line([seq, record.year, record.budgetLine, record.name, record.pillar, record.productCategory, record.amountCents]) };
    case 'realisation':
      return { stage: 'realisations', line: line([seq, record.serviceId, record.periodStart, record.periodEnd, record.amountCents]) };
  }
}

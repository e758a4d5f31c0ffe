import { describe, expect, it } from 'vitest';
import { exceedsCommitment, meterWidth, readPayment, readSources, toRows } from './budgetForms';

describe('budget forms', () => {
  it('reads source rows in euros and reports fields with the API paths', () => {
    let key = 0;
    const rows = toRows([{ code: '520615', name: 'PW BUIG', amountCents: 5_000_000 }], () => ++key);
    expect(rows).toEqual([{ key: 1, code: '520615', name: 'PW BUIG', amount: '50.000,00' }]);
    expect(readSources(rows)).toEqual({ sources: [{ code: '520615', name: 'PW BUIG', amountCents: 5_000_000 }], errors: [] });
    expect(readSources([{ key: 2, code: '', name: 'x', amount: 'veel' }]).errors.map((e) => e.path)).toEqual(['sources.0.amountCents', 'sources.0.code']);
  });

  it('asks for a reason only when the amount exceeds the open commitment', () => {
    const values = { date: '2026-05-01', amount: '1.000,01', description: 'Huur', vat: false, invoiceReference: '', exceedCommitment: false, reason: '' };
    expect(exceedsCommitment(values.amount, 100_000)).toBe(true);
    expect(readPayment(values, 100_000)).toEqual({ errors: [], body: { amountCents: 100_001, date: '2026-05-01', description: 'Huur', vat: false } });
    expect(readPayment({ ...values, exceedCommitment: true }, 100_000).errors.map((e) => e.path)).toEqual(['reason']);
    expect(readPayment({ ...values, exceedCommitment: true, reason: 'Borg' }, 100_000).body).toMatchObject({ exceedCommitment: true, reason: 'Borg' });
    expect(readPayment({ ...values, amount: '0' }, 100_000).errors.map((e) => e.path)).toEqual(['amountCents']);
  });

  it('sizes the meter without overflowing', () => {
    expect(meterWidth(50, 200)).toBe(25);
    expect(meterWidth(300, 200)).toBe(100);
    expect(meterWidth(0, 0)).toBe(0);
  });
});

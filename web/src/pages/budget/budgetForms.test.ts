import { describe, expect, it } from 'vitest';
import { exceedsCommitment, mandateFormSchema, meterWidth, paymentFormSchema, readPayment, readSources, sourcesFormSchema, toRows } from './budgetForms';

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

describe('budget form schemas', () => {
  it('reads the sources form into the contract body, with the API paths for mistakes', () => {
    const rows = [{ key: 1, code: ' 520615 ', name: 'PW BUIG', amount: '50.000,00' }];
    expect(sourcesFormSchema.parse({ note: 'Collegebesluit', sources: rows })).toEqual({ note: 'Collegebesluit', sources: [{ code: '520615', name: 'PW BUIG', amountCents: 5_000_000 }] });
    const refused = sourcesFormSchema.safeParse({ note: '', sources: [{ key: 2, code: '', name: 'x', amount: 'veel' }] });
    expect(refused.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['sources.0.amountCents', 'sources.0.code']);
    const tooLong = sourcesFormSchema.safeParse({ note: '', sources: [{ key: 3, code: 'x'.repeat(51), name: 'x', amount: '1' }] });
    expect(tooLong.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['sources.0.code']);
  });

  it('reads the payment form into the contract body, asking for a reason only beyond the commitment', () => {
    const values = { date: '2026-05-01', amount: '1.000,01', description: 'Huur', vat: false, invoiceReference: '', exceedCommitment: true, reason: '' };
    expect(paymentFormSchema(100_000).safeParse(values).error?.issues.map((issue) => issue.path.join('.'))).toEqual(['reason']);
    expect(paymentFormSchema(100_000).parse({ ...values, reason: 'Borg' })).toEqual({ amountCents: 100_001, date: '2026-05-01', description: 'Huur', vat: false, exceedCommitment: true, reason: 'Borg' });
    expect(paymentFormSchema(200_000).parse(values)).toEqual({ amountCents: 100_001, date: '2026-05-01', description: 'Huur', vat: false });
    expect(paymentFormSchema(200_000).safeParse({ ...values, date: '2026-02-30' }).error?.issues.map((issue) => issue.path.join('.'))).toEqual(['date']);
  });

  it('reads a mandate in euro', () => {
    expect(mandateFormSchema.parse({ limit: '25.000,00' })).toEqual({ limit: 2_500_000 });
    expect(mandateFormSchema.safeParse({ limit: 'veel' }).error?.issues.map((issue) => issue.path.join('.'))).toEqual(['limit']);
  });
});

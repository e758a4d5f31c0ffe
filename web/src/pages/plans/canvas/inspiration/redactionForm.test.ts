import { describe, expect, it } from 'vitest';
import { CONFIRM_MESSAGE, missingTexts, redactionFormSchema, scanTexts } from './redactionForm';

// Test fixture: passes the 11-proef (a well-known test number), so the guard must refuse it.
const BSN = '111222333';

describe('the redaction form checks', () => {
  it('refuses a BSN at its field and warns for a date at its field', () => {
    const scan = scanTexts({ title: 'Titel', situation: `Moeder ${BSN}`, breakthrough: 'Verhuisd op 01-04-2020' });
    expect(Object.keys(scan.errors)).toEqual(['situation']);
    expect(scan.warnings.breakthrough?.map((w) => w.kind)).toEqual(['date']);
    expect(scan.hasWarnings).toBe(true);
  });

  it('names empty fields in form order', () => {
    expect(missingTexts({ title: ' ', situation: '', breakthrough: 'x' }).map((e) => e.path)).toEqual(['title', 'situation']);
  });
});

describe('the redaction form schema', () => {
  const issues = (values: Parameters<typeof redactionFormSchema.safeParse>[0]) =>
    (redactionFormSchema.safeParse(values).error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]);

  it('names empty texts and a BSN at their fields, and asks to confirm a date', () => {
    expect(issues({ title: '', situation: `Moeder ${BSN}`, breakthrough: 'Verhuisd op 01-04-2020', confirmWarnings: false })).toEqual([
      ['title', 'Geef de oplossing een titel.'],
      ['situation', expect.stringContaining('burgerservicenummer')],
      ['confirmWarnings', CONFIRM_MESSAGE],
    ]);
  });

  it('accepts anonymous texts, and a date once it is confirmed', () => {
    const texts = { title: 'Titel', situation: 'Een gezin.', breakthrough: 'Verhuisd op 01-04-2020' };
    expect(issues({ ...texts, confirmWarnings: true })).toEqual([]);
    expect(issues({ ...texts, title: 'x'.repeat(201), confirmWarnings: true })).toEqual([['title', 'Gebruik hoogstens 200 tekens.']]);
  });
});

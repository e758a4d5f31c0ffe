import { describe, expect, it } from 'vitest';
import { missingTexts, scanTexts } from './redactionForm';

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

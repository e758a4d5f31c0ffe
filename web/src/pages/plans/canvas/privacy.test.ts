import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../planTypes';
import { confirmationKey, holdReason, scanDocument } from './privacy';

const saved: PlanDocument = { caseNumber: '2026-101', clientNumber: 'C-1', situation: 'Bel de moeder op 06-12345678.' };

// Test fixture: 111222333 passes the 11-proef (a well-known test number, no real person's BSN).
describe('privacy on the canvas', () => {
  it('finds a BSN by path and holds the save', () => {
    const document = { ...saved, perspective: 'BSN 111222333 van moeder' };
    const scan = scanDocument(document);
    expect([...scan.errors.keys()]).toEqual(['perspective']);
    expect(holdReason(scan, document, saved, new Set())).toBe('er staat een burgerservicenummer (BSN) bij ‘Perspectief’. Haal het weg.');
  });

  it('does not flag digits in case and client numbers', () => {
    expect(scanDocument({ caseNumber: '2026-01-01', clientNumber: '111222333' }).warnings.size).toBe(0);
  });

  it('holds new text with a phone number until the user confirms it', () => {
    const document = { ...saved, breakthrough: 'Mail naar moeder@example.nl' };
    const scan = scanDocument(document);
    expect(scan.warnings.get('breakthrough')?.map((w) => w.kind)).toEqual(['email']);
    expect(holdReason(scan, document, saved, new Set())).toBe('bevestig eerst de privacymelding bij ‘Doorbraak’.');
    expect(holdReason(scan, document, saved, new Set([confirmationKey('breakthrough', 'email')]))).toBeNull();
  });

  it('does not hold for a warning in text that was already saved', () => {
    const scan = scanDocument(saved);
    expect(scan.warnings.get('situation')).toHaveLength(1);
    expect(holdReason(scan, saved, saved, new Set())).toBeNull();
  });
});

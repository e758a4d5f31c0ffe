import { describe, expect, it } from 'vitest';
import { checkLegalForm, EMPTY_LEGAL_FORM, legalChanges, legalFormValues, sourceLinkText } from './legalForm';
import type { LegalBasis } from './libraryApi';

const LOCAL: LegalBasis = {
  code: 'LOK-DEMODAM-WMO-21',
  regulation: 'Verordening maatschappelijke ondersteuning Demodam 2024',
  shortName: 'Verordening Wmo Demodam',
  article: '21',
  bwbId: null,
  url: null,
  description: 'Hardheidsclausule.',
  domains: ['care', 'housing'],
  confidence: 'high',
  note: '',
  origin: 'local',
  active: true,
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('checkLegalForm', () => {
  it('asks for a code, the regulation and a description, and a full web address', () => {
    const result = checkLegalForm({ ...EMPTY_LEGAL_FORM, url: 'lokaleregelgeving.overheid.nl' });
    expect(result.errors.map((error) => error.path)).toEqual(['code', 'regulation', 'description', 'url']);
    expect(checkLegalForm({ ...legalFormValues(LOCAL), url: 'javascript:alert(1)' }).errors.map((error) => error.path)).toEqual(['url']);
  });

  it('accepts a local ordinance without a link and with no domains (= all)', () => {
    const result = checkLegalForm({ ...EMPTY_LEGAL_FORM, code: 'LOK-1', regulation: ' Beleidsregels ', description: 'Hardheid', domains: [] });
    expect(result.input).toMatchObject({ code: 'LOK-1', regulation: 'Beleidsregels', url: '', domains: [] });
  });
});

describe('legalChanges', () => {
  it('is empty when nothing was touched, also for a short name equal to the regulation', () => {
    const same = { ...LOCAL, shortName: LOCAL.regulation };
    expect(legalFormValues(same).shortName).toBe('');
    expect(legalChanges(same, checkLegalForm(legalFormValues(same)).input!)).toEqual({});
    expect(legalChanges(LOCAL, checkLegalForm(legalFormValues(LOCAL)).input!)).toEqual({});
  });

  it('holds the changed fields, domains compared as a set', () => {
    const values = { ...legalFormValues(LOCAL), domains: ['housing' as const, 'care' as const], url: 'https://lokaleregelgeving.overheid.nl/CVDR1' };
    expect(legalChanges(LOCAL, checkLegalForm(values).input!)).toEqual({ url: 'https://lokaleregelgeving.overheid.nl/CVDR1' });
  });
});

describe('sourceLinkText', () => {
  it('names the site the link goes to', () => {
    expect(sourceLinkText('https://wetten.overheid.nl/jci1.3:c:BWBR0035362&artikel=2.3.5')).toBe('Bekijk op wetten.overheid.nl');
    expect(sourceLinkText('https://www.demodam.nl/regels')).toBe('Bekijk op demodam.nl');
    expect(sourceLinkText('geen adres')).toBe('Bekijk de tekst');
  });
});

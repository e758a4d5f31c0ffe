import { describe, expect, it } from 'vitest';
import { legalBasisCreate, type LegalBasis } from '../../../../src/library/legal-bases.contract';
import { EMPTY_LEGAL_FORM, legalChanges, legalFormSchema, legalFormValues, sourceLinkText, type LegalFormValues } from './legalForm';

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

/** The first message per field, as the form shows it (for a union: its first option's, as the resolver does). */
function messages(values: LegalFormValues) {
  const byField: Record<string, string> = {};
  for (const issue of legalFormSchema.safeParse(values).error?.issues ?? []) {
    const message = issue.code === 'invalid_union' ? (issue.errors[0]?.[0]?.message ?? issue.message) : issue.message;
    byField[String(issue.path[0])] ??= message;
  }
  return byField;
}

describe('the legal basis form schema', () => {
  it('asks for a code, the regulation and a description, and a full web address, in Dutch', () => {
    expect(messages({ ...EMPTY_LEGAL_FORM, url: 'lokaleregelgeving.overheid.nl' })).toEqual({
      code: 'Vul een code in.',
      regulation: 'Vul de naam van de wet, verordening of beleidsregel in.',
      description: 'Beschrijf kort wat deze grondslag mogelijk maakt.',
      url: 'Gebruik een volledig webadres dat begint met https://.',
    });
    expect(Object.keys(messages({ ...legalFormValues(LOCAL), url: 'javascript:alert(1)' }))).toEqual(['url']);
  });

  it('accepts a local ordinance without a link and with no domains (= all), as a valid create request', () => {
    const result = legalFormSchema.parse({ ...EMPTY_LEGAL_FORM, code: 'LOK-1', regulation: ' Beleidsregels ', description: 'Hardheid', url: ' ' });
    expect(result).toMatchObject({ code: 'LOK-1', regulation: 'Beleidsregels', url: '', domains: [] });
    expect(legalBasisCreate.safeParse(result).success).toBe(true);
  });
});

describe('legalChanges', () => {
  it('is empty when nothing was touched, also for a short name equal to the regulation', () => {
    const same = { ...LOCAL, shortName: LOCAL.regulation };
    expect(legalFormValues(same).shortName).toBe('');
    expect(legalChanges(same, legalFormSchema.parse(legalFormValues(same)))).toEqual({});
    expect(legalChanges(LOCAL, legalFormSchema.parse(legalFormValues(LOCAL)))).toEqual({});
  });

  it('holds the changed fields, domains compared as a set', () => {
    const values = { ...legalFormValues(LOCAL), domains: ['housing' as const, 'care' as const], url: 'https://lokaleregelgeving.overheid.nl/CVDR1' };
    expect(legalChanges(LOCAL, legalFormSchema.parse(values))).toEqual({ url: 'https://lokaleregelgeving.overheid.nl/CVDR1' });
  });
});

describe('sourceLinkText', () => {
  it('names the site the link goes to', () => {
    expect(sourceLinkText('https://wetten.overheid.nl/jci1.3:c:BWBR0035362&artikel=2.3.5')).toBe('Bekijk op wetten.overheid.nl');
    expect(sourceLinkText('https://www.demodam.nl/regels')).toBe('Bekijk op demodam.nl');
    expect(sourceLinkText('geen adres')).toBe('Bekijk de tekst');
  });
});

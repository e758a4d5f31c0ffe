import { describe, expect, it } from 'vitest';
import { pathLabel, valueText } from './labels';

describe('pathLabel', () => {
  it('names fields, list items and their parts in Dutch', () => {
    expect(pathLabel('situation')).toBe('Situatieschets');
    expect(pathLabel('scenarios.plan.lines.2.unitPriceCents')).toBe('Maatwerk, regel 3: prijs');
    expect(pathLabel('scenarios.alternatives.0.lines.1.description')).toBe('Alternatief 1, regel 2: omschrijving');
    expect(pathLabel('scenarios.alternatives.1.name')).toBe('Alternatief 2: naam');
    expect(pathLabel('legalBases.0.motivation')).toBe('Grondslag 1: motivering');
    expect(pathLabel('involvement.professionals.4.organisation')).toBe('Betrokkene 5: organisatie');
    expect(pathLabel('selfActions')).toBe('Zelf doen');
    expect(pathLabel('unknown.path')).toBe('unknown.path');
  });
});

describe('valueText', () => {
  it('shows values as a person reads them', () => {
    expect(valueText('scenarios.plan.lines.0.unitPriceCents', 6_300_000)).toBe('€ 63.000,00');
    expect(valueText('scenarios.plan.lines.0.fundingStream', 'maatwerkbudget')).toBe('Maatwerkbudget');
    expect(valueText('domains', ['housing', 'debts'])).toBe('Wonen, Schulden en financiën');
    expect(valueText('scenarios.threatened.probability', 0.35)).toBe('35 %');
    expect(valueText('situation', '')).toBe('(leeg)');
    expect(valueText('involvement.householdAgrees', true)).toBe('ja');
    expect(valueText('scenarios.plan.lines.1', { description: 'Taxi', unitPriceCents: 500 })).toBe('Taxi, € 5,00');
  });
});

import { describe, expect, it } from 'vitest';
import { abilities } from '../../../src/policy/policy';
import { currentness, navItemsFor } from './navigation';

const user = (roles: Parameters<typeof abilities>[0]['roles']) => ({ abilities: abilities({ id: 'u', tenantId: 't', roles }) });

describe('navItemsFor', () => {
  it('shows a consulent only what every user may', () => {
    expect(navItemsFor(user(['consulent'])).map((item) => item.label)).toEqual(['Overzicht', 'Mijn acties', 'Plannen', 'Tafels', 'Systeemleren', 'Inspiratie', 'Prijslijst', 'Wettenbibliotheek', 'Mijn account']);
  });

  it('shows a beheerder the beheer pages', () => {
    expect(navItemsFor(user(['beheerder'])).map((item) => item.label)).toEqual(['Overzicht', 'Mijn acties', 'Plannen', 'Tafels', 'Budget', 'Dashboard', 'Overlap pijlers', 'Systeemleren', 'Inspiratie', 'Prijslijst', 'Wettenbibliotheek', 'Import eigen gegevens', 'Gebruikers', 'Werkwijze', 'Auditlog', 'Mijn account']);
  });

  it('shows the analist the own records: import, overlap and candidates', () => {
    expect(navItemsFor(user(['analist'])).map((item) => item.label)).toEqual(['Overzicht', 'Mijn acties', 'Grip', 'Overlap pijlers', 'Kandidaten maatwerk', 'Inspiratie', 'Prijslijst', 'Wettenbibliotheek', 'Import eigen gegevens', 'Mijn account']);
  });

  it('shows a maatwerker overlap and candidates, beleid only the overlap, and neither the import', () => {
    const maatwerker = navItemsFor(user(['maatwerker'])).map((item) => item.label);
    expect(maatwerker).toEqual(expect.arrayContaining(['Overlap pijlers', 'Kandidaten maatwerk']));
    expect(maatwerker).not.toContain('Import eigen gegevens');
    const beleid = navItemsFor(user(['beleid'])).map((item) => item.label);
    expect(beleid).toContain('Overlap pijlers');
    expect(beleid).not.toContain('Kandidaten maatwerk');
    expect(beleid).not.toContain('Import eigen gegevens');
    expect(navItemsFor(user(['consulent'])).map((item) => item.label)).not.toContain('Overlap pijlers');
  });

  it('shows Grip to the budgetbeheerder, beleid and the analist only (policy grip.read)', () => {
    for (const role of ['budgetbeheerder', 'beleid', 'analist'] as const) expect(navItemsFor(user([role])).map((item) => item.label)).toContain('Grip');
    for (const role of ['consulent', 'maatwerker', 'beheerder', 'voorzitter'] as const) expect(navItemsFor(user([role])).map((item) => item.label)).not.toContain('Grip');
  });
});

describe('currentness', () => {
  it('marks the exact page and the section of a sub-page', () => {
    expect(currentness('/', '/')).toBe('page');
    expect(currentness('/', '/account')).toBeUndefined();
    expect(currentness('/beheer/gebruikers', '/beheer/gebruikers/')).toBe('page');
    expect(currentness('/beheer/gebruikers', '/beheer/gebruikers/nieuw')).toBe('true');
    expect(currentness('/beheer/gebruikers', '/beheer/gebruikersx')).toBeUndefined();
  });
});

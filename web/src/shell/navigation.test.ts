import { describe, expect, it } from 'vitest';
import { abilities } from '../../../src/policy/policy';
import { currentness, groupIsCurrent, navEntriesFor, navItemsFor } from './navigation';

const user = (roles: Parameters<typeof abilities>[0]['roles']) => ({ abilities: abilities({ id: 'u', tenantId: 't', roles }) });

describe('navItemsFor', () => {
  it('shows a consulent only what every user may', () => {
    expect(navItemsFor(user(['consulent'])).map((item) => item.label)).toEqual(['Overzicht', 'Mijn acties', 'Plannen', 'Tafels', 'Systeemleren', 'Inspiratie', 'Prijslijst', 'Wettenbibliotheek']);
  });

  it('shows a beheerder the beheer pages', () => {
    expect(navItemsFor(user(['beheerder'])).map((item) => item.label)).toEqual(['Overzicht', 'Mijn acties', 'Plannen', 'Tafels', 'Budget', 'Dashboard', 'Overlap pijlers', 'Systeemleren', 'Inspiratie', 'Prijslijst', 'Wettenbibliotheek', 'Import eigen gegevens', 'Gebruikers', 'Werkwijze', 'Auditlog']);
  });

  it('shows the analist the own records: import, overlap and candidates', () => {
    expect(navItemsFor(user(['analist'])).map((item) => item.label)).toEqual(['Overzicht', 'Mijn acties', 'Grip', 'Overlap pijlers', 'Kandidaten maatwerk', 'Inspiratie', 'Prijslijst', 'Wettenbibliotheek', 'Import eigen gegevens']);
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

const ROLES = ['consulent', 'maatwerker', 'voorzitter', 'budgetbeheerder', 'beleid', 'analist', 'beheerder'] as const;
const row = (roles: Parameters<typeof abilities>[0]['roles']) =>
  navEntriesFor(user(roles)).map((entry) => (entry.kind === 'group' ? `${entry.label}: ${entry.items.map((i) => i.label).join(', ')}` : entry.item.label));

describe('navEntriesFor', () => {
  it('files the beheerder\'s management pages under one Beheer entry, the library and the import included', () => {
    expect(row(['beheerder'])).toEqual([
      'Overzicht', 'Mijn acties', 'Plannen', 'Tafels', 'Budget', 'Dashboard', 'Overlap pijlers', 'Systeemleren', 'Inspiratie',
      'Beheer: Prijslijst, Wettenbibliotheek, Import eigen gegevens, Gebruikers, Werkwijze, Auditlog',
    ]);
  });

  it('keeps the library in the row (as one group) for those who read it, and the import for the analist who does it', () => {
    expect(row(['consulent'])).toEqual(['Overzicht', 'Mijn acties', 'Plannen', 'Tafels', 'Systeemleren', 'Inspiratie', 'Bibliotheek: Prijslijst, Wettenbibliotheek']);
    expect(row(['analist'])).toEqual(['Overzicht', 'Mijn acties', 'Grip', 'Eigen gegevens: Overlap pijlers, Kandidaten maatwerk, Import eigen gegevens', 'Inspiratie', 'Bibliotheek: Prijslijst, Wettenbibliotheek']);
  });

  it('puts overlap and candidates together under Eigen gegevens, and a single one of them in the row as it is', () => {
    expect(row(['maatwerker'])).toEqual(['Overzicht', 'Mijn acties', 'Plannen', 'Tafels', 'Budget', 'Dashboard', 'Eigen gegevens: Overlap pijlers, Kandidaten maatwerk', 'Systeemleren', 'Inspiratie', 'Bibliotheek: Prijslijst, Wettenbibliotheek']);
    expect(row(['beleid'])).toContain('Overlap pijlers');
    expect(row(['beleid']).some((entry) => entry.startsWith('Eigen gegevens'))).toBe(false);
  });

  it('gives only the beheerder a Beheer entry, and never puts Mijn account in the row', () => {
    for (const role of ROLES) {
      const entries = row([role]);
      expect(entries.some((entry) => entry.startsWith('Beheer:')), role).toBe(role === 'beheerder');
      expect(entries.length, role).toBeLessThanOrEqual(11);
      // Everyone reads the library: in the row's Bibliotheek group, or under Beheer for who keeps it.
      expect(entries.some((entry) => /^(Bibliotheek|Beheer):.*Prijslijst, Wettenbibliotheek/.test(entry)), role).toBe(true);
      expect(entries, role).not.toContain('Mijn account');
    }
  });

  it('loses no page: every item a user may open is in the row or in the group, once', () => {
    for (const role of ROLES) {
      const flat = navEntriesFor(user([role])).flatMap((entry) => (entry.kind === 'group' ? entry.items : [entry.item])).map((item) => item.href);
      expect(flat.sort(), role).toEqual(navItemsFor(user([role])).map((item) => item.href).sort());
    }
  });

  it('marks the group as the current section when one of its pages (or a sub-page) is shown', () => {
    const group = navEntriesFor(user(['beheerder'])).find((entry) => entry.kind === 'group');
    const items = group?.kind === 'group' ? group.items : [];
    expect(groupIsCurrent(items, '/beheer/gebruikers/nieuw')).toBe(true);
    expect(groupIsCurrent(items, '/prijslijst')).toBe(true);
    expect(groupIsCurrent(items, '/plannen')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { abilities } from '../../../src/policy/policy';
import { currentness, navItemsFor } from './navigation';

const user = (roles: Parameters<typeof abilities>[0]['roles']) => ({ abilities: abilities({ id: 'u', tenantId: 't', roles }) });

describe('navItemsFor', () => {
  it('shows a consulent only what every user may', () => {
    expect(navItemsFor(user(['consulent'])).map((item) => item.label)).toEqual(['Overzicht', 'Mijn acties', 'Plannen', 'Tafels', 'Systeemleren', 'Inspiratie', 'Prijslijst', 'Wettenbibliotheek', 'Mijn account']);
  });

  it('shows a beheerder the beheer pages', () => {
    expect(navItemsFor(user(['beheerder'])).map((item) => item.label)).toEqual(['Overzicht', 'Mijn acties', 'Plannen', 'Tafels', 'Budget', 'Dashboard', 'Systeemleren', 'Inspiratie', 'Prijslijst', 'Wettenbibliotheek', 'Gebruikers', 'Werkwijze', 'Auditlog', 'Mijn account']);
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

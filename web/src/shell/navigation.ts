import type { Action } from '../../../src/policy/policy';
import type { CurrentUser } from '../api';

export interface NavItem {
  href: string;
  label: string;
  /** Shown only to users with this ability (the same rule the server applies). */
  ability?: Action;
}

/** Only what exists: parts that are not built yet get no menu item. */
export const NAV_ITEMS: readonly NavItem[] = [
  { href: '/', label: 'Overzicht' },
  { href: '/acties', label: 'Mijn acties', ability: 'actions.read' },
  { href: '/plannen', label: 'Plannen', ability: 'plans.read' },
  { href: '/tafels', label: 'Tafels', ability: 'tables.read' },
  { href: '/budget', label: 'Budget', ability: 'budget.read' },
  { href: '/dashboard', label: 'Dashboard', ability: 'dashboard.read' },
  { href: '/grip', label: 'Grip', ability: 'grip.read' },
  { href: '/eigen-gegevens/overlap', label: 'Overlap pijlers', ability: 'services.overlap' },
  { href: '/eigen-gegevens/kandidaten', label: 'Kandidaten maatwerk', ability: 'services.candidates' },
  { href: '/systeemleren', label: 'Systeemleren', ability: 'patterns.read' },
  { href: '/inspiratie', label: 'Inspiratie', ability: 'inspiration.read' },
  { href: '/prijslijst', label: 'Prijslijst', ability: 'library.read' },
  { href: '/wetten', label: 'Wettenbibliotheek', ability: 'library.read' },
  { href: '/eigen-gegevens/import', label: 'Import eigen gegevens', ability: 'imports.read' },
  { href: '/beheer/gebruikers', label: 'Gebruikers', ability: 'users.read' },
  { href: '/beheer/werkwijze', label: 'Werkwijze', ability: 'workflow.manage' },
  { href: '/beheer/auditlog', label: 'Auditlog', ability: 'audit.read' },
  { href: '/account', label: 'Mijn account' },
];

export function navItemsFor(user: Pick<CurrentUser, 'abilities'>): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.ability || user.abilities.includes(item.ability));
}

/** `page` for the item of this exact page, `true` for the section a sub-page belongs to. */
export function currentness(itemHref: string, path: string): 'page' | 'true' | undefined {
  const normalised = path.length > 1 ? path.replace(/\/+$/, '') : path;
  if (normalised === itemHref) return 'page';
  if (itemHref !== '/' && normalised.startsWith(`${itemHref}/`)) return 'true';
  return undefined;
}

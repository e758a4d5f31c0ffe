import type { Action } from '../../../src/policy/policy';
import type { CurrentUser } from '../api';

export interface NavItem {
  href: string;
  label: string;
  /** Shown only to users with this ability (the same rule the server applies). */
  ability?: Action;
  /**
   * Filed under "Beheer" for users with this ability: then the page is part of managing the
   * application (a beheerder keeps the price list), otherwise it is daily work (the analist's import)
   * or a reference to read (the price list for a maatwerker), and stays in the main row.
   */
  managedWith?: Action;
  /** Shown in this group of the row (when the user has more than one of its pages), e.g. "Eigen gegevens". */
  group?: string;
}

/** A top-level entry: a link, or a group ("Eigen gegevens", "Beheer") that opens into its links. */
export type NavEntry = { kind: 'link'; item: NavItem } | { kind: 'group'; label: string; items: NavItem[] };

export const MANAGEMENT_LABEL = 'Beheer';
export const OWN_RECORDS_LABEL = 'Eigen gegevens';
export const LIBRARY_LABEL = 'Bibliotheek';

/** Only what exists: parts that are not built yet get no menu item. */
export const NAV_ITEMS: readonly NavItem[] = [
  { href: '/', label: 'Overzicht' },
  { href: '/acties', label: 'Mijn acties', ability: 'actions.read' },
  { href: '/plannen', label: 'Plannen', ability: 'plans.read' },
  { href: '/tafels', label: 'Tafels', ability: 'tables.read' },
  { href: '/budget', label: 'Budget', ability: 'budget.read' },
  { href: '/dashboard', label: 'Dashboard', ability: 'dashboard.read' },
  { href: '/grip', label: 'Grip', ability: 'grip.read' },
  { href: '/eigen-gegevens/overlap', label: 'Overlap pijlers', ability: 'services.overlap', group: OWN_RECORDS_LABEL },
  { href: '/eigen-gegevens/kandidaten', label: 'Kandidaten maatwerk', ability: 'services.candidates', group: OWN_RECORDS_LABEL },
  { href: '/systeemleren', label: 'Systeemleren', ability: 'patterns.read' },
  { href: '/inspiratie', label: 'Inspiratie', ability: 'inspiration.read' },
  { href: '/prijslijst', label: 'Prijslijst', ability: 'library.read', managedWith: 'library.manage', group: LIBRARY_LABEL },
  { href: '/wetten', label: 'Wettenbibliotheek', ability: 'library.read', managedWith: 'library.manage', group: LIBRARY_LABEL },
  { href: '/eigen-gegevens/import', label: 'Import eigen gegevens', ability: 'imports.read', managedWith: 'users.manage', group: OWN_RECORDS_LABEL },
  { href: '/beheer/gebruikers', label: 'Gebruikers', ability: 'users.read', managedWith: 'users.read' },
  { href: '/beheer/werkwijze', label: 'Werkwijze', ability: 'workflow.manage', managedWith: 'workflow.manage' },
  { href: '/beheer/auditlog', label: 'Auditlog', ability: 'audit.read', managedWith: 'audit.read' },
];

/** "Mijn account" sits with the user's name in the header, not in the menu row. */
export const ACCOUNT_ITEM: NavItem = { href: '/account', label: 'Mijn account' };

type WithAbilities = Pick<CurrentUser, 'abilities'>;
const allows = (user: WithAbilities, action: Action | undefined) => !action || user.abilities.includes(action);

/** Every menu item this user may open, grouped or not (what the server also allows). */
export function navItemsFor(user: WithAbilities): NavItem[] {
  return NAV_ITEMS.filter((item) => allows(user, item.ability));
}

/**
 * The menu row, short enough for one line at 1366 px: the daily pages as links, the municipality's
 * own records and the library (reference to read) as one group each, the management pages under
 * "Beheer" (always last). A group of one page is just that page's link.
 */
export function navEntriesFor(user: WithAbilities): NavEntry[] {
  const items = navItemsFor(user);
  const managed = items.filter((item) => item.managedWith && user.abilities.includes(item.managedWith));
  const entries: NavEntry[] = [];
  for (const item of items.filter((i) => !managed.includes(i))) {
    const members = item.group ? items.filter((i) => i.group === item.group && !managed.includes(i)) : [item];
    if (members.length === 1) entries.push({ kind: 'link', item });
    else if (members[0] === item) entries.push({ kind: 'group', label: item.group!, items: members });
  }
  if (managed.length > 0) entries.push({ kind: 'group', label: MANAGEMENT_LABEL, items: managed });
  return entries;
}

/** `page` for the item of this exact page, `true` for the section a sub-page belongs to. */
export function currentness(itemHref: string, path: string): 'page' | 'true' | undefined {
  const normalised = path.length > 1 ? path.replace(/\/+$/, '') : path;
  if (normalised === itemHref) return 'page';
  if (itemHref !== '/' && normalised.startsWith(`${itemHref}/`)) return 'true';
  return undefined;
}

/** Whether the group holds the page shown now (its button is then marked as the current section). */
export function groupIsCurrent(items: readonly NavItem[], path: string): boolean {
  return items.some((item) => currentness(item.href, path) !== undefined);
}

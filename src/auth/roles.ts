/** The roles of DOMAIN.md §2, as data: key, Dutch label and what the role is for. */
export const ROLES = [
  { key: 'consulent', label: 'Consulent', description: 'Brengt een vastgelopen huishouden in en schrijft het plan mee.' },
  { key: 'maatwerker', label: 'Maatwerker', description: 'Begeleidt de consulent, keurt plannen goed en zet het maatwerkbudget in.' },
  { key: 'voorzitter', label: 'Voorzitter doorbraaktafel', description: 'Maakt de agenda van de tafel.' },
  { key: 'budgetbeheerder', label: 'Budgetbeheerder', description: 'Bewaakt het maatwerkbudget en registreert betalingen.' },
  { key: 'beleid', label: 'Teammanager / beleidsadviseur', description: 'Ziet totalen en patronen, nooit casusteksten.' },
  { key: 'analist', label: 'Informatieanalist', description: 'Importeert de eigen gegevens van de gemeente en ziet overlap en kandidaten zonder weglating van kleine aantallen.' },
  { key: 'beheerder', label: 'Beheerder', description: 'Beheert gebruikers, prijslijst, wettenbibliotheek en budgetten.' },
] as const;

export type Role = (typeof ROLES)[number]['key'];

export const ROLE_KEYS = ROLES.map((role) => role.key) as [Role, ...Role[]];

export function roleLabel(role: Role): string {
  return ROLES.find((r) => r.key === role)?.label ?? role;
}

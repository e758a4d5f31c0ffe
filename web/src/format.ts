import { ROLES, type Role } from '../../src/auth/roles';

const dateTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
const date = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });

/** "3 mrt 2026 14:05", in Dutch time whatever the computer's time zone. */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

export function formatDate(iso: string): string {
  return date.format(new Date(iso));
}

export function roleLabels(roles: readonly string[]): string {
  return roles.map((role) => ROLES.find((r) => r.key === role)?.label ?? role).join(', ');
}

export function rolesOf(keys: readonly string[]) {
  return ROLES.filter((role) => keys.includes(role.key as Role));
}

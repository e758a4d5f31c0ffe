import type { AuditAction } from '../../../../src/audit/audit-actions';
import type { AuditDetail } from '../../../../src/audit/audit.contract';
import { ROLES } from '../../../../src/auth/roles';
import { PLAN_STATUSES } from '../../../../src/plans/domain/statuses';
import { formatEuro } from '../../../../src/shared/money';

/**
 * A Dutch name for every audit action the server writes (`AUDIT_ACTIONS`): a new action without
 * a label here does not compile. An action this version does not know (the log keeps what older
 * or newer versions wrote) is shown as it is stored.
 */
export const ACTION_LABELS: Readonly<Record<AuditAction, string>> = {
  'auth.login': 'Ingelogd',
  'auth.logout': 'Uitgelogd',
  'token.create': 'API-token gemaakt',
  'token.revoke': 'API-token ingetrokken',
  'user.create': 'Gebruiker toegevoegd',
  'user.update': 'Gebruiker gewijzigd',
  'demo.seed': 'Demogegevens geladen',
  'import.create': 'Gegevens aangeleverd voor import',
  'import.complete': 'Import van eigen gegevens afgerond',
  'candidates.read': 'Kandidaten voor maatwerk bekeken',
  'plan.realised_read': 'Gerealiseerde kosten van een plan bekeken',
  'plan.services_read': 'Lopende voorzieningen opgehaald voor het huidige scenario',
  'grip.assumptions_update': 'Groeiaannames van de scenario’s gewijzigd',
  'grip.budget_lines_replace': 'Begrotingsregels vervangen',
  'grip.report_export': 'Griprapportage gedownload',
  'signals.read': 'Signalen uit de berichtenketen bekeken',
  'signal.handle': 'Signaal afgehandeld',
  'signal.reopen': 'Signaal heropend',
  'import.folder_run': 'Importmap verwerkt',
  'tenant.create': 'Gemeente aangemaakt',
  'library.seed': 'Prijslijst en wettenbibliotheek geladen',
  'plan.create': 'Plan gemaakt',
  'plan.read': 'Plan ingezien',
  'plan.update': 'Plan gewijzigd',
  'plan.delete': 'Plan verwijderd',
  'plan.import': 'Plan geïmporteerd',
  'plan.export': 'Plannen geëxporteerd',
  'legal_basis.create': 'Wettelijke grondslag toegevoegd',
  'price_item.create': 'Prijs toegevoegd',
  'price_list.import': 'Prijslijst geïmporteerd',
  'price_list.export': 'Prijslijst geëxporteerd',
  'price_item.update': 'Prijs gewijzigd',
  'price_item.deactivate': 'Prijs gedeactiveerd',
  'legal_basis.update': 'Wettelijke grondslag gewijzigd',
  'legal_basis.deactivate': 'Wettelijke grondslag gedeactiveerd',
  'user.password_change': 'Wachtwoord gewijzigd',
  'plan.export_pdf': 'Canvas als PDF gedownload',
  'plan.transition': 'Status van plan gewijzigd',
  'plan.decision': 'Besluit over plan vastgelegd',
  'workflow.update': 'Werkwijze gewijzigd',
  'table.create': 'Tafel toegevoegd',
  'table.update': 'Tafel gewijzigd',
  'session.agenda_update': 'Agenda gewijzigd',
  'session.minutes_update': 'Verslag gewijzigd',
  'session.export_pdf': 'Agenda als PDF gedownload',
  'question.create': 'Vraag gesteld',
  'question.answer': 'Vraag beantwoord',
  'budget.update': 'Maatwerkbudget gewijzigd',
  'budget.payment': 'Betaling geregistreerd',
  'budget.mandate': 'Mandaat gewijzigd',
  'measurement.create': 'Meting vastgelegd',
  'measurement.update': 'Meting gecorrigeerd',
  'measurement.read': 'Metingen ingezien',
  'region.settings': 'Regio-instelling gewijzigd',
  'report.export': 'Raadsrapportage gemaakt',
  'dashboard.export': 'Dashboard geëxporteerd',
  'pattern.create': 'Patroon toegevoegd',
  'pattern.update': 'Patroon gewijzigd',
  'pattern.link_plans': 'Plannen aan patroon gekoppeld',
  'pattern.export': 'Signaal van patroon gedownload',
  'inspiration.draft': 'Inspiratie-concept geopend',
  'inspiration.submit': 'Oplossing ter publicatie ingediend',
  'inspiration.approve': 'Oplossing goedgekeurd en gepubliceerd',
  'inspiration.reject': 'Oplossing afgewezen',
  'inspiration.withdraw': 'Oplossing ingetrokken',
  'inspiration.read': 'Oplossing ingezien',
};

export const ENTITY_LABELS: Readonly<Record<string, string>> = {
  user: 'Gebruiker',
  api_token: 'API-token',
  tenant: 'Gemeente',
  plan: 'Plan',
  legal_basis: 'Wettelijke grondslag',
  price_item: 'Prijs',
  price_list: 'Prijslijst',
  workflow: 'Werkwijze',
  table: 'Tafel',
  session: 'Sessie',
  question: 'Vraag',
  budget: 'Maatwerkbudget',
  report: 'Raadsrapportage',
  pattern: 'Patroon',
  inspiration: 'Inspiratie',
};

const FIELD_LABELS: Readonly<Record<string, string>> = {
  name: 'naam',
  email: 'e-mailadres',
  roles: 'rollen',
  active: 'actief',
  password: 'wachtwoord',
};

const isKnownAction = (action: string): action is AuditAction => Object.hasOwn(ACTION_LABELS, action);

export const actionLabel = (action: string): string => (isKnownAction(action) ? ACTION_LABELS[action] : action);
export const entityLabel = (entityType: string): string => ENTITY_LABELS[entityType] ?? entityType;

const statusName = (key: unknown) => PLAN_STATUSES.find((status) => status.key === key)?.label ?? String(key);
const DECISION_NAMES: Readonly<Record<string, string>> = { approve: 'goedkeuren', revise: 'terug naar concept', reject: 'afwijzen' };

const roleName = (key: unknown) => ROLES.find((role) => role.key === key)?.label ?? String(key);

/** The detail of an event as short Dutch lines; keys we do not know are shown as they are. */
export function describeDetail(detail: AuditDetail): string[] {
  return Object.entries(detail).map(([key, value]) => {
    if (key === 'fields' && Array.isArray(value)) return `Gewijzigd: ${value.map((field) => FIELD_LABELS[String(field)] ?? String(field)).join(', ')}`;
    if (key === 'roles' && Array.isArray(value)) return `Rollen: ${value.map(roleName).join(', ')}`;
    if (key === 'via' && value === 'cli') return 'Via de opdrachtregel';
    if (key === 'from') return `Van: ${statusName(value)}`;
    if (key === 'to') return `Naar: ${statusName(value)}`;
    if (key === 'decision') return `Besluit: ${DECISION_NAMES[String(value)] ?? String(value)}`;
    if (key === 'version') return `Versie ${String(value)}`;
    if (key === 'amountCents' && typeof value === 'number') return `Bedrag: ${formatEuro(value)}`;
    return `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`;
  });
}

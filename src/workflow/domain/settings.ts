import type { Role } from '../../auth/roles.js';

export const PRESET_KEYS = ['maastricht', 'commissie', 'simple'] as const;
export type PresetKey = (typeof PRESET_KEYS)[number];

/** How a municipality runs its loop from concept to decision (DOMAIN.md §5). */
export interface WorkflowSettings {
  preset: PresetKey;
  /** Approvals needed from people other than the author (2: the six-eyes principle). */
  approvalThreshold: number;
  /** Whether a plan must pass the spar-tafel before it may be tabled. */
  sparRequired: boolean;
  /** Roles that may bring a plan to the table (and take it back to concept). */
  tableRoles: Role[];
  /** Roles whose decisions count at the table. */
  decideRoles: Role[];
  /** Minutes per case on the agenda. */
  slotMinutes: number;
}

export interface Preset {
  key: PresetKey;
  label: string;
  description: string;
  settings: WorkflowSettings;
}

// The spar step is off in every preset (CONTRACT.md lets a concept go to the table directly);
// a beheerder switches it on when the municipality wants it enforced.
export const PRESETS: readonly Preset[] = [
  {
    key: 'maastricht',
    label: 'Maastricht: spar-tafel en doorbraaktafel',
    description:
      'Wekelijkse spar-tafel met drie maatwerkers, daarna de doorbraaktafel met een agenda van hoogstens 30 minuten per casus. Goedkeuring door ten minste twee andere maatwerkers (zes-ogenprincipe).',
    settings: {
      preset: 'maastricht',
      approvalThreshold: 2,
      sparRequired: false,
      tableRoles: ['consulent', 'maatwerker', 'voorzitter'],
      decideRoles: ['maatwerker'],
      slotMinutes: 30,
    },
  },
  {
    key: 'commissie',
    label: 'Maatwerkcommissie',
    description: 'Eén tafel (bijvoorbeeld tweewekelijks) die enkele casussen per zitting bespreekt. Goedkeuring door twee maatwerkers.',
    settings: {
      preset: 'commissie',
      approvalThreshold: 2,
      sparRequired: false,
      tableRoles: ['consulent', 'maatwerker', 'voorzitter'],
      decideRoles: ['maatwerker'],
      slotMinutes: 30,
    },
  },
  {
    key: 'simple',
    label: 'Eenvoudig aanvraagformulier',
    description: 'De consulent dient een aanvraag in; één budgethouder (bijvoorbeeld de teamleider als budgetbeheerder) keurt goed.',
    settings: {
      preset: 'simple',
      approvalThreshold: 1,
      sparRequired: false,
      tableRoles: ['consulent', 'maatwerker'],
      decideRoles: ['budgetbeheerder'],
      slotMinutes: 30,
    },
  },
];

export function presetSettings(key: PresetKey): WorkflowSettings {
  const preset = PRESETS.find((p) => p.key === key)!;
  return { ...preset.settings, tableRoles: [...preset.settings.tableRoles], decideRoles: [...preset.settings.decideRoles] };
}

/** For a municipality that has not chosen yet. */
export const DEFAULT_SETTINGS: WorkflowSettings = presetSettings('maastricht');

import { BOTTLENECK_LEVELS, DOMAINS, labelOf, type BottleneckLevel, type Domain } from '../../plans/domain/vocabulary.js';
import { phaseLabel } from './phases.js';

/**
 * A signal for national escalation (PMM's Landelijk Maatwerkloket, Ons Pact): the pattern in the
 * municipality's own words and how many cases illustrate it. Built from an explicit list of fields,
 * so no case text, case or client number or person's name can slip in.
 */
export interface SignalInput {
  municipality: string;
  region: string | null;
  exportedAt: Date;
  pattern: {
    id: string;
    title: string;
    description: string;
    level: string;
    theme: string;
    phase: string;
    steps: string;
    diagnosis: string;
    solutions: string;
    decisions: string;
    updatedAt: Date;
  };
  illustratingPlans: number;
}

export function buildSignal(input: SignalInput) {
  const { pattern } = input;
  return {
    format: 'doorbraak-signaal',
    formatVersion: 1,
    municipality: input.municipality,
    region: input.region,
    exportedAt: input.exportedAt.toISOString(),
    pattern: {
      id: pattern.id,
      title: pattern.title,
      description: pattern.description,
      level: pattern.level,
      levelLabel: labelOf(BOTTLENECK_LEVELS, pattern.level as BottleneckLevel),
      theme: pattern.theme,
      themeLabel: labelOf(DOMAINS, pattern.theme as Domain),
      phase: pattern.phase,
      phaseLabel: phaseLabel(pattern.phase),
      steps: pattern.steps,
      diagnosis: pattern.diagnosis,
      solutions: pattern.solutions,
      decisions: pattern.decisions,
      updatedAt: pattern.updatedAt.toISOString(),
    },
    illustratingPlans: input.illustratingPlans,
  };
}

export type Signal = ReturnType<typeof buildSignal>;

/**
 * The phases of Tilburg's werktafel (seed 003): the pattern leads, the cases illustrate. A pattern
 * moves one step at a time, forward or back; skipping would skip the diagnosis that makes a
 * solution stick.
 */
export const PATTERN_PHASES = [
  { key: 'steps', label: 'Stappen vastgesteld', description: 'Fase 1: de stappen die een huishouden moet zetten, objectief vastgesteld.' },
  { key: 'diagnosis', label: 'Diagnose knelpunten', description: 'Fase 2: de stappen geanalyseerd op knelpunten.' },
  { key: 'solutions', label: 'Oplossingen', description: 'Fase 3: de knelpunten vertaald naar oplossingen en verbeterpunten.' },
  { key: 'done', label: 'Afgerond', description: 'De oplossing is uitgevoerd of belegd (lokaal, regionaal of landelijk).' },
] as const;

export type PatternPhase = (typeof PATTERN_PHASES)[number]['key'];
export const PATTERN_PHASE_KEYS = PATTERN_PHASES.map((p) => p.key) as [PatternPhase, ...PatternPhase[]];

export function phaseLabel(phase: string): string {
  return PATTERN_PHASES.find((p) => p.key === phase)?.label ?? phase;
}

/** The phases a pattern in `from` may move to: itself, one back, one forward. */
export function allowedPhases(from: PatternPhase): PatternPhase[] {
  const index = PATTERN_PHASE_KEYS.indexOf(from);
  return PATTERN_PHASE_KEYS.filter((_, i) => Math.abs(i - index) <= 1);
}

export function canMovePhase(from: PatternPhase, to: PatternPhase): boolean {
  return allowedPhases(from).includes(to);
}

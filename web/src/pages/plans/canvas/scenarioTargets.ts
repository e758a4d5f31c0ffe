import { createContext, useContext } from 'react';
import type { CostLine } from '../planTypes';
import type { ScenarioRef } from './document';

/** A scenario a line can be copied to: its name in running text ("maatwerkscenario") and its lines now. */
export interface ScenarioTarget {
  ref: ScenarioRef;
  name: string;
  lines: readonly CostLine[];
}

/** Every scenario of the plan, for "Kopiëren naar…" and "Alle regels van huidig kopiëren". */
export const ScenarioTargetsContext = createContext<readonly ScenarioTarget[]>([]);

export function useScenarioTargets(): readonly ScenarioTarget[] {
  return useContext(ScenarioTargetsContext);
}

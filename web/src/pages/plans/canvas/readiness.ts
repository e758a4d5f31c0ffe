import type { PlanDocument } from '../planTypes';
import { fieldId } from './CanvasContext';

/**
 * What a plan needs before it may go to the doorbraaktafel (the server checks the same when the
 * plan moves to `scheduled`), per side of the waardendriehoek, so the user sees what is missing.
 */
export interface ReadinessItem {
  key: string;
  label: string;
  done: boolean;
  /** Where on the canvas it is filled in: the field itself, or the section when it is a list. */
  anchor: string;
}

export function readiness(document: PlanDocument): ReadinessItem[] {
  const filled = (text: string | undefined) => Boolean(text?.trim());
  return [
    { key: 'perspective', label: 'Perspectief', done: filled(document.perspective), anchor: fieldId('perspective') },
    { key: 'breakthrough', label: 'Doorbraak', done: filled(document.breakthrough), anchor: fieldId('breakthrough') },
    { key: 'legal', label: 'Legitimiteit: een grondslag', done: (document.legalBases ?? []).some((basis) => filled(basis.regulation)), anchor: 'legitimiteit' },
    { key: 'involvement', label: 'Betrokkenheid: het huishouden stemt in', done: document.involvement?.householdAgrees === true, anchor: fieldId('involvement.householdAgrees') },
    {
      key: 'return',
      label: 'Rendement: dreigend en maatwerk berekend',
      done: (document.scenarios?.threatened?.lines.length ?? 0) > 0 && (document.scenarios?.plan?.lines.length ?? 0) > 0,
      anchor: 'scenario-dreigend',
    },
  ];
}

import type { PlanDocument } from '../../plans/domain/plan-document.js';
import type { FieldError } from '../../shared/errors.js';

const filled = (text: string | undefined) => Boolean(text?.trim());

/** What a plan must hold before it may go to the doorbraaktafel (CONTRACT.md). Every missing rule, in canvas order. */
export function completenessErrors(document: PlanDocument): FieldError[] {
  const errors: FieldError[] = [];
  if (!filled(document.perspective)) errors.push({ path: 'perspective', message: 'Beschrijf het perspectief van het huishouden.' });
  if (!filled(document.breakthrough)) errors.push({ path: 'breakthrough', message: 'Beschrijf de doorbraak die nodig is.' });
  if (!(document.legalBases ?? []).some((basis) => filled(basis.regulation))) {
    errors.push({ path: 'legalBases', message: 'Noem ten minste één wettelijke grondslag.' });
  }
  if (document.involvement?.householdAgrees !== true) {
    errors.push({ path: 'involvement.householdAgrees', message: 'Het huishouden moet met het plan instemmen.' });
  }
  if ((document.scenarios?.threatened?.lines.length ?? 0) === 0) {
    errors.push({ path: 'scenarios.threatened.lines', message: 'Vul ten minste één kostenregel in voor het dreigende scenario.' });
  }
  if ((document.scenarios?.plan?.lines.length ?? 0) === 0) {
    errors.push({ path: 'scenarios.plan.lines', message: 'Vul ten minste één kostenregel in voor het maatwerkplan.' });
  }
  return errors;
}

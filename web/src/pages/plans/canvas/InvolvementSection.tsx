import { memo } from 'react';
import { Heading2 } from '../../../components/Heading';
import type { PlanDocument } from '../planTypes';
import { CanvasCheckbox } from './fields/CanvasCheckbox';
import { CanvasTextField } from './fields/CanvasTextField';
import type { Edit } from './types';

interface Props {
  involvement: PlanDocument['involvement'];
  edit: Edit;
}

/** Betrokkenheid: the household as co-producer of the plan, and its network. */
export const InvolvementSection = memo(function InvolvementSection({ involvement = {}, edit }: Props) {
  const set = (patch: Partial<NonNullable<PlanDocument['involvement']>>) => edit((current) => ({ ...current, involvement: { ...current.involvement, ...patch } }));
  return (
    <section aria-labelledby="betrokkenheid" className="dbk-canvas-section">
      <Heading2 id="betrokkenheid">Betrokkenheid</Heading2>
      <CanvasCheckbox path="involvement.householdAgrees" label="Het huishouden stemt in met dit plan" checked={involvement.householdAgrees === true} onChange={(householdAgrees) => set({ householdAgrees })} />
      <div className="dbk-canvas-columns dbk-canvas-columns--2">
        <CanvasTextField
          path="involvement.householdView"
          label="Visie van het huishouden"
          description="Wat vindt het huishouden van het plan? Liefst in eigen woorden."
          multiline
          rows={4}
          value={involvement.householdView ?? ''}
          maxLength={20000}
          onChange={(householdView) => set({ householdView })}
        />
        <CanvasTextField
          path="involvement.network"
          label="Netwerk"
          description="Wie uit het netwerk steunt het plan, en hoe?"
          multiline
          rows={4}
          value={involvement.network ?? ''}
          maxLength={20000}
          onChange={(network) => set({ network })}
        />
      </div>
    </section>
  );
});

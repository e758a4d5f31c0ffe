import { memo } from 'react';
import { Heading2 } from '../../../components/Heading';
import { CanvasTextField } from './fields/CanvasTextField';
import type { Edit } from './types';

interface Props {
  perspective: string | undefined;
  breakthrough: string | undefined;
  edit: Edit;
}

/** ★ Where the household wants to be in a year, in its own words, and the breakthrough that gets it there. */
export const PerspectiveSection = memo(function PerspectiveSection({ perspective, breakthrough, edit }: Props) {
  return (
    <section aria-labelledby="perspectief" className="dbk-canvas-section">
      <Heading2 id="perspectief">
        <span aria-hidden="true" className="dbk-star">
          ★{' '}
        </span>
        Perspectief en doorbraak
      </Heading2>
      <div className="dbk-canvas-columns dbk-canvas-columns--2">
        <CanvasTextField
          path="perspective"
          label="Perspectief"
          description="Waar wil het huishouden over een jaar staan? In eigen woorden."
          multiline
          rows={5}
          value={perspective ?? ''}
          maxLength={20000}
          onChange={(perspective) => edit((current) => ({ ...current, perspective }))}
        />
        <CanvasTextField
          path="breakthrough"
          label="Doorbraak"
          description="Welke doorbraak is nodig om daar te komen?"
          multiline
          rows={5}
          value={breakthrough ?? ''}
          maxLength={20000}
          onChange={(breakthrough) => edit((current) => ({ ...current, breakthrough }))}
        />
      </div>
    </section>
  );
});

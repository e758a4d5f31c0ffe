import { memo } from 'react';
import { Heading2 } from '../../../components/Heading';
import type { Action } from '../planTypes';
import { ActionList } from './ActionList';
import type { Edit } from './types';

interface Props {
  selfActions: Action[] | undefined;
  support: Action[] | undefined;
  treatment: Action[] | undefined;
  edit: Edit;
}

/** The three columns of the canvas: what the household does itself, support, and treatment. */
export const ActionsSection = memo(function ActionsSection({ selfActions, support, treatment, edit }: Props) {
  return (
    <section aria-labelledby="acties" className="dbk-canvas-section">
      <Heading2 id="acties">Wat er gebeurt</Heading2>
      <div className="dbk-canvas-columns dbk-canvas-columns--3">
        <ActionList list="selfActions" title="Zelf doen" hint="Wat doen het huishouden en het netwerk zelf?" actions={selfActions ?? []} edit={edit} />
        <ActionList list="support" title="Ondersteuning" hint="Welke ondersteuning is nodig, en van wie?" actions={support ?? []} edit={edit} />
        <ActionList list="treatment" title="Behandeling" hint="Welke behandeling loopt of start?" actions={treatment ?? []} edit={edit} />
      </div>
    </section>
  );
});

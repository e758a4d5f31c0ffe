import { memo } from 'react';
import { Button } from '../../../components/Button';
import { Heading3 } from '../../../components/Heading';
import type { Action } from '../planTypes';
import { useReadOnly } from './CanvasContext';
import { focusField } from './focusField';
import { insertAt, replaceAt } from './document';
import { CanvasTextField } from './fields/CanvasTextField';
import { UndoNotice } from './UndoNotice';
import type { Edit } from './types';
import { useRemovalUndo } from './useRemovalUndo';

export type ActionKey = 'selfActions' | 'support' | 'treatment';

interface ActionListProps {
  list: ActionKey;
  title: string;
  hint: string;
  actions: Action[];
  edit: Edit;
}

/** One column of actions: what, and who does it. Enter in "wie" of the last action adds the next. */
export const ActionList = memo(function ActionList({ list, title, hint, actions, edit }: ActionListProps) {
  const readOnly = useReadOnly();
  const { removal, remember, forget } = useRemovalUndo<Action>();
  const headingId = `acties-${list}`;
  const set = (change: (actions: Action[]) => Action[]) => edit((current) => ({ ...current, [list]: change(current[list] ?? []) }));
  const add = () => {
    set((current) => [...current, { description: '', owner: '' }]);
    forget();
    focusField(`${list}.${actions.length}.description`);
  };
  return (
    <div className="dbk-actions-column">
      <Heading3 id={headingId}>{title}</Heading3>
      <p className="utrecht-paragraph dbk-muted dbk-actions-column__hint">{hint}</p>
      <ol className="dbk-plain-list dbk-action-list" aria-labelledby={headingId}>
        {actions.map((action, index) => (
          <li key={index} className="dbk-action">
            <CanvasTextField
              path={`${list}.${index}.description`}
              label={`${title}: actie ${index + 1}`}
              multiline
              rows={2}
              value={action.description}
              maxLength={2000}
              onChange={(description) => set((current) => replaceAt(current, index, { ...current[index]!, description }))}
            />
            <div className="dbk-action__footer">
              <CanvasTextField
                path={`${list}.${index}.owner`}
                label="Wie"
                value={action.owner}
                maxLength={500}
                className="dbk-grow"
                onChange={(owner) => set((current) => replaceAt(current, index, { ...current[index]!, owner }))}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && index === actions.length - 1) {
                    event.preventDefault();
                    add();
                  }
                }}
              />
              {readOnly ? null : (
                <Button
                  appearance="subtle"
                  className="dbk-icon-button"
                  aria-label={`${title}: actie ${index + 1} verwijderen`}
                  title="Actie verwijderen"
                  onClick={() => {
                    set((current) => replaceAt(current, index, null));
                    remember(action, index, `Actie ${index + 1} verwijderd uit ${title.toLowerCase()}.`);
                  }}
                >
                  <span aria-hidden="true">✕</span>
                </Button>
              )}
            </div>
          </li>
        ))}
      </ol>
      {readOnly ? null : (
        <>
          <UndoNotice removal={removal} label={title} onUndo={(undone) => { set((current) => insertAt(current, undone.index, undone.item)); forget(); }} />
          <Button appearance="secondary" onClick={add} aria-label={`Actie toevoegen aan ${title.toLowerCase()}`}>
            Actie toevoegen
          </Button>
        </>
      )}
    </div>
  );
});

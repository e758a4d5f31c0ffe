import { useEffect, useRef } from 'react';
import { Button } from '../../../components/Button';
import type { Removal } from './useRemovalUndo';

/**
 * "Regel verwijderd. Ongedaan maken": announced, and after a removal focused, so a keyboard user
 * who removed a row can put it back with one key. After a copy or a fill focus stays where it is.
 */
export function UndoNotice<T>({ removal, onUndo, label, focusOnShow = true }: { removal: Removal<T> | null; onUndo: (removal: Removal<T>) => void; label: string; focusOnShow?: boolean }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (removal && focusOnShow) button.current?.focus();
  }, [removal, focusOnShow]);
  return (
    <div className="dbk-undo" role="status">
      {removal ? (
        <p className="utrecht-paragraph dbk-undo__text">
          {removal.text}{' '}
          <Button appearance="subtle" ref={button} onClick={() => onUndo(removal)} aria-label={`${label}: ongedaan maken`}>
            Ongedaan maken
          </Button>
        </p>
      ) : null}
    </div>
  );
}

import { useEffect, useRef } from 'react';
import { Button } from '../../../components/Button';
import type { Removal } from './useRemovalUndo';

/**
 * "Regel verwijderd. Ongedaan maken": announced, and focused, so a keyboard user who removed a
 * row can put it back with one key.
 */
export function UndoNotice<T>({ removal, onUndo, label }: { removal: Removal<T> | null; onUndo: (removal: Removal<T>) => void; label: string }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (removal) button.current?.focus();
  }, [removal]);
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

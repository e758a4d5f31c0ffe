import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button, ButtonGroup } from './Button';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal confirmation on the native <dialog>: the browser traps focus, Escape cancels, and
 * focus returns to the button that opened it. The safe choice (cancel) gets focus first.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel = 'Annuleren', busy = false, onConfirm, onCancel }: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dbk-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={titleId} className="utrecht-heading-2 dbk-heading-2">
        {title}
      </h2>
      <div id={bodyId}>{children}</div>
      <ButtonGroup>
        <Button appearance="danger" busy={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button appearance="secondary" ref={cancelRef} onClick={onCancel} disabled={busy}>
          {cancelLabel}
        </Button>
      </ButtonGroup>
    </dialog>
  );
}

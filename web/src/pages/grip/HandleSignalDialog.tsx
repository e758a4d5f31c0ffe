import { useEffect, useId, useRef, useState } from 'react';
import { Controller } from 'react-hook-form';
import { signalHandleBody } from '../../../../src/grip/grip.contract';
import { Button, ButtonGroup } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextAreaField } from '../../components/TextAreaField';
import { applyServerErrors, useZodForm } from '../../forms/useZodForm';
import { ApiError } from '../../http/client';
import type { GripSignal } from './gripApi';
import { signalTypeLabel } from './gripFormat';

interface HandleSignalDialogProps {
  signal: GripSignal | null;
  busy: boolean;
  onHandle: (signal: GripSignal, note: string) => Promise<void>;
  onCancel: () => void;
}

export const describeSignal = (s: GripSignal) => `${signalTypeLabel(s.type)}${s.provider ? `, aanbieder ${s.provider}` : ''}${s.assignmentNumber ? `, toewijzing ${s.assignmentNumber}` : ''}`;

/**
 * Marks a signal handled, with a note (the contract's rule: not empty). A native modal <dialog>:
 * focus goes to the note, Escape cancels, focus returns to the button that opened it.
 */
export function HandleSignalDialog({ signal, busy, onHandle, onCancel }: HandleSignalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const noteRef = useRef<HTMLTextAreaElement | null>(null);
  const titleId = useId();
  const form = useZodForm(signalHandleBody, { note: '' });
  const [problem, setProblem] = useState<ApiError | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (signal && !dialog.open) {
      opener.current = document.activeElement;
      form.reset({ note: '' });
      setProblem(null);
      dialog.showModal();
      noteRef.current?.focus();
    } else if (!signal && dialog.open) {
      dialog.close();
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
    }
  }, [signal, form]);

  const submit = form.handleSubmit(
    async ({ note }) => {
      if (!signal) return;
      try {
        await onHandle(signal, note);
      } catch (error) {
        const rest = applyServerErrors(form, error, ['note']);
        if (rest.length > 0) setProblem(error instanceof ApiError ? error : new ApiError(0, 'Afhandelen lukte niet.', rest.join(' ')));
        noteRef.current?.focus();
      }
    },
    // The one field: back to it, where its message is read out with it.
    () => noteRef.current?.focus(),
  );

  return (
    <dialog
      ref={ref}
      className="dbk-dialog dbk-grip-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={titleId} className="utrecht-heading-2 dbk-heading-2">
        Signaal afhandelen
      </h2>
      {signal ? (
        <form className="utrecht-form dbk-form" noValidate onSubmit={(event) => void submit(event)}>
          <p className="utrecht-paragraph dbk-paragraph">{describeSignal(signal)}.</p>
          <p className="utrecht-paragraph dbk-paragraph">{signal.detail}</p>
          <ErrorSummary error={problem} />
          <Controller
            control={form.control}
            name="note"
            render={({ field, fieldState }) => (
              <TextAreaField
                id="signaal-notitie"
                label="Notitie"
                description="Wat heeft u met het signaal gedaan? Bijvoorbeeld: aanbieder gebeld, declaratie gecorrigeerd. Geen namen of BSN’s."
                value={field.value}
                onChange={field.onChange}
                error={fieldState.error?.message}
                textAreaRef={(element) => {
                  field.ref(element);
                  noteRef.current = element;
                }}
              />
            )}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary" busy={busy}>
              Afhandelen
            </Button>
            <Button appearance="secondary" onClick={onCancel} disabled={busy}>
              Annuleren
            </Button>
          </ButtonGroup>
        </form>
      ) : null}
    </dialog>
  );
}

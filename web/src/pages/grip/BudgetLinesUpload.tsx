import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { FileField } from '../../components/FileField';
import { ApiError } from '../../http/client';
import { useReplaceBudgetLines, type BudgetLinesReplaced } from './gripApi';

const HEADER = 'year,budgetLine,name,pillar,productCategory,amountCents';

/** The 422's field errors as "path: message", in the server's words and order. */
function UploadErrors({ error }: { error: ApiError | Error }) {
  const ref = useRef<HTMLDivElement>(null);
  const errors = error instanceof ApiError ? error.errors : [];
  useEffect(() => ref.current?.focus(), [error]);
  return (
    <Alert type="error" heading={error instanceof ApiError ? error.title : 'De begroting is niet ingelezen.'} role="alert" ref={ref}>
      <p className="utrecht-paragraph dbk-paragraph">Er is niets opgeslagen: de begroting blijft zoals ze was. {error instanceof ApiError && error.detail !== error.title ? error.detail : ''}</p>
      {errors.length > 0 ? (
        <ul className="utrecht-unordered-list dbk-error-list dbk-grip-upload__errors">
          {errors.map((e, i) => (
            <li key={i} className="utrecht-unordered-list__item">
              {e.path ? <code className="dbk-grip-upload__path">{e.path}</code> : null}
              {e.path ? ': ' : ''}
              {e.message}
            </li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}

const done = (result: BudgetLinesReplaced) =>
  `De begroting is vervangen: ${result.lines} ${result.lines === 1 ? 'regel' : 'regels'} voor ${result.years.join(', ') || 'geen jaar'}.`;

/** Replaces the budget lines of the years in a `budgets` CSV (budgetbeheerder, analist). */
export function BudgetLinesUpload() {
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const replace = useReplaceBudgetLines();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setFileError('Kies een CSV-bestand met de begroting.');
      document.getElementById('grip-begroting-bestand')?.focus();
      return;
    }
    if (!/\.csv$/i.test(file.name)) {
      setFileError(`${file.name} is geen CSV-bestand. Kies een bestand dat eindigt op .csv.`);
      document.getElementById('grip-begroting-bestand')?.focus();
      return;
    }
    setFileError(undefined);
    replace.mutate(file);
  };

  return (
    <form className="utrecht-form dbk-form dbk-grip-upload" noValidate onSubmit={submit} aria-label="Begroting inlezen">
      <FileField
        id="grip-begroting-bestand"
        label="Begroting (CSV)"
        accept=".csv,text/csv"
        onFile={(chosen) => {
          setFile(chosen);
          setFileError(undefined);
          replace.reset();
        }}
        description={
          <>
            Kolommen <code>{HEADER}</code>; bedragen in centen, een lege productcategorie is de hele pijler. De regels van de jaren in het
            bestand worden vervangen.
          </>
        }
        error={fileError}
      />
      <Button type="submit" appearance="primary" busy={replace.isPending}>
        Begroting inlezen
      </Button>
      <div className="dbk-live" role="status">
        {replace.isSuccess ? (
          <Alert type="ok">
            <p className="utrecht-paragraph dbk-paragraph">{done(replace.data)}</p>
          </Alert>
        ) : null}
      </div>
      {replace.error ? <UploadErrors error={replace.error} /> : null}
    </form>
  );
}

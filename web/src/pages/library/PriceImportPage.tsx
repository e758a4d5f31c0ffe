import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { PRICE_CSV_COLUMNS } from '../../../../src/library/domain/price-items';
import { ApiError } from '../../http/client';
import { Alert } from '../../components/Alert';
import { Button, ButtonGroup } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FileField } from '../../components/FileField';
import { Heading2, PageHeading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { TextAreaField } from '../../components/TextAreaField';
import { TextLink } from '../../components/TextLink';
import { usePageTitle } from '../../components/usePageTitle';
import { applyServerErrors, useZodForm } from '../../forms/useZodForm';
import { decodeCsv, fileProblem, importFormSchema } from './csvFile';
import { filtersHref } from './filters';
import { formError, formErrors } from './formError';
import { ImportColumns } from './ImportColumns';
import { changesNothing, summaryLines } from './importSummary';
import { afterLibraryChange, libraryApi, PRICE_LIST_EXCEL_HREF, type ImportSummary } from './libraryApi';
import { PRICE_LIST_PATH } from './libraryPaths';

const FIELDS = {
  file: { id: 'inlezen-bestand', label: 'CSV-bestand' },
  csv: { id: 'inlezen-inhoud', label: 'Inhoud van het bestand' },
};
const FORM_FIELDS = ['csv'] as const;

/** Errors per line belong to the content; the summary on top lists them one by one. */
function lineErrors(error: ApiError | null): string | undefined {
  const count = error?.errors.filter((e) => e.path.startsWith('regel ')).length ?? 0;
  if (count === 0) return undefined;
  return count === 1 ? 'Er staat een fout in de inhoud; zie de melding bovenaan.' : `Er staan ${count} fouten in de inhoud; zie de melding bovenaan.`;
}

/** Checked (dry run) for exactly this text, or done. */
type Step = { kind: 'edit' } | { kind: 'checked'; csv: string; summary: ImportSummary } | { kind: 'done'; summary: ImportSummary };

export function PriceImportPage() {
  usePageTitle('Tarieven inlezen');
  const queryClient = useQueryClient();
  const form = useZodForm(importFormSchema, { csv: '' });
  const csv = form.watch('csv');
  const [fileNote, setFileNote] = useState<string | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'edit' });
  /** The summary on top: a file that cannot be read, the form's own mistake, or the API's 422. */
  const [summary, setSummary] = useState<ApiError | null>(null);
  const importing = useMutation({ mutationFn: ({ text, dryRun }: { text: string; dryRun: boolean }) => libraryApi.prices.import(text, dryRun) });
  const resultRef = useRef<HTMLDivElement>(null);

  // The outcome of a check or an import takes focus, so it is read out and the next step is near.
  useEffect(() => {
    if (step.kind !== 'edit') resultRef.current?.focus();
  }, [step]);

  const edit = (text: string) => {
    form.setValue('csv', text, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
    // A check holds for the text it checked, nothing else.
    if (step.kind !== 'edit') setStep({ kind: 'edit' });
  };

  const chooseFile = async (file: File | null) => {
    setSummary(null);
    setFileNote(null);
    if (!file) return;
    const problem = fileProblem(file);
    if (problem) {
      setSummary(formError([{ path: 'file', message: problem }]));
      return;
    }
    const { text, encoding } = decodeCsv(await file.arrayBuffer());
    edit(text);
    setFileNote(
      `${file.name} is geladen en staat hieronder.` +
        (encoding === 'windows-1252' ? ' Het bestand was niet in UTF-8 opgeslagen; Doorbraak heeft het gelezen als Windows-tekst (Excel).' : ''),
    );
  };

  const run = async (text: string, dryRun: boolean) => {
    try {
      const result = await importing.mutateAsync({ text, dryRun });
      setSummary(null);
      setStep(dryRun ? { kind: 'checked', csv: text, summary: result } : { kind: 'done', summary: result });
      if (!dryRun) {
        form.reset({ csv: '' });
        setFileNote(null);
        await afterLibraryChange(queryClient);
      }
    } catch (caught) {
      applyServerErrors(form, caught, FORM_FIELDS);
      if (caught instanceof ApiError) setSummary(caught);
      setStep({ kind: 'edit' });
    }
  };

  const check = form.handleSubmit(
    (values) => run(values.csv, true),
    (errors) => setSummary(formErrors(errors, FORM_FIELDS)),
  );
  const busy = importing.isPending;

  return (
    <>
      <PageHeading>Tarieven inlezen</PageHeading>
      <Paragraph lead>Lees de eigen tarieven van uw gemeente in uit een CSV-bestand, bijvoorbeeld een tarieflijst uit Excel.</Paragraph>
      <ul className="utrecht-unordered-list dbk-list">
        <li className="utrecht-unordered-list__item">
          Eerst controleert Doorbraak het bestand en ziet u wat er zou veranderen. Pas als u daarna op ‘Importeren’ klikt, wordt het
          ingelezen.
        </li>
        <li className="utrecht-unordered-list__item">
          Alles of niets: staat er één fout in het bestand, dan wordt niets ingelezen. U ziet per regel wat er niet klopt.
        </li>
        <li className="utrecht-unordered-list__item">
          Een code die al in de prijslijst staat, wordt bijgewerkt en wordt een eigen tarief (lokaal). Een nieuwe code wordt toegevoegd.
        </li>
        <li className="utrecht-unordered-list__item">
          Welke kolommen het bestand nodig heeft, staat <a className="utrecht-link utrecht-link--html-a" href="#kolommen">onder aan deze pagina</a>.
        </li>
        <li className="utrecht-unordered-list__item">
          Handig: <a className="utrecht-link utrecht-link--html-a" href={PRICE_LIST_EXCEL_HREF} download>download de huidige prijslijst voor Excel</a>, pas
          de bedragen aan en lees het bestand hier weer in.
        </li>
      </ul>

      <Heading2 id="bestand-kiezen">Bestand kiezen</Heading2>
      <form className="utrecht-form dbk-form" noValidate onSubmit={(event) => void check(event)} aria-labelledby="bestand-kiezen">
        <ErrorSummary error={summary} fields={FIELDS} />
        <FileField
          id={FIELDS.file.id}
          label={FIELDS.file.label}
          accept=".csv,.txt,text/csv,text/plain"
          description="Komma of puntkomma als scheidingsteken; de eerste regel noemt de kolommen."
          onFile={(file) => void chooseFile(file)}
          error={summary?.fieldError('file')}
        />
        {fileNote ? (
          <p className="utrecht-paragraph dbk-paragraph dbk-file-note" role="status">
            {fileNote}
          </p>
        ) : null}
        <TextAreaField
          id={FIELDS.csv.id}
          label="Of plak hier de inhoud van het bestand"
          value={csv}
          onChange={edit}
          rows={8}
          code
          error={form.formState.errors.csv?.message ?? lineErrors(summary)}
        />
        <ButtonGroup>
          <Button type="submit" appearance={step.kind === 'checked' ? 'secondary' : 'primary'} busy={busy && step.kind === 'edit'}>
            Controleren
          </Button>
          <TextLink href={PRICE_LIST_PATH}>Terug naar de prijslijst</TextLink>
        </ButtonGroup>
      </form>

      {step.kind === 'checked' ? (
        <Alert type="info" heading="Het bestand is goedgekeurd. Er is nog niets ingelezen." ref={resultRef}>
          <p className="utrecht-paragraph dbk-paragraph">Als u importeert, gebeurt het volgende:</p>
          <ul className="utrecht-unordered-list dbk-list">
            {summaryLines(step.summary).map((line) => (
              <li key={line.key} className="utrecht-unordered-list__item">
                {line.text}
              </li>
            ))}
          </ul>
          {changesNothing(step.summary) ? (
            <p className="utrecht-paragraph dbk-paragraph">Dit bestand verandert niets aan de prijslijst; importeren is niet nodig.</p>
          ) : (
            <Button appearance="primary" busy={busy} onClick={() => void run(step.csv, false)}>
              Importeren
            </Button>
          )}
        </Alert>
      ) : null}

      {step.kind === 'done' ? (
        <Alert type="ok" heading="De tarieven zijn ingelezen." ref={resultRef}>
          <ul className="utrecht-unordered-list dbk-list">
            {summaryLines(step.summary).map((line) => (
              <li key={line.key} className="utrecht-unordered-list__item">
                {line.text}
              </li>
            ))}
          </ul>
          <p className="utrecht-paragraph dbk-paragraph">
            <TextLink href={filtersHref(PRICE_LIST_PATH, { herkomst: 'lokaal' })}>Bekijk de eigen tarieven in de prijslijst</TextLink>
          </p>
        </Alert>
      ) : null}

      <ImportColumns columns={PRICE_CSV_COLUMNS} />
    </>
  );
}

import { useEffect, useRef, useState, type FormEvent } from 'react';
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
import { decodeCsv, fileProblem } from './csvFile';
import { filtersHref, NO_FILTERS } from './filters';
import { formError } from './formError';
import { ImportColumns } from './ImportColumns';
import { changesNothing, summaryLines } from './importSummary';
import { libraryApi, PRICE_LIST_EXCEL_HREF, type ImportSummary } from './libraryApi';
import { PRICE_LIST_PATH } from './libraryPaths';

const FIELDS = {
  file: { id: 'inlezen-bestand', label: 'CSV-bestand' },
  csv: { id: 'inlezen-inhoud', label: 'Inhoud van het bestand' },
};

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
  const [csv, setCsv] = useState('');
  const [fileNote, setFileNote] = useState<string | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'edit' });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);

  // The outcome of a check or an import takes focus, so it is read out and the next step is near.
  useEffect(() => {
    if (step.kind !== 'edit') resultRef.current?.focus();
  }, [step]);

  const edit = (text: string) => {
    setCsv(text);
    // A check holds for the text it checked, nothing else.
    if (step.kind !== 'edit') setStep({ kind: 'edit' });
  };

  const chooseFile = async (file: File | null) => {
    setError(null);
    setFileNote(null);
    if (!file) return;
    const problem = fileProblem(file);
    if (problem) {
      setError(formError([{ path: 'file', message: problem }]));
      return;
    }
    const { text, encoding } = decodeCsv(await file.arrayBuffer());
    edit(text);
    setFileNote(
      `${file.name} is geladen en staat hieronder.` +
        (encoding === 'windows-1252' ? ' Het bestand was niet in UTF-8 opgeslagen; Doorbraak heeft het gelezen als Windows-tekst (Excel).' : ''),
    );
  };

  const run = async (dryRun: boolean) => {
    if (!csv.trim()) {
      setError(formError([{ path: 'csv', message: 'Kies een bestand of plak de inhoud van een CSV-bestand.' }]));
      return;
    }
    setBusy(true);
    try {
      const summary = await libraryApi.prices.import(csv, dryRun);
      setError(null);
      setStep(dryRun ? { kind: 'checked', csv, summary } : { kind: 'done', summary });
      if (!dryRun) {
        setCsv('');
        setFileNote(null);
      }
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
      setStep({ kind: 'edit' });
    } finally {
      setBusy(false);
    }
  };

  const check = (event: FormEvent) => {
    event.preventDefault();
    void run(true);
  };

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
      <form className="utrecht-form dbk-form" noValidate onSubmit={check} aria-labelledby="bestand-kiezen">
        <ErrorSummary error={error} fields={FIELDS} />
        <FileField
          id={FIELDS.file.id}
          label={FIELDS.file.label}
          accept=".csv,.txt,text/csv,text/plain"
          description="Komma of puntkomma als scheidingsteken; de eerste regel noemt de kolommen."
          onFile={(file) => void chooseFile(file)}
          error={error?.fieldError('file')}
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
          error={error?.fieldError('csv') ?? lineErrors(error)}
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
            <Button appearance="primary" busy={busy} onClick={() => void run(false)}>
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
            <TextLink href={filtersHref(PRICE_LIST_PATH, { ...NO_FILTERS, origin: 'local' })}>Bekijk de eigen tarieven in de prijslijst</TextLink>
          </p>
        </Alert>
      ) : null}

      <ImportColumns columns={PRICE_CSV_COLUMNS} />
    </>
  );
}

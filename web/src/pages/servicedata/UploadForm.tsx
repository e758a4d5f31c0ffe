import { useMutation } from '@tanstack/react-query';
import { useState, type DragEvent, type FormEvent } from 'react';
import { CSV_COLUMNS } from '../../../../src/imports/csv/domain/csv-header';
import { CSV_KINDS, type CsvKind } from '../../../../src/imports/domain/records';
import { Button, ButtonGroup } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FileField } from '../../components/FileField';
import { SelectField } from '../../components/FormField';
import { ApiError } from '../../http/client';
import { ACCEPT, CSV_KIND_LABELS, fileProblem, formatBytes, kindFromFileName, UPLOAD_TYPES, uploadProblems, uploadTypeOf, type UploadType } from './importFiles';
import { servicedataApi } from './servicedataApi';

const FIELDS = {
  file: { id: 'import-bestand', label: 'Bestand' },
  'content-type': { id: 'import-bestand', label: 'Bestand' },
  kind: { id: 'import-soort', label: 'Soort CSV-bestand' },
};

const KIND_OPTIONS = [{ value: '', label: 'Kies de soort…' }, ...CSV_KINDS.map((kind) => ({ value: kind, label: CSV_KIND_LABELS[kind] }))];

interface Chosen {
  file: File;
  type: UploadType;
}

const problem = (errors: { path: string; message: string }[]) => new ApiError(422, 'Het bestand kan nog niet worden ingelezen.', '', errors);

/**
 * Choosing the file: dropped on the zone, or picked with the file input inside it (the keyboard
 * way). A CSV needs its kind, guessed from its name; the file goes to the API as it is.
 */
export function UploadForm({ onStarted }: { onStarted: (id: string) => void }) {
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [kind, setKind] = useState<CsvKind | ''>('');
  const [over, setOver] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  // A new key empties the native file input after an upload or a dropped file.
  const [inputKey, setInputKey] = useState(0);
  const send = useMutation({
    mutationFn: ({ file, type, kind }: Chosen & { kind: CsvKind | '' }) =>
      servicedataApi.upload(file, file.name, UPLOAD_TYPES[type].contentType, type === 'csv' && kind ? kind : undefined),
  });

  const choose = (files: readonly File[], fromDrop: boolean) => {
    if (fromDrop) setInputKey((key) => key + 1);
    if (files.length === 0) return;
    const message = fileProblem(files);
    const file = files[0]!;
    const type = uploadTypeOf(file.name);
    if (message || !type) {
      setChosen(null);
      setError(problem([{ path: 'file', message: message ?? 'Kies een bestand.' }]));
      return;
    }
    setError(null);
    setChosen({ file, type });
    setKind(kindFromFileName(file.name) ?? '');
  };

  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    choose([...event.dataTransfer.files], true);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = uploadProblems(chosen, kind);
    if (problems.length > 0 || !chosen) {
      setError(problem(problems));
      return;
    }
    try {
      const created = await send.mutateAsync({ ...chosen, kind });
      setError(null);
      setChosen(null);
      setKind('');
      setInputKey((key) => key + 1);
      onStarted(created.id);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'Er ging iets mis.', String(caught)));
    }
  };

  return (
    <form className="utrecht-form dbk-form" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="import-kiezen">
      <ErrorSummary error={error} fields={FIELDS} />
      <div
        className={`dbk-upload-zone${over ? ' dbk-upload-zone--over' : ''}`}
        onDragEnter={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
        }}
        onDrop={drop}
        data-testid="upload-zone"
      >
        <p className="utrecht-paragraph dbk-upload-zone__hint" aria-hidden="true">
          Sleep een bestand hierheen, of kies het hieronder.
        </p>
        <FileField
          key={inputKey}
          id={FIELDS.file.id}
          label="Kies een bestand"
          accept={ACCEPT}
          description="Een iWmo- of iJw-bericht (.xml), een ZIP-bestand met berichten en CSV-bestanden (.zip) of één CSV-bestand (.csv). Hoogstens 1 GiB."
          onFile={(file) => choose(file ? [file] : [], false)}
          error={error?.fieldError('file') ?? error?.fieldError('content-type')}
        />
      </div>
      {chosen ? (
        <p className="utrecht-paragraph dbk-paragraph dbk-chosen-file" role="status">
          Gekozen: <strong>{chosen.file.name}</strong> ({formatBytes(chosen.file.size)}), {UPLOAD_TYPES[chosen.type].label}.
        </p>
      ) : null}
      {chosen?.type === 'csv' ? (
        <SelectField
          id={FIELDS.kind.id}
          label={FIELDS.kind.label}
          description={
            <>
              {kindFromFileName(chosen.file.name)
                ? 'Afgeleid uit de bestandsnaam; klopt die niet, kies dan de juiste soort.'
                : 'Welke gegevens staan in dit bestand?'}
              {kind ? ` Kolommen: ${CSV_COLUMNS[kind].join(', ')}.` : ''}
            </>
          }
          value={kind}
          onChange={(value) => setKind(value as CsvKind | '')}
          options={KIND_OPTIONS}
          error={error?.fieldError('kind')}
        />
      ) : null}
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={send.isPending}>
          {send.isPending ? 'Bezig met versturen…' : 'Importeren'}
        </Button>
      </ButtonGroup>
    </form>
  );
}

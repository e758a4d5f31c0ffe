import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from 'zod';
import { Heading2, PageHeading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { usePageTitle } from '../../components/usePageTitle';
import { useUrlFilters } from '../../http/useUrlFilters';
import { can, useUser } from '../../session';
import { ImportHistory } from './ImportHistory';
import { ImportJobView } from './ImportJobView';
import { servicedataKeys } from './servicedataApi';
import { UploadForm } from './UploadForm';
import './servicedata.css';

/** The import shown under the form lives in the address (`?import=<id>`): reload and back work. */
const importFilterSchema = z.object({ import: z.string().max(100).default('') });

export function ImportPage() {
  usePageTitle('Import eigen gegevens');
  const user = useUser();
  const queryClient = useQueryClient();
  const [filters, setFilters] = useUrlFilters(importFilterSchema);
  // Focus moves to an import the user opened or started, not to one in the address on page load.
  const [opened, setOpened] = useState(false);

  const started = (id: string) => {
    setOpened(true);
    setFilters({ import: id }, { push: true });
    void queryClient.invalidateQueries({ queryKey: servicedataKeys.jobs });
  };

  return (
    <>
      <PageHeading>Import eigen gegevens</PageHeading>
      <Paragraph lead>
        Lees de gegevens in die uw gemeente al heeft: de iWmo- en iJw-berichten (release 3.2) van toewijzing, start, stop en declaratie, en
        CSV-exports voor wat die berichten niet bevatten. Doorbraak maakt ze bij binnenkomst pseudoniem.
      </Paragraph>
      <ul className="utrecht-unordered-list dbk-list">
        <li className="utrecht-unordered-list__item">Een BSN wordt een sleutel die alleen in Doorbraak van uw gemeente iets betekent; het BSN zelf wordt nooit bewaard.</li>
        <li className="utrecht-unordered-list__item">Namen, adressen, telefoonnummers, e-mailadressen, geboortedata (behalve het jaar) en opmerkingen worden niet opgeslagen.</li>
        <li className="utrecht-unordered-list__item">
          Een ZIP-bestand mag veel berichten en CSV-bestanden bevatten; de soort van een CSV-bestand volgt dan uit de naam, bijvoorbeeld
          services-2026.csv of households.csv.
        </li>
        <li className="utrecht-unordered-list__item">Hetzelfde bestand nog eens inlezen verandert niets.</li>
      </ul>
      {can(user, 'imports.create') ? (
        <section aria-labelledby="import-kiezen">
          <Heading2 id="import-kiezen">Bestand aanleveren</Heading2>
          <UploadForm onStarted={started} />
        </section>
      ) : null}
      {filters.import ? <ImportJobView key={filters.import} id={filters.import} takeFocus={opened} /> : null}
      <ImportHistory current={filters.import} onOpen={() => setOpened(true)} />
    </>
  );
}

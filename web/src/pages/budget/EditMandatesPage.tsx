import { PageHeading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { TextLink } from '../../components/TextLink';
import { usePageTitle } from '../../components/usePageTitle';
import { MandatesSection } from './MandatesSection';
import './budget.css';

/** The mandates as forms, one per maatwerker, in their own view (the overview shows them read-only). */
export function EditMandatesPage() {
  usePageTitle('Mandaten wijzigen');
  return (
    <>
      <PageHeading>Mandaten wijzigen</PageHeading>
      <Paragraph>Een plan boven het mandaat van wie het goedkeurt, heeft nog een goedkeuring nodig van iemand met voldoende mandaat. Elk mandaat wordt apart opgeslagen.</Paragraph>
      <p className="utrecht-paragraph">
        <TextLink href="/budget">Terug naar het maatwerkbudget</TextLink>
      </p>
      <MandatesSection />
    </>
  );
}

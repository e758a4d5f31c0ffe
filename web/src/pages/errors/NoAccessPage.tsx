import { PageHeading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { TextLink } from '../../components/TextLink';
import { usePageTitle } from '../../components/usePageTitle';

/** Shown instead of a page the user may not open (typed or bookmarked address). */
export function NoAccessPage() {
  usePageTitle('Geen toegang');
  return (
    <>
      <PageHeading>Geen toegang</PageHeading>
      <Paragraph lead>U heeft geen toegang tot deze pagina.</Paragraph>
      <Paragraph>
        Deze pagina is alleen voor gebruikers met een andere rol, zoals de beheerder. Denkt u dat u hier wel bij moet kunnen? Vraag dan de
        beheerder van Doorbraak in uw gemeente om uw rollen aan te passen.
      </Paragraph>
      <Paragraph>
        <TextLink href="/">Naar het overzicht</TextLink>
      </Paragraph>
    </>
  );
}

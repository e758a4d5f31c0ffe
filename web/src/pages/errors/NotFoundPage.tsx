import { PageHeading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { TextLink } from '../../components/TextLink';
import { usePageTitle } from '../../components/usePageTitle';

export function NotFoundPage() {
  usePageTitle('Pagina niet gevonden');
  return (
    <>
      <PageHeading>Pagina niet gevonden</PageHeading>
      <Paragraph>Deze pagina bestaat niet (meer). Misschien is het adres niet helemaal goed overgenomen.</Paragraph>
      <Paragraph>
        <TextLink href="/">Naar het overzicht</TextLink>
      </Paragraph>
    </>
  );
}

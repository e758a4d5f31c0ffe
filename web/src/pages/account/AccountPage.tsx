import { DataList } from '../../components/DataList';
import { Heading2, PageHeading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { usePageTitle } from '../../components/usePageTitle';
import { roleLabels } from '../../format';
import { useUser } from '../../session';
import { PasswordSection } from './PasswordSection';
import { TokenSection } from './TokenSection';

export function AccountPage() {
  usePageTitle('Mijn account');
  const user = useUser();
  return (
    <>
      <PageHeading>Mijn account</PageHeading>
      <section aria-labelledby="gegevens">
        <Heading2 id="gegevens">Uw gegevens</Heading2>
        <DataList
          items={[
            { key: 'Naam', value: user.name },
            { key: 'E-mailadres', value: user.email },
            { key: 'Gemeente', value: user.tenant.name },
            { key: user.roles.length === 1 ? 'Rol' : 'Rollen', value: roleLabels(user.roles) },
          ]}
        />
        <Paragraph small>
          Klopt er iets niet? Een beheerder van Doorbraak in uw gemeente kan het aanpassen. Uw wachtwoord wijzigt u hieronder zelf. Wachtwoord kwijt? Dan stelt een beheerder een nieuw wachtwoord voor u in.
        </Paragraph>
      </section>
      <PasswordSection />
      <TokenSection />
    </>
  );
}

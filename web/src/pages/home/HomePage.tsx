import { Heading2, PageHeading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { TextLink } from '../../components/TextLink';
import { usePageTitle } from '../../components/usePageTitle';
import { rolesOf } from '../../format';
import { can, useUser } from '../../session';

/** What is not built yet, said plainly: no buttons that lead nowhere. */
const COMING = [
  { name: 'Doorbraaktafel', text: 'agenda, bespreking en goedkeuring volgens het zes-ogenprincipe.' },
  { name: 'Maatwerkbudget', text: 'verplichtingen en betalingen, met een tijdige waarschuwing als het budget opraakt.' },
  { name: 'Dashboard en systeemleren', text: 'totalen en knelpunten voor management en beleid, zonder casusgegevens.' },
];

export function HomePage() {
  usePageTitle('Overzicht');
  const user = useUser();
  const roles = rolesOf(user.roles);

  return (
    <>
      <PageHeading>Welkom, {user.name}</PageHeading>
      <Paragraph lead>
        U werkt in Doorbraak voor {user.tenant.name}
        {user.tenant.region ? ` (${user.tenant.region})` : ''}.
      </Paragraph>

      <section aria-labelledby="rollen">
        <Heading2 id="rollen">{roles.length === 1 ? 'Uw rol' : 'Uw rollen'}</Heading2>
        <dl className="dbk-role-list">
          {roles.map((role) => (
            <div key={role.key} className="dbk-role-list__item">
              <dt className="dbk-role-list__name">{role.label}</dt>
              <dd className="dbk-role-list__description">{role.description}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="nu">
        <Heading2 id="nu">Wat u nu kunt doen</Heading2>
        <ul className="utrecht-unordered-list dbk-list">
          {can(user, 'plans.read') ? (
            <li className="utrecht-unordered-list__item">
              <TextLink href="/plannen">Plannen</TextLink>: het maatwerkcanvas met de waardendriehoek en een kosten-batenanalyse
              per geldstroom die meerekent terwijl u typt.
            </li>
          ) : null}
          <li className="utrecht-unordered-list__item">
            <TextLink href="/prijslijst">Prijslijst</TextLink> en <TextLink href="/wetten">Wettenbibliotheek</TextLink>: zoeken
            in de maatschappelijke prijslijst en de wettelijke grondslagen, ook zonder plan.
          </li>
          <li className="utrecht-unordered-list__item">
            <TextLink href="/account">Mijn account</TextLink>: uw gegevens bekijken en API-tokens voor koppelingen beheren.
          </li>
          {can(user, 'users.read') ? (
            <li className="utrecht-unordered-list__item">
              <TextLink href="/beheer/gebruikers">Gebruikers</TextLink>: medewerkers van uw gemeente toevoegen, rollen geven en
              accounts deactiveren.
            </li>
          ) : null}
          {can(user, 'audit.read') ? (
            <li className="utrecht-unordered-list__item">
              <TextLink href="/beheer/auditlog">Auditlog</TextLink>: nagaan wie wat wanneer heeft gedaan.
            </li>
          ) : null}
        </ul>
      </section>

      <section aria-labelledby="binnenkort">
        <Heading2 id="binnenkort">Wat er nog komt</Heading2>
        <Paragraph>
          Deze onderdelen zijn nog niet gebouwd. U kunt ze dus nog niet gebruiken; zodra ze klaar zijn, verschijnen ze in het menu.
        </Paragraph>
        <ul className="utrecht-unordered-list dbk-list">
          {COMING.map((item) => (
            <li key={item.name} className="utrecht-unordered-list__item">
              <strong>{item.name}</strong>: {item.text}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Heading2, PageHeading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { TextLink } from '../../components/TextLink';
import { Link } from '../../router';
import { usePageTitle } from '../../components/usePageTitle';
import { rolesOf } from '../../format';
import { can, useUser } from '../../session';
import { actionsApi, countActions } from '../actions/actionsApi';

/** A few lines on what waits for the user, with the way to Mijn acties. */
function ActionsSummary() {
  // The same query as the Mijn acties page (capability `followup`), so going there shows it at once.
  const actions = useQuery({ queryKey: ['followup', 'actions'], queryFn: () => actionsApi.mine() });
  let text = 'Uw acties worden geladen…';
  if (actions.error) text = 'Uw acties konden niet worden geladen.';
  else if (actions.data) {
    const { total, overdue } = countActions(actions.data);
    text =
      total === 0
        ? 'Er wacht nu niets op u.'
        : `Er ${total === 1 ? 'wacht 1 actie' : `wachten ${total} acties`} op u${overdue > 0 ? `, waarvan ${overdue} te laat` : ''}.`;
  }
  return (
    <section aria-labelledby="acties">
      <Heading2 id="acties">Mijn acties</Heading2>
      <Paragraph>
        <span role="status">{text}</span> <TextLink href="/acties">Naar Mijn acties</TextLink>
      </Paragraph>
    </section>
  );
}

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

      {can(user, 'plans.create') ? (
        <p className="utrecht-paragraph dbk-paragraph">
          <Link href="/plannen/nieuw" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action dbk-button-link">
            Nieuw plan
          </Link>
        </p>
      ) : null}

      {can(user, 'actions.read') ? <ActionsSummary /> : null}

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
          {can(user, 'tables.read') ? (
            <li className="utrecht-unordered-list__item">
              <TextLink href="/tafels">Tafels</TextLink>: de spar-tafel en de doorbraaktafel met hun agenda, vragen en besluiten
              volgens het zes-ogenprincipe.
            </li>
          ) : null}
          {can(user, 'budget.read') ? (
            <li className="utrecht-unordered-list__item">
              <TextLink href="/budget">Budget</TextLink>: het maatwerkbudget met wat is vastgelegd, betaald en nog beschikbaar, en
              een tijdige waarschuwing als het opraakt.
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
          {can(user, 'workflow.manage') ? (
            <li className="utrecht-unordered-list__item">
              <TextLink href="/beheer/werkwijze">Werkwijze</TextLink>: kiezen hoe uw gemeente werkt (Maastricht, maatwerkcommissie of
              eenvoudig formulier) en dat bijstellen.
            </li>
          ) : null}
        </ul>
      </section>

    </>
  );
}

import { PUBLISHABLE_STATUSES } from '../../../../../../src/inspiration/domain/redaction';
import { Heading2 } from '../../../../components/Heading';
import { Link } from '../../../../router';
import { can, useUser } from '../../../../session';

/** On an approved plan: share its solution with the region, through the redaction step. */
export function PublishInspiration({ planId, status }: { planId: string; status: string }) {
  const me = useUser();
  if (!can(me, 'inspiration.publish') || !(PUBLISHABLE_STATUSES as readonly string[]).includes(status)) return null;
  return (
    <section className="dbk-questions" aria-labelledby="publiceer-inspiratie">
      <Heading2 id="publiceer-inspiratie">Publiceer als inspiratie</Heading2>
      <p className="utrecht-paragraph">
        Deel de oplossing van dit plan met de gemeenten in uw regio. U herschrijft de situatie kort en anoniem; een tweede maatwerker controleert
        het voordat de regio het ziet.
      </p>
      <Link href={`/plannen/${encodeURIComponent(planId)}/inspiratie`} className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action dbk-button-link">
        Publiceer als inspiratie
      </Link>
    </section>
  );
}

import { Button } from '../../components/Button';
import { ExternalLink } from '../../components/ExternalLink';
import { Link } from '../../router';
import { InactiveBadge, OriginBadge } from './Badges';
import { citation, domainsText } from './labels';
import { sourceLinkText } from './legalForm';
import type { LegalBasis } from './libraryApi';
import { editLegalHref } from './libraryPaths';

interface LegalBasisListProps {
  items: readonly LegalBasis[];
  manage?: {
    busyCode: string | null;
    onDeactivate: (basis: LegalBasis) => void;
    onReactivate: (basis: LegalBasis) => void;
  };
}

/** Each basis as a card: the description is the point, and it reads badly squeezed into a table cell. */
export function LegalBasisList({ items, manage }: LegalBasisListProps) {
  return (
    <ul className="dbk-plain-list dbk-legal-list">
      {items.map((basis) => {
        const name = citation(basis);
        return (
          <li key={basis.code} className={`dbk-legal-card${basis.origin === 'local' ? ' dbk-legal-card--local' : ''}`}>
            <article aria-labelledby={`grondslag-${basis.code}`}>
              <h3 className="utrecht-heading-3 dbk-heading-3 dbk-legal-card__title" id={`grondslag-${basis.code}`}>
                {name}
                <span className="dbk-badges">
                  <OriginBadge origin={basis.origin} />
                  <InactiveBadge active={basis.active} />
                </span>
              </h3>
              {basis.shortName && basis.shortName !== basis.regulation ? <p className="dbk-legal-card__regulation">{basis.regulation}</p> : null}
              <p className="utrecht-paragraph dbk-paragraph">{basis.description}</p>
              <dl className="dbk-legal-card__facts">
                <div>
                  <dt>Leefgebieden</dt>
                  <dd>{domainsText(basis.domains)}</dd>
                </div>
                {basis.note ? (
                  <div>
                    <dt>Toelichting</dt>
                    <dd>{basis.note}</dd>
                  </div>
                ) : null}
                <div>
                  <dt>Code</dt>
                  <dd>{basis.code}</dd>
                </div>
              </dl>
              <div className="dbk-row-actions dbk-legal-card__actions">
                {basis.url ? (
                  <ExternalLink href={basis.url} label={`${sourceLinkText(basis.url)}: ${name}`}>
                    {sourceLinkText(basis.url)}
                  </ExternalLink>
                ) : (
                  <span className="dbk-muted">Geen link naar de tekst</span>
                )}
                {manage ? (
                  <>
                    <Link
                      href={editLegalHref(basis.code)}
                      className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action dbk-button-link"
                      aria-label={`${name} wijzigen`}
                    >
                      Wijzigen
                    </Link>
                    {basis.active ? (
                      <Button appearance="subtle" busy={manage.busyCode === basis.code} onClick={() => manage.onDeactivate(basis)} aria-label={`${name} deactiveren`}>
                        Deactiveren
                      </Button>
                    ) : (
                      <Button appearance="subtle" busy={manage.busyCode === basis.code} onClick={() => manage.onReactivate(basis)} aria-label={`${name} terugzetten`}>
                        Terugzetten
                      </Button>
                    )}
                  </>
                ) : null}
              </div>
            </article>
          </li>
        );
      })}
    </ul>
  );
}

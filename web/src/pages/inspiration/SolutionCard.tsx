import type { ReactNode } from 'react';
import { Link } from '../../router';
import { SolutionFacts } from './SolutionFacts';
import type { Solution } from './inspirationApi';

/** One solution in a list: breakthrough first, because that is what inspires. */
export function SolutionCard({ solution, children }: { solution: Solution; children?: ReactNode }) {
  const headingId = `oplossing-${solution.id}`;
  return (
    <article className="dbk-panel dbk-inspiration-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="utrecht-heading-3">
        <Link href={`/inspiratie/${encodeURIComponent(solution.id)}`} className="utrecht-link utrecht-link--html-a">
          {solution.title}
        </Link>
      </h3>
      <p className="utrecht-paragraph">
        <strong>Doorbraak:</strong> {solution.breakthrough}
      </p>
      <p className="utrecht-paragraph">
        <strong>Situatie:</strong> {solution.situation}
      </p>
      <SolutionFacts legalBases={solution.legalBases} domains={solution.domains} fundingStreams={solution.fundingStreams} kba={solution.kba} municipality={solution.municipality} />
      {children}
    </article>
  );
}

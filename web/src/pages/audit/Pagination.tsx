import { Link } from '../../router';

interface PaginationProps {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
  onNavigate: () => void;
}

export function Pagination({ page, pages, hrefFor, onNavigate }: PaginationProps) {
  if (pages <= 1) return null;
  return (
    <nav className="utrecht-pagination dbk-pagination" aria-label="Paginering van het auditlog">
      <span className="utrecht-pagination__before">
        {page > 1 ? (
          <Link href={hrefFor(page - 1)} className="utrecht-pagination__relative-link utrecht-pagination__relative-link--prev dbk-pagination__link" rel="prev" onClick={onNavigate}>
            Vorige pagina
          </Link>
        ) : null}
      </span>
      <span className="dbk-pagination__status">
        Pagina {page} van {pages}
      </span>
      <span className="utrecht-pagination__after">
        {page < pages ? (
          <Link href={hrefFor(page + 1)} className="utrecht-pagination__relative-link utrecht-pagination__relative-link--next dbk-pagination__link" rel="next" onClick={onNavigate}>
            Volgende pagina
          </Link>
        ) : null}
      </span>
    </nav>
  );
}

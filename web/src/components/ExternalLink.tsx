import type { ReactNode } from 'react';

/**
 * A link to another site, opened in a new tab. The accessible name starts with the visible text
 * (WCAG 2.5.3) and says that a new tab opens, which sighted users see from the icon.
 */
export function ExternalLink({ href, children, label }: { href: string; children: string; label?: string }): ReactNode {
  return (
    <a
      className="utrecht-link utrecht-link--html-a dbk-external-link"
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={`${label ?? children} (opent in een nieuw tabblad)`}
    >
      {children}
      <span className="dbk-external-link__icon" aria-hidden="true">
        ↗
      </span>
    </a>
  );
}

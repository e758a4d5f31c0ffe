import type { ReactNode } from 'react';
import { Link } from '../router';

/** A link inside the app: styled as an NL Design System link, navigates without a reload. */
export function TextLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="utrecht-link utrecht-link--html-a">
      {children}
    </Link>
  );
}

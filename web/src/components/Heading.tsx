import { useCallback, type ReactNode } from 'react';
import { takeHeadingFocus } from '../shell/headingFocus';

/**
 * The page's one h1. It can take focus (tabIndex -1) so the shell can move focus here after an
 * in-app navigation, as a screen reader user would expect from a page load.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useCallback((heading: HTMLHeadingElement | null) => takeHeadingFocus(heading), []);
  return (
    <h1 className="utrecht-heading-1 dbk-page-heading" tabIndex={-1} ref={ref}>
      {children}
    </h1>
  );
}

export function Heading2({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <h2 className="utrecht-heading-2 dbk-heading-2" id={id}>
      {children}
    </h2>
  );
}

export function Heading3({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <h3 className="utrecht-heading-3 dbk-heading-3" id={id}>
      {children}
    </h3>
  );
}

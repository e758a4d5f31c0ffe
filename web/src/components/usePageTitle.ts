import { useEffect } from 'react';

/** Every page has its own title, so tabs, history and screen readers say where the user is. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Doorbraak`;
  }, [title]);
}

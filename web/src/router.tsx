import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/** A tiny History API router: the location is external state, links push onto history. */

const listeners = new Set<() => void>();
let navigations = 0;

function notify() {
  navigations += 1;
  listeners.forEach((listener) => listener());
}

window.addEventListener('popstate', notify);

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const currentHref = () => `${window.location.pathname}${window.location.search}`;

export interface Location {
  path: string;
  search: URLSearchParams;
  href: string;
}

let cached: Location | undefined;

function snapshot(): Location {
  const href = currentHref();
  if (cached?.href !== href) {
    cached = { path: window.location.pathname, search: new URLSearchParams(window.location.search), href };
  }
  return cached;
}

export function useLocation(): Location {
  return useSyncExternalStore(subscribe, snapshot);
}

/** How many in-app navigations happened since the page loaded (0 on first render). */
export function navigationCount(): number {
  return navigations;
}

export function navigate(href: string, { replace = false } = {}): void {
  if (href === currentHref()) return;
  if (replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  window.scrollTo(0, 0);
  notify();
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

export function Link({ href, onClick, ...rest }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handleClick} {...rest} />;
}

import { useIsFetching } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { landingFor, type Landing } from './anchors';

const FIELD = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';
const FOCUSABLE = `${FIELD}, button, a[href], [tabindex]`;

/** The element a landing puts focus on, if it is on the page. */
function targetOf(landing: Landing, useFallback: boolean): HTMLElement | null {
  const element = document.getElementById(landing.id);
  // A form lands on its first field; until that is drawn (its data may still load) it is not there yet.
  const target = element && landing.focus === 'first-field' ? element.querySelector<HTMLElement>(FIELD) : element;
  if (target) return target;
  if (!useFallback) return null;
  return (landing.fallback ? document.getElementById(landing.fallback) : null) ?? (element && element.childElementCount > 0 ? element : null);
}

/** Scrolls the target into view (below the sticky navigator) and puts focus on it; a heading gets tabIndex -1. */
export function focusTarget(target: HTMLElement): void {
  if (!target.matches(FOCUSABLE)) target.setAttribute('tabindex', '-1');
  target.scrollIntoView({ block: target.matches(FIELD) ? 'center' : 'start' });
  target.focus({ preventScroll: true });
}

/** Lands on an anchor of the canvas now (from the navigator or the readiness list), and keeps it in the URL. */
export function landOn(id: string): void {
  const landing = landingFor(`#${id}`);
  const target = landing ? targetOf(landing, true) : null;
  if (!target) return;
  window.history.replaceState(window.history.state, '', `#${encodeURIComponent(id)}`);
  focusTarget(target);
}

/** How long nothing must be loading before the fallback is used. */
const SETTLE_MS = 600;

/** True while the user is not in a field yet (focus on the page, a heading or the link they came by). */
const untouched = () => !document.activeElement?.matches(FIELD);

/**
 * Opening the canvas with a hash (from Mijn acties, a readiness link, a bookmark) lands there with
 * focus, also when the target appears only after its data loaded: it waits for the element; once
 * nothing is loading any more and the element is still missing, it lands on the fallback. It
 * gives up when the user has put focus somewhere themselves.
 */
export function useLanding(ready: boolean): void {
  const loading = useIsFetching();
  const landed = useRef<string | null>(null);

  useEffect(() => {
    const hash = window.location.hash;
    const landing = landingFor(hash);
    if (!ready || !landing || landed.current === hash) return;
    const attempt = (useFallback: boolean) => {
      if (!untouched()) {
        landed.current = hash;
        return true;
      }
      const target = targetOf(landing, useFallback);
      if (!target) return false;
      landed.current = hash;
      focusTarget(target);
      return true;
    };
    if (attempt(false)) return;
    const observer = new MutationObserver(() => {
      if (attempt(false)) observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    // Nothing loading can mean the next part has not started asking yet: fall back only when it stays so.
    const settled = loading === 0 ? window.setTimeout(() => attempt(true) && observer.disconnect(), SETTLE_MS) : undefined;
    return () => {
      observer.disconnect();
      window.clearTimeout(settled);
    };
  }, [ready, loading]);

  // A hash typed or changed by hand while on the canvas lands as well.
  useEffect(() => {
    const onHashChange = () => {
      const landing = landingFor(window.location.hash);
      const target = landing ? targetOf(landing, true) : null;
      landed.current = window.location.hash;
      if (target) focusTarget(target);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
}

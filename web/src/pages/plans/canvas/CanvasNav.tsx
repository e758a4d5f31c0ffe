import { useEffect, useRef, useState, type MouseEvent } from 'react';
import type { PlanDocument } from '../planTypes';
import { CANVAS_SECTIONS, currentSection } from './anchors';
import { readiness } from './readiness';
import { landOn } from './useLanding';

/** A section is current once its heading is in the top third of the window (below the sticky bar). */
const currentLine = () => Math.max(120, Math.round(window.innerHeight / 3));

/** Which section is in view, recomputed at most once per frame while scrolling. */
function useCurrentSection(ids: readonly string[]): string | undefined {
  const [current, setCurrent] = useState<string | undefined>(ids[0]);
  const key = ids.join(' ');
  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const tops = key.split(' ').map((id) => ({ id, top: document.getElementById(id)?.getBoundingClientRect().top ?? null }));
      setCurrent(currentSection(tops, currentLine()));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
    // Keyed on the ids as one string: a new array with the same ids must not restart the listeners.
  }, [key]);
  return current;
}

/**
 * The parts of the canvas to jump to, always in view at the top while scrolling (a compact bar),
 * marking the current one; and what the plan still needs for the doorbraaktafel, as a list that
 * opens from the bar. Each link lands with focus on its heading or field.
 */
export function CanvasNav({ document, followUp }: { document: PlanDocument; followUp: boolean }) {
  const sections = CANVAS_SECTIONS.filter((section) => section.id !== 'metingen' || followUp);
  const current = useCurrentSection(sections.map((section) => section.id));
  const items = readiness(document);
  const missing = items.filter((item) => !item.done).length;
  const ready = useRef<HTMLDetailsElement>(null);

  const jump = (id: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (ready.current) ready.current.open = false;
    landOn(id);
  };

  return (
    <nav aria-label="Onderdelen van het canvas" className="dbk-canvas-nav">
      <ul className="dbk-plain-list dbk-canvas-nav__list">
        {sections.map((section) => (
          <li key={section.id}>
            <a
              className="utrecht-link utrecht-link--html-a dbk-canvas-nav__link"
              href={`#${section.id}`}
              aria-current={current === section.id ? 'location' : undefined}
              onClick={jump(section.id)}
            >
              {section.label}
            </a>
          </li>
        ))}
      </ul>
      <details
        ref={ready}
        className={`dbk-canvas-nav__ready dbk-canvas-nav__ready--${missing === 0 ? 'done' : 'open'}`}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && ready.current?.open) {
            ready.current.open = false;
            ready.current.querySelector('summary')?.focus();
          }
        }}
      >
        <summary className="dbk-canvas-nav__ready-summary">{missing === 0 ? 'Klaar voor de doorbraaktafel' : `Nog nodig voor de doorbraaktafel (${missing})`}</summary>
        <div className="dbk-canvas-nav__ready-panel">
          <ul className="dbk-plain-list dbk-readiness">
            {items.map((item) => (
              <li key={item.key} className={`dbk-readiness__item dbk-readiness__item--${item.done ? 'done' : 'open'}`}>
                <span aria-hidden="true" className="dbk-readiness__mark">
                  {item.done ? '✓' : '○'}
                </span>
                <a className="utrecht-link utrecht-link--html-a" href={`#${item.anchor}`} onClick={jump(item.anchor)}>
                  {item.label}
                </a>
                <span className="dbk-visually-hidden">{item.done ? ': ingevuld' : ': nog niet ingevuld'}</span>
              </li>
            ))}
          </ul>
        </div>
      </details>
    </nav>
  );
}

import type { PlanDocument } from '../planTypes';
import { readiness } from './readiness';

const SECTIONS = [
  { id: 'situatie', label: 'Situatie' },
  { id: 'perspectief', label: 'Perspectief en doorbraak' },
  { id: 'acties', label: 'Wat er gebeurt' },
  { id: 'rendement', label: 'Rendement' },
  { id: 'legitimiteit', label: 'Legitimiteit' },
  { id: 'betrokkenheid', label: 'Betrokkenheid' },
  { id: 'knelpunten', label: 'Knelpunten' },
];

/** The parts of the canvas to jump to, and what the plan still needs for the doorbraaktafel. */
export function CanvasNav({ document }: { document: PlanDocument }) {
  const items = readiness(document);
  const missing = items.filter((item) => !item.done).length;
  return (
    <div className="dbk-canvas-nav">
      <nav aria-label="Onderdelen van het canvas" className="dbk-canvas-nav__toc">
        <ul className="dbk-plain-list dbk-canvas-nav__list">
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <a className="utrecht-link utrecht-link--html-a" href={`#${section.id}`}>
                {section.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="dbk-canvas-nav__ready">
        <p className="dbk-canvas-nav__ready-title">{missing === 0 ? 'Klaar voor de doorbraaktafel' : `Nog nodig voor de doorbraaktafel (${missing})`}</p>
        <ul className="dbk-plain-list dbk-readiness">
          {items.map((item) => (
            <li key={item.key} className={`dbk-readiness__item dbk-readiness__item--${item.done ? 'done' : 'open'}`}>
              <span aria-hidden="true" className="dbk-readiness__mark">
                {item.done ? '✓' : '○'}
              </span>
              <a className="utrecht-link utrecht-link--html-a" href={`#${item.anchor}`}>
                {item.label}
              </a>
              <span className="dbk-visually-hidden">{item.done ? ': ingevuld' : ': nog niet ingevuld'}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

import { useId, type ReactNode } from 'react';

/** How a series looks in the legend: the same line style or fill as in the chart, not colour alone. */
export type Swatch = 'line' | 'line-markers' | 'dashed' | 'dotted' | 'band' | 'bar' | 'bar-hollow' | 'square-markers';

export interface LegendItem {
  label: string;
  swatch: Swatch;
  /** The chart's class of this series (grip.css gives both the same colour). */
  className: string;
}

function SwatchIcon({ swatch, className }: { swatch: Swatch; className: string }) {
  return (
    <svg className={`dbk-grip-legend__swatch ${className}`} width="36" height="16" viewBox="0 0 36 16" aria-hidden="true" focusable="false">
      {swatch === 'band' ? <rect x="1" y="2" width="34" height="12" /> : null}
      {swatch === 'bar' || swatch === 'bar-hollow' ? <rect x="8" y="1" width="20" height="14" strokeWidth="2" strokeDasharray={swatch === 'bar-hollow' ? '3 2' : undefined} /> : null}
      {swatch === 'line' || swatch === 'line-markers' ? <path d="M1 8H35" strokeWidth="3" fill="none" /> : null}
      {swatch === 'dashed' ? <path d="M1 8H35" strokeWidth="2" strokeDasharray="8 4" fill="none" /> : null}
      {swatch === 'dotted' ? <path d="M1 8H35" strokeWidth="2" strokeDasharray="2 4" fill="none" /> : null}
      {swatch === 'line-markers' ? <circle cx="18" cy="8" r="4" /> : null}
      {swatch === 'square-markers' ? (
        <>
          <path d="M1 8H35" strokeWidth="2" strokeDasharray="6 3" fill="none" />
          <rect x="14" y="4" width="8" height="8" />
        </>
      ) : null}
    </svg>
  );
}

interface ChartFigureProps {
  caption: string;
  /** One sentence under the caption: how to read the chart. */
  description?: ReactNode;
  legend: readonly LegendItem[];
  /** The chart(s), then the data table with the same figures. */
  children: ReactNode;
}

/** A chart with caption and legend; the table with its figures belongs inside, as `children`. */
export function ChartFigure({ caption, description, legend, children }: ChartFigureProps) {
  const captionId = useId();
  return (
    <figure className="dbk-grip-figure" aria-labelledby={captionId}>
      <figcaption id={captionId} className="dbk-grip-figure__caption">
        {caption}
      </figcaption>
      {description ? <p className="utrecht-paragraph dbk-paragraph dbk-grip-figure__description">{description}</p> : null}
      {legend.length > 0 ? (
        <ul className="dbk-grip-legend" aria-label={`Legenda van ${caption}`}>
          {legend.map((item) => (
            <li key={item.label} className="dbk-grip-legend__item">
              <SwatchIcon swatch={item.swatch} className={item.className} />
              {item.label}
            </li>
          ))}
        </ul>
      ) : null}
      {children}
    </figure>
  );
}

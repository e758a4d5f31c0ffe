import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';

interface PlotChartProps {
  /** Observable Plot's options: marks with a `className` each, so grip.css gives them their colour. */
  options: Plot.PlotOptions;
  /** What the chart shows, for screen readers; the figures themselves are in the table beside it. */
  label: string;
}

/**
 * An Observable Plot chart as SVG, under the app's CSP (style-src 'self'): Plot puts a <style>
 * element in every SVG it draws; it is removed before the SVG enters the page, so the browser
 * never has an inline style to refuse. Its few rules are in grip.css (.dbk-plot). Plot sets its
 * other styles through the CSSOM (element.style), which the CSP allows.
 */
export function PlotChart({ options, label }: PlotChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    const chart = Plot.plot({ width: 800, ...options, figure: false, className: 'dbk-plot', ariaLabel: label });
    for (const style of chart.querySelectorAll('style')) style.remove();
    // Inside role="img" the marks are not read; their own aria-labels ("bar", "line") are not allowed there.
    for (const mark of chart.querySelectorAll('[aria-label], [aria-description]')) {
      mark.removeAttribute('aria-label');
      mark.removeAttribute('aria-description');
    }
    chart.setAttribute('role', 'img');
    container.replaceChildren(chart);
    return () => chart.remove();
  }, [options, label]);
  return <div ref={ref} className="dbk-plot-container" />;
}

import { openPdf } from '../pdf/document.js';
import { Layout } from '../pdf/layout.js';
import { amsterdamDate } from '../shared/dates.js';
import type { Signal } from './domain/signal.js';

const ACCENT = '#1d4f91';

/** The signal on A4: the pattern's texts and the number of illustrating cases, nothing of a case. */
export async function renderSignalPdf(signal: Signal, options: { compress?: boolean } = {}): Promise<Buffer> {
  const { doc, done } = openPdf({ title: `Signaal: ${signal.pattern.title}`, author: signal.municipality, compress: options.compress });
  doc.info.Subject = 'Signaal knellend patroon, zonder persoonsgegevens';
  const l = new Layout(doc);
  l.textAt('Signaal knellend patroon', l.left, 30, l.width, { size: 11, color: '#5b6675' });
  const titleHeight = l.textAt(signal.pattern.title, l.left, 46, l.width, { font: 'Helvetica-Bold', size: 20, color: ACCENT });
  l.y = 46 + titleHeight + 14;
  l.boxes([
    { label: 'Gemeente', value: signal.municipality, sub: signal.region ?? undefined },
    { label: 'Niveau', value: signal.pattern.levelLabel },
    { label: 'Thema', value: signal.pattern.themeLabel },
    { label: 'Fase', value: signal.pattern.phaseLabel },
    { label: 'Casussen', value: String(signal.illustratingPlans), sub: 'ter illustratie' },
  ]);
  const sections: [string, string][] = [
    ['Omschrijving', signal.pattern.description],
    ['Stappen (fase 1)', signal.pattern.steps],
    ['Diagnose: de knelpunten (fase 2)', signal.pattern.diagnosis],
    ['Oplossingen (fase 3)', signal.pattern.solutions],
    ['Besluiten', signal.pattern.decisions],
  ];
  for (const [title, text] of sections) {
    l.heading(title);
    l.paragraph(text, { empty: 'Nog niet beschreven.' });
  }
  l.paragraph(`Opgesteld op ${amsterdamDate(new Date(signal.exportedAt))}. Dit signaal bevat geen persoonsgegevens, casusnummers of cliëntnummers; het aantal casussen illustreert het patroon.`, {
    size: 8.5,
    color: '#5b6675',
  });
  doc.end();
  return done;
}

import { z } from 'zod';
import { isoDate } from '../shared/iso-date.js';

/**
 * Request and response schemas of the raadsrapportage (council report): the report as data, and
 * the period the HTML and PDF versions are made for. Only totals and published stories: the
 * response schema lists every field, so nothing else can reach a reader.
 */


export const reportQuery = z.strictObject({
  from: isoDate.optional().describe('Eerste dag van de periode (JJJJ-MM-DD); standaard 1 januari van dit jaar.'),
  to: isoDate.optional().describe('Laatste dag van de periode (JJJJ-MM-DD); standaard 31 december van dit jaar.'),
});
export type ReportQuery = z.infer<typeof reportQuery>;

export const keyFigureOut = z.object({
  key: z.string().describe('Vaste sleutel, bijv. `returnTotal`.'),
  label: z.string(),
  value: z.string().describe('Opgemaakt, bijv. "€ 1.234,56".'),
  raw: z.number().nullable().describe('Het exacte getal achter `value` (centen bij bedragen).'),
});

export const reportOut = z.object({
  title: z.string(),
  municipality: z.string(),
  period: z.object({ from: z.string(), to: z.string(), label: z.string() }),
  madeOn: z.string().describe('De dag van opstellen, in het Nederlands (bijv. "5 maart 2026").'),
  inleiding: z.array(z.string()),
  kerncijfers: z.object({
    summary: z.string(),
    figures: z.array(keyFigureOut),
    satisfaction: z.array(z.object({ moment: z.string(), average: z.string() })),
    satisfactionPairs: z.number().int(),
  }),
  knelpunten: z.object({
    themes: z.array(z.object({ theme: z.string(), label: z.string(), count: z.number().int() })),
    patterns: z.array(z.object({ title: z.string(), level: z.string(), theme: z.string(), phase: z.string(), planCount: z.number().int() })),
  }),
  oplossingen: z.array(z.object({ title: z.string(), situation: z.string(), breakthrough: z.string(), expectedReturn: z.string().nullable() })),
  verantwoording: z.array(z.string()),
});

export type ReportModel = z.infer<typeof reportOut>;
export type KeyFigure = z.infer<typeof keyFigureOut>;

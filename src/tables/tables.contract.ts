import { z } from 'zod';
import { isoDate } from '../shared/iso-date.js';
import { conflictSchema } from '../http/problem.contract.js';
import { MIN_SLOT_MINUTES, TABLE_KIND_KEYS } from './domain/agenda.js';

/**
 * Request and response schemas of the tables capability: tables, their sessions (agenda,
 * minutes), questions about plans and the colleagues to assign them to. The routes validate and
 * serialise with these; the web imports them for its types and forms.
 */

export const idParams = z.strictObject({ id: z.string().max(100) });

export { isoDate };

// ── Tables ────────────────────────────────────────────────────────────────────────────────────

export const intervalWeeks = z.union([z.literal(1), z.literal(2), z.literal(4)]);

export const tableFields = {
  kind: z.enum(TABLE_KIND_KEYS).describe('Soort tafel: spar (spar-tafel), doorbraak (doorbraaktafel) of commissie (maatwerkcommissie).'),
  name: z.string().trim().min(1, 'Geef de tafel een naam.').max(100).describe('Naam van de tafel, bijvoorbeeld "Doorbraaktafel".'),
  weekday: z.number().int().min(1).max(7).describe('Dag van de week: 1 = maandag … 7 = zondag.'),
  startTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Geef een tijd als UU:MM, bijvoorbeeld 14:00.')
    .describe('Begintijd (Europe/Amsterdam), UU:MM.'),
  intervalWeeks: intervalWeeks.describe('Elke 1, 2 of 4 weken.'),
  slotMinutes: z.number().int().min(MIN_SLOT_MINUTES).max(240).describe('Standaard tijdvak per casus in minuten.'),
  active: z.boolean().describe('Een inactieve tafel krijgt geen nieuwe sessies.'),
};

export const createTableBody = z.strictObject({
  ...tableFields,
  intervalWeeks: tableFields.intervalWeeks.default(1),
  slotMinutes: tableFields.slotMinutes.default(30),
  active: tableFields.active.default(true),
});
export const patchTableBody = z.strictObject(tableFields).partial();

export const tableOut = z.object({
  id: z.string(),
  kind: z.enum(TABLE_KIND_KEYS),
  name: z.string(),
  weekday: z.number().int(),
  startTime: z.string(),
  intervalWeeks,
  slotMinutes: z.number().int(),
  active: z.boolean(),
  createdAt: z.string().describe('ISO-tijdstip.'),
});

/** A session in a list: when, and how full its agenda is. */
export const sessionSummaryOut = z.object({
  id: z.string(),
  tableId: z.string(),
  date: z.string().describe('JJJJ-MM-DD (Europe/Amsterdam).'),
  startTime: z.string().describe('UU:MM.'),
  startsAt: z.string().describe('ISO-tijdstip van het begin.'),
  agendaCount: z.number().int(),
  hasMinutes: z.boolean(),
});

export const tableListItemOut = tableOut.extend({ nextSession: sessionSummaryOut.nullable() });
export const tablesOut = z.object({ items: z.array(tableListItemOut) });
export const tableSessionsOut = z.object({ table: tableOut, past: z.array(sessionSummaryOut), upcoming: z.array(sessionSummaryOut) });

// ── Sessions ──────────────────────────────────────────────────────────────────────────────────

export const agendaItemBody = z.strictObject({
  planId: z.string().min(1).max(100).describe('Het plan dat op de agenda komt.'),
  slotMinutes: z.number().int().describe('Tijdvak voor deze casus in minuten.'),
});
export const agendaBody = z.strictObject({
  items: z.array(agendaItemBody).max(50, 'Een agenda heeft hoogstens 50 casussen.').describe('De casussen in volgorde van bespreking.'),
});

export const minutesBody = z.strictObject({
  minutes: z.string().max(100_000).describe('Het verslag van de sessie.'),
  version: z.number().int().min(1).describe('De versie van het verslag waarop deze wijziging is gebaseerd.'),
});
export const minutesOut = z.object({ minutes: z.string(), version: z.number().int() });
/** 409 on the minutes: the loser's text (`minutes`) and the minutes as they are stored now. */
export const minutesConflict = conflictSchema({ minutes: z.string().describe('De tekst die u stuurde; niet opgeslagen.') }, minutesOut);

export const kbaTotalsOut = z.object({ planCents: z.number(), returnCents: z.number(), maatwerkbudgetCents: z.number() });

export const openQuestionOut = z.object({
  id: z.string(),
  question: z.string(),
  assigneeId: z.string(),
  assigneeName: z.string().nullable(),
  dueDate: z.string(),
  overdue: z.boolean(),
});

export const agendaEntryOut = z.object({
  planId: z.string(),
  caseNumber: z.string(),
  status: z.string(),
  slotMinutes: z.number().int(),
  startsAt: z.string().describe('UU:MM.'),
  endsAt: z.string().describe('UU:MM.'),
  kba: kbaTotalsOut,
  openQuestions: z.array(openQuestionOut),
});

export const candidateOut = z.object({ planId: z.string(), caseNumber: z.string(), status: z.string(), kba: kbaTotalsOut });

export const sessionDecisionOut = z.object({
  id: z.string(),
  planId: z.string(),
  caseNumber: z.string().nullable(),
  planVersion: z.number().int(),
  userId: z.string(),
  userName: z.string().nullable(),
  decision: z.enum(['approve', 'revise', 'reject']),
  note: z.string(),
  counts: z.boolean(),
  voided: z.boolean(),
  createdAt: z.string(),
});

export const sessionDetailOut = z.object({
  session: z.object({
    id: z.string(),
    tableId: z.string(),
    date: z.string(),
    startTime: z.string(),
    startsAt: z.string(),
    endTime: z.string(),
    totalMinutes: z.number().int(),
    minutes: z.string(),
    version: z.number().int(),
    closedAt: z.string().nullable(),
  }),
  table: tableOut,
  maxSlotMinutes: z.number().int(),
  agenda: z.array(agendaEntryOut),
  candidates: z.array(candidateOut),
  decisions: z.array(sessionDecisionOut),
});

// ── Questions ─────────────────────────────────────────────────────────────────────────────────

export const questionBody = z.strictObject({
  question: z.string().trim().min(1, 'Schrijf de vraag op.').max(2000).describe('De vraag over het plan.'),
  assigneeId: z.string().min(1, 'Kies wie de vraag beantwoordt.').max(100).describe('De collega die de vraag beantwoordt.'),
  dueDate: isoDate.describe('Uiterlijk beantwoord op (JJJJ-MM-DD).'),
  sessionId: z.string().max(100).optional().describe('De tafelsessie waarin de vraag werd gesteld.'),
});

export const answerBody = z.strictObject({
  answer: z.string().trim().min(1, 'Schrijf het antwoord op.').max(4000).describe('Het antwoord op de vraag.'),
});

export const questionOut = z.object({
  id: z.string(),
  planId: z.string(),
  sessionId: z.string().nullable(),
  question: z.string(),
  assigneeId: z.string(),
  assigneeName: z.string().nullable(),
  dueDate: z.string(),
  overdue: z.boolean(),
  answered: z.boolean(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  answeredById: z.string().nullable(),
  answeredByName: z.string().nullable(),
  createdById: z.string(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export const questionsOut = z.object({ items: z.array(questionOut) });
/** 409 when the question was answered in between: the loser's answer and the question as it stands. */
export const answerConflict = conflictSchema({ answer: z.string().describe('Het antwoord dat u stuurde; niet opgeslagen.') }, questionOut);

// ── Colleagues ────────────────────────────────────────────────────────────────────────────────

export const colleagueOut = z.object({ id: z.string(), name: z.string(), roles: z.array(z.string()) });
export const colleaguesOut = z.object({ items: z.array(colleagueOut) });
export const colleaguesQuery = z.strictObject({
  for: z.enum(['questions']).optional().describe('questions: alleen wie een vraag over een plan kan beantwoorden (consulent, maatwerker, voorzitter).'),
});

// ── Types (server and web) ────────────────────────────────────────────────────────────────────

export type MeetingTable = z.infer<typeof tableOut>;
export type TableListItem = z.infer<typeof tableListItemOut>;
export type TableInput = z.input<typeof createTableBody>;
export type SessionSummary = z.infer<typeof sessionSummaryOut>;
export type TableSessions = z.infer<typeof tableSessionsOut>;
export type SessionDetail = z.infer<typeof sessionDetailOut>;
export type AgendaEntry = z.infer<typeof agendaEntryOut>;
export type Candidate = z.infer<typeof candidateOut>;
export type AgendaInput = z.infer<typeof agendaBody>;
export type Minutes = z.infer<typeof minutesOut>;
export type PlanQuestion = z.infer<typeof questionOut>;
export type QuestionInput = z.infer<typeof questionBody>;
export type Colleague = z.infer<typeof colleagueOut>;

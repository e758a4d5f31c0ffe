import type { TableKind } from '../../../../src/tables/domain/agenda';
import { request } from '../../http/client';

export interface KbaTotals {
  planCents: number;
  returnCents: number;
  maatwerkbudgetCents: number;
}

export interface SessionSummary {
  id: string;
  tableId: string;
  date: string;
  startTime: string;
  startsAt: string;
  agendaCount: number;
  hasMinutes: boolean;
}

export interface MeetingTable {
  id: string;
  kind: TableKind;
  name: string;
  weekday: number;
  startTime: string;
  intervalWeeks: 1 | 2 | 4;
  slotMinutes: number;
  active: boolean;
  createdAt: string;
  nextSession?: SessionSummary | null;
}

export type TableInput = Pick<MeetingTable, 'kind' | 'name' | 'weekday' | 'startTime' | 'intervalWeeks' | 'slotMinutes' | 'active'>;

export interface OpenQuestion {
  id: string;
  question: string;
  assigneeId: string;
  assigneeName: string | null;
  dueDate: string;
  overdue: boolean;
}

export interface AgendaEntry {
  planId: string;
  caseNumber: string;
  status: string;
  slotMinutes: number;
  startsAt: string;
  endsAt: string;
  kba: KbaTotals;
  openQuestions: OpenQuestion[];
}

export interface Candidate {
  planId: string;
  caseNumber: string;
  status: string;
  kba: KbaTotals;
}

export interface SessionDecision {
  id: string;
  planId: string;
  caseNumber: string | null;
  userName: string | null;
  decision: 'approve' | 'revise' | 'reject';
  note: string;
  counts: boolean;
  voided: boolean;
  createdAt: string;
}

export interface SessionDetail {
  session: {
    id: string;
    tableId: string;
    date: string;
    startTime: string;
    startsAt: string;
    endTime: string;
    totalMinutes: number;
    minutes: string;
    version: number;
  };
  table: MeetingTable;
  maxSlotMinutes: number;
  agenda: AgendaEntry[];
  candidates: Candidate[];
  decisions: SessionDecision[];
}

export interface Colleague {
  id: string;
  name: string;
  roles: string[];
}

export const tablesApi = {
  list: () => request<{ items: MeetingTable[] }>('/api/v1/tables'),
  create: (body: TableInput) => request<MeetingTable>('/api/v1/tables', { method: 'POST', body }),
  update: (id: string, body: Partial<TableInput>) => request<MeetingTable>(`/api/v1/tables/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
  sessions: (id: string) => request<{ table: MeetingTable; past: SessionSummary[]; upcoming: SessionSummary[] }>(`/api/v1/tables/${encodeURIComponent(id)}/sessions`),
  session: (id: string) => request<SessionDetail>(`/api/v1/sessions/${encodeURIComponent(id)}`),
  saveAgenda: (id: string, items: { planId: string; slotMinutes: number }[]) =>
    request<SessionDetail>(`/api/v1/sessions/${encodeURIComponent(id)}/agenda`, { method: 'PUT', body: { items } }),
  saveMinutes: (id: string, minutes: string, version: number) =>
    request<{ minutes: string; version: number }>(`/api/v1/sessions/${encodeURIComponent(id)}/minutes`, { method: 'PUT', body: { minutes, version } }),
  colleagues: () => request<{ items: Colleague[] }>('/api/v1/colleagues'),
};

export const agendaPdfUrl = (sessionId: string) => `/api/v1/sessions/${encodeURIComponent(sessionId)}/agenda.pdf`;

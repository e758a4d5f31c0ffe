import type { AgendaInput, Colleague, MeetingTable, Minutes, SessionDetail, TableInput, TableListItem, TableSessions } from '../../../../src/tables/tables.contract';
import { request } from '../../http/client';

export type { AgendaEntry, Candidate, Colleague, MeetingTable, SessionDetail, SessionSummary, TableInput, TableListItem } from '../../../../src/tables/tables.contract';

const enc = encodeURIComponent;

export const tablesApi = {
  list: () => request<{ items: TableListItem[] }>('/api/v1/tables'),
  create: (body: TableInput) => request<MeetingTable>('/api/v1/tables', { method: 'POST', body }),
  update: (id: string, body: Partial<TableInput>) => request<MeetingTable>(`/api/v1/tables/${enc(id)}`, { method: 'PATCH', body }),
  sessions: (id: string) => request<TableSessions>(`/api/v1/tables/${enc(id)}/sessions`),
  session: (id: string) => request<SessionDetail>(`/api/v1/sessions/${enc(id)}`),
  saveAgenda: (id: string, items: AgendaInput['items']) => request<SessionDetail>(`/api/v1/sessions/${enc(id)}/agenda`, { method: 'PUT', body: { items } satisfies AgendaInput }),
  saveMinutes: (id: string, minutes: string, version: number) => request<Minutes>(`/api/v1/sessions/${enc(id)}/minutes`, { method: 'PUT', body: { minutes, version } }),
  colleagues: () => request<{ items: Colleague[] }>('/api/v1/colleagues'),
};

/** Query keys of the tables capability. */
export const tablesKeys = {
  all: ['tables'] as const,
  list: ['tables', 'list'] as const,
  table: (id: string) => ['tables', 'table', id] as const,
  session: (id: string) => ['tables', 'session', id] as const,
  colleagues: ['tables', 'colleagues'] as const,
};

export const agendaPdfUrl = (sessionId: string) => `/api/v1/sessions/${enc(sessionId)}/agenda.pdf`;

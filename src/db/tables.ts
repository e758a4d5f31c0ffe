import { getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import * as schema from './schema.js';

/**
 * The tables a backup holds, parents before children (the order a restore inserts them).
 * Sessions are left out on purpose: a restored system starts with everyone logged out.
 */
export const BACKUP_TABLES: PgTable[] = [
  schema.tenants,
  schema.users,
  schema.apiTokens,
  schema.auditEvents,
  schema.plans,
  schema.priceItems,
  schema.legalBases,
  schema.workflowSettings,
  schema.planDecisions,
  schema.planTransitions,
  schema.meetingTables,
  schema.tableSessions,
  schema.agendaItems,
  schema.planQuestions,
  schema.budgets,
  schema.budgetSources,
  schema.budgetEntries,
  schema.budgetMandates,
  schema.planMeasurements,
  schema.patterns,
  schema.patternPlans,
  schema.inspirationSolutions,
  schema.planKbaStreams,
  schema.planFacts,
  schema.serviceClients,
  schema.householdMembers,
  schema.providers,
  // Tariffs before services: a service's cost price is computed from them when it is inserted.
  schema.tariffs,
  schema.services,
  schema.serviceDeliveries,
  schema.declarationLines,
  schema.budgetLines,
  schema.realisations,
  schema.importJobs,
  schema.importFolderRuns,
  schema.gripAssumptions,
  schema.gripSignalHandling,
  schema.gripSignals,
  schema.gripActuals,
  schema.gripDelays,
  schema.gripStarts,
];
export const NOT_BACKED_UP: PgTable[] = [schema.sessions];

export function allSchemaTables(): PgTable[] {
  return (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));
}

export const tableName = (table: PgTable) => getTableName(table);

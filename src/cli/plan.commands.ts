import fs from 'node:fs';
import type { Command } from 'commander';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.js';
import { plans } from '../plans/plans.schema.js';
import { checkImport, EXPORT_FORMAT, type PlanExport } from '../plans/domain/transfer.js';
import { tenants } from '../tenants/tenants.schema.js';
import { users } from '../users/users.schema.js';
import { installDutchZodMessages } from '../shared/zod-nl.js';
import { CliError } from './cli-error.js';
import { withDatabase } from './with-database.js';
import { createPlan } from '../plans/plans.service.js';

export function registerPlanCommands(program: Command) {
  program
    .command('export <bestand>')
    .description('Exporteer de plannen (plandocumenten) van één gemeente naar een JSON-bestand, bijvoorbeeld voor een andere gemeente.')
    .requiredOption('--tenant <id>', 'de gemeente (tenant-id)')
    .action(async (file: string, options: { tenant: string }) => {
      const count = await withDatabase(async ({ db }) => {
        const [tenant] = await db.select().from(tenants).where(eq(tenants.tenantId, options.tenant));
        if (!tenant) throw new CliError(`Gemeente ${options.tenant} bestaat niet.`);
        const rows = await db
          .select()
          .from(plans)
          .where(and(eq(plans.tenantId, tenant.tenantId), isNull(plans.deletedAt)))
          .orderBy(asc(plans.caseNumber));
        const content: PlanExport = {
          format: EXPORT_FORMAT,
          formatVersion: 1,
          exportedAt: new Date().toISOString(),
          tenant: { id: tenant.tenantId, name: tenant.name },
          plans: rows.map((row) => row.document),
        };
        fs.writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
        await recordAudit(db, { tenantId: tenant.tenantId, actor: null, action: 'plan.export', entityType: 'tenant', entityId: tenant.tenantId, detail: { plans: rows.length, via: 'cli' } });
        return rows.length;
      });
      console.log(`${count} plannen geëxporteerd naar ${file}. Het bestand bevat casusgegevens: bewaar en verstuur het vertrouwelijk.`);
    });

  program
    .command('import <bestand>')
    .description('Importeer plannen uit een exportbestand als concepten. Afgewezen plannen worden met reden gemeld; de rest wordt geïmporteerd.')
    .requiredOption('--tenant <id>', 'de gemeente (tenant-id) waarin de plannen komen')
    .requiredOption('--as <email>', 'e-mailadres van de gebruiker die als auteur geldt')
    .action(async (file: string, options: { tenant: string; as: string }) => {
      installDutchZodMessages();
      let content: unknown;
      try {
        content = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch {
        throw new CliError(`${file} is geen leesbaar JSON-bestand.`);
      }
      const outcome = await withDatabase(async ({ db }) => {
        const [author] = await db
          .select()
          .from(users)
          .where(and(eq(users.tenantId, options.tenant), eq(sql`lower(${users.email})`, options.as.toLowerCase())));
        if (!author) throw new CliError(`Gebruiker ${options.as} bestaat niet in gemeente ${options.tenant}.`);
        const existing = await db
          .select({ caseNumber: plans.caseNumber })
          .from(plans)
          .where(and(eq(plans.tenantId, options.tenant), isNull(plans.deletedAt)));
        let check;
        try {
          check = checkImport(content, new Set(existing.map((row) => row.caseNumber)));
        } catch (error) {
          throw new CliError((error as Error).message);
        }
        // All or nothing; each plan is stored as the API stores a new one (guard, derived KBA, audit).
        await db.transaction(async (tx) => {
          for (const document of check.accepted) await createPlan(tx, author, document, 'cli-import', { action: 'plan.import', via: 'cli' });
        });
        return check;
      });
      for (const rejected of outcome.rejected) {
        console.log(`Afgewezen: plan ${rejected.index + 1}${rejected.caseNumber ? ` (casus ${rejected.caseNumber})` : ''}:\n  ${rejected.reasons.join('\n  ')}`);
      }
      console.log(`${outcome.accepted.length} plannen geïmporteerd als concept, ${outcome.rejected.length} afgewezen.`);
      if (outcome.rejected.length > 0) process.exitCode = 2;
    });
}

import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { runCommand } from '../http/command.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { requireUser } from '../http/request-user.js';
import { authorize } from '../policy/policy.js';
import { AppError } from '../shared/errors.js';
import { budgetLinesCsvQuery, budgetLinesReplaced } from './grip.contract.js';
import { MAX_BUDGET_CSV_BYTES, readBudgetCsv, replaceBudgetLines } from './budget-lines.service.js';

const TAG = 'grip';

const tooLarge = () => new AppError('payloadTooLarge', `Het CSV-bestand is groter dan ${MAX_BUDGET_CSV_BYTES / 1024 / 1024} MB; een begroting past daar ruim in. Controleer of het het goede bestand is.`);
const notCsv = () => new AppError('unsupportedMediaType', 'Stuur de begrotingsregels als CSV-bestand (Content-Type: text/csv).');

/** PUT /grip/budget-lines: the budget of one or more years from a `budgets` CSV, all or nothing. */
export function registerGripBudgetLinesRoutes(app: TypedApp, ctx: AppContext) {
  // The body is CSV, not JSON: its own parser, in a scope of its own.
  void app.register(async (plugin) => {
    const scoped = plugin.withTypeProvider<ZodTypeProvider>();
    scoped.removeAllContentTypeParsers();
    scoped.addContentTypeParser('text/csv', { parseAs: 'buffer', bodyLimit: MAX_BUDGET_CSV_BYTES }, (_request, body, done) => done(null, body));
    scoped.addContentTypeParser('*', (_request, _payload, done) => done(notCsv()));

    scoped.put(
      '/api/v1/grip/budget-lines',
      {
        bodyLimit: MAX_BUDGET_CSV_BYTES,
        config: { policy: 'grip.budgetLines.replace', audit: 'grip.budget_lines_replace' },
        // Before the body is read: a clear 413 instead of reading 5 MB too many.
        preParsing: async (request) => {
          if (Number(request.headers['content-length'] ?? 0) > MAX_BUDGET_CSV_BYTES) throw tooLarge();
        },
        schema: {
          tags: [TAG],
          summary:
            'Vervang de begroting: een CSV (text/csv) met de kolommen year, budgetLine, name, pillar, productCategory, amountCents (CONTRACT.md "budgets"; leeg productCategory = de hele pijler). ' +
            'Alle begrotingsregels van elk jaar in het bestand worden vervangen door die van het bestand. Alles of niets: bij één fout (een ongeldige regel, een ontbrekende of onbekende pijler, ' +
            'twee regels van een jaar die overlappen) wordt niets opgeslagen en staat elke fout met regel en kolom in errors (path "regel 3.pillar"). Tot 5 MB.',
          querystring: budgetLinesCsvQuery,
          consumes: ['text/csv'],
          response: { 200: budgetLinesReplaced },
        },
      },
      async (request) => {
        const user = requireUser(request);
        // Who may not replace the budget hears so before any of the file is judged.
        authorize(user, 'grip.budgetLines.replace');
        if (!Buffer.isBuffer(request.body)) throw notCsv();
        const records = await readBudgetCsv(request.body);
        const result = await runCommand(ctx, request, {
          action: 'grip.budgetLines.replace',
          change: (tx) => replaceBudgetLines(tx, user.tenantId, records),
          audit: (done) => ({
            action: 'grip.budget_lines_replace',
            entityType: 'budget_lines',
            entityId: user.tenantId,
            detail: { years: done.years.map(String), lines: done.lines, removed: done.removed },
          }),
        });
        return { years: result.years, lines: result.lines };
      },
    );
  });
}

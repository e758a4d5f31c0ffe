import { z } from 'zod';
import { requireUser } from '../http/request-user.js';
import { PLAN_STATUS_KEYS } from '../plans/domain/statuses.js';
import { authorize, can } from '../policy/policy.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { invalid } from '../shared/errors.js';
import { cocktails, maskRow, maskSmall } from './domain/cocktails.js';
import { loadPlanDomains } from './patterns.queries.js';

/** As the dashboard (CONTRACT.md): plans that got a decision and went on. */
const DEFAULT_STATUSES = ['approved', 'in_progress', 'monitoring', 'closed'];

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Geef een datum als JJJJ-MM-DD.')
  .refine((value) => new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'Dit is geen bestaande datum.');

const count = z.union([z.number(), z.literal('< 3')]);
const combination = z.object({ domains: z.array(z.string()), count, share: z.number().nullable() });

export function registerCocktailRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/v1/cocktails',
    {
      schema: {
        tags: ['systeemleren'],
        summary: 'Giftige cocktails: welke leefgebieden samen voorkomen in plannen (paren en drietallen), met de vier combinaties uit Maatpact.',
        description:
          'Alleen aantallen. `share` is het aandeel van de plannen in promille (heel getal). Wie geen plannen mag lezen, ziet aantallen van 1 of 2 als "< 3" zonder aandeel.',
        querystring: z.strictObject({
          from: isoDate.optional().describe('Plannen aangemaakt vanaf deze datum (JJJJ-MM-DD).'),
          to: isoDate.optional().describe('Plannen aangemaakt tot en met deze datum (JJJJ-MM-DD).'),
          status: z.string().max(200).optional().describe('Statussen, komma-gescheiden; standaard approved,in_progress,monitoring,closed.'),
        }),
        response: {
          200: z.object({
            plans: z.number(),
            pairs: z.array(combination),
            triples: z.array(combination),
            maatpact: z.array(combination.extend({ key: z.string(), label: z.string() })),
          }),
        },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'dashboard.read');
      const { from, to, status } = request.query;
      const statuses = status === undefined ? DEFAULT_STATUSES : status.split(',').map((s) => s.trim()).filter(Boolean);
      const unknown = statuses.filter((s) => !(PLAN_STATUS_KEYS as string[]).includes(s));
      if (unknown.length > 0) throw invalid([{ path: 'status', message: `Onbekende status ${unknown.join(', ')}. Kies uit: ${PLAN_STATUS_KEYS.join(', ')}.` }]);
      if (from && to && from > to) throw invalid([{ path: 'to', message: 'De einddatum ligt voor de begindatum.' }]);
      const result = cocktails(await loadPlanDomains(ctx.db, user.tenantId, { from, to, statuses }));
      if (can(user, 'plans.read')) return result;
      return { plans: result.plans, pairs: maskSmall(result.pairs), triples: maskSmall(result.triples), maatpact: result.maatpact.map(maskRow) };
    },
  );
}

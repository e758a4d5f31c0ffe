import type { AppContext, TypedApp } from '../http/context.js';
import { requireUser } from '../http/request-user.js';
import { PLAN_STATUS_KEYS } from '../plans/domain/statuses.js';
import { authorize, can } from '../policy/policy.js';
import { invalid } from '../shared/errors.js';
import { cocktails, maskRow, maskSmall } from './domain/cocktails.js';
import { cocktailsOut, cocktailsQuery, type Cocktails, type CocktailsQuery } from './patterns.contract.js';
import { loadPlanDomains, type PlanFilter } from './patterns.queries.js';

/** As the dashboard (CONTRACT.md): plans that got a decision and went on. */
const DEFAULT_STATUSES = ['approved', 'in_progress', 'monitoring', 'closed'];

/** The query as a filter, or a 422 naming the field. An empty `status` means every status. */
function cocktailFilter({ from, to, status }: CocktailsQuery): PlanFilter {
  const statuses = status === undefined ? DEFAULT_STATUSES : status.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = statuses.filter((s) => !(PLAN_STATUS_KEYS as string[]).includes(s));
  if (unknown.length > 0) throw invalid([{ path: 'status', message: `Onbekende status ${unknown.join(', ')}. Kies uit: ${PLAN_STATUS_KEYS.join(', ')}.` }]);
  if (from && to && from > to) throw invalid([{ path: 'to', message: 'De einddatum ligt voor de begindatum.' }]);
  return { from, to, statuses };
}

export function registerCocktailRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/v1/cocktails',
    {
      config: { policy: 'dashboard.read' },
      schema: {
        tags: ['systeemleren'],
        summary: 'Giftige cocktails: welke leefgebieden samen voorkomen in plannen (paren en drietallen), met de vier combinaties uit Maatpact.',
        description:
          'Alleen aantallen. `share` is het aandeel van de plannen in promille (heel getal). Wie geen plannen mag lezen, ziet aantallen van 1 of 2 als "< 3" zonder aandeel.',
        querystring: cocktailsQuery,
        response: { 200: cocktailsOut },
      },
    },
    async (request): Promise<Cocktails> => {
      const user = requireUser(request);
      authorize(user, 'dashboard.read');
      const result = cocktails(await loadPlanDomains(ctx.db, user.tenantId, cocktailFilter(request.query)));
      if (can(user, 'plans.read')) return result;
      return { plans: result.plans, pairs: maskSmall(result.pairs), triples: maskSmall(result.triples), maatpact: result.maatpact.map(maskRow) };
    },
  );
}

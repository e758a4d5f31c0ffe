import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { LogController, type FastifyBaseLogger } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { registerAuditRoutes } from '../audit/audit.routes.js';
import { authenticate, checkCsrf } from '../auth/authenticate.js';
import { registerAuthRoutes } from '../auth/auth.routes.js';
import { hmac } from '../auth/secrets.js';
import { AuthCache } from '../auth/auth-cache.js';
import { AppError, invalid } from '../shared/errors.js';
import { findNulCharacters } from '../shared/text-safety.js';
import { installDutchZodMessages } from '../shared/zod-nl.js';
import { registerUserRoutes } from '../users/users.routes.js';
import { registerPlanRoutes } from '../plans/plans.routes.js';
import { registerCanvasRoutes } from '../canvas/canvas.routes.js';
import { registerLegalBasesRoutes } from '../library/legal-bases.routes.js';
import { registerPriceListRoutes } from '../library/price-list.routes.js';
import { registerWorkflowRoutes } from '../workflow/workflow.routes.js';
import { registerTableRoutes } from '../tables/tables.routes.js';
import { registerBudgetRoutes } from '../budget/budget.routes.js';
import { registerFollowupRoutes } from '../followup/followup.routes.js';
import { registerDashboardRoutes } from '../dashboard/dashboard.routes.js';
import { registerReportRoutes } from '../report/report.routes.js';
import { registerPatternRoutes } from '../patterns/patterns.routes.js';
import { registerInspirationRoutes } from '../inspiration/inspiration.routes.js';
import { registerImportRoutes } from '../imports/imports.routes.js';
import { registerServiceRoutes } from '../services/services.routes.js';
import { registerGripRegionRoutes } from '../grip/region.routes.js';
import { registerGripReportRoutes } from '../grip/grip-report.routes.js';
import { registerGripRoutes } from '../grip/grip.routes.js';
import { registerGripStatusRoutes } from '../grip/status.routes.js';
import { registerGripBudgetLinesRoutes } from '../grip/budget-lines.routes.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { commandPathProblem, type RouteMeta } from '../http/route-meta.js';
import { ERROR_RESPONSES } from '../http/problem.contract.js';
import { handleError, sendProblem } from './problem.js';


export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface BuildOptions {
  logger?: FastifyBaseLogger;
  /** Tests: a successful change outside runCommand/sendDownload answers 500 (route-meta.ts). */
  strictCommandPath?: boolean;
}

export async function buildApp(context: AppContext, options: BuildOptions = {}) {
  const ctx: AppContext = { ...context, authCache: context.authCache ?? new AuthCache() };
  installDutchZodMessages();
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: ctx.config.trustProxy,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    // Fastify's own request lines carry URLs with query strings and IP addresses; we log our own.
    logController: new LogController({ disableRequestLogging: true }),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  // Error bodies come from one trusted handler (problem.ts); their schemas are for the documentation.
  app.setSerializerCompiler((options) => (Number(options.httpStatus) >= 400 ? (data) => JSON.stringify(data) : serializerCompiler(options as Parameters<typeof serializerCompiler>[0])));
  app.setErrorHandler(handleError);
  // The API speaks JSON only; anything else is a 415, not a string that fails validation later.
  app.removeContentTypeParser('text/plain');

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    // Served over plain HTTP on loopback in development; HSTS belongs to the reverse proxy.
    hsts: false,
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Doorbraak API',
        version: '1',
        description:
          'API van Doorbraak. Fouten zijn application/problem+json met Nederlandse meldingen en veldpaden. ' +
          'Wijzigingen met een sessiecookie vereisen de header X-CSRF-Token; met een API-token (Authorization: Bearer) niet.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'doorbraak_sessie' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
  });

  // Every route is listed with its policy and audit actions; route-meta.api.test.ts fails on a gap.
  const routeTable: RouteMeta[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    routeTable.push({ method: route.method, url: route.url, config: route.config ?? {} });
    if (route.url.startsWith('/api/') && route.schema && !route.schema.hide) {
      route.schema = { ...route.schema, response: { ...ERROR_RESPONSES, ...(route.schema.response as object | undefined) } };
    }
  });

  app.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
    request.auth = null;
    if (!request.url.startsWith('/api/')) return;
    request.auth = await authenticate(ctx, request);
  });
  app.addHook('preValidation', async (request) => {
    const errors = [
      ...findNulCharacters(request.params),
      ...findNulCharacters(request.query),
      ...findNulCharacters(request.body),
    ];
    if (errors.length > 0) throw invalid(errors);
  });
  app.addHook('preHandler', async (request) => {
    if (!request.routeOptions.config.csrfExempt) checkCsrf(request);
  });
  if (options.strictCommandPath) {
    app.addHook('onSend', async (request, reply, payload) => {
      const problem = commandPathProblem(request, reply.statusCode);
      if (problem) throw new Error(problem);
      return payload;
    });
  }
  app.addHook('onResponse', async (request, reply) => {
    // No query strings, bodies or IP addresses in the log: only the route pattern and a keyed IP hash.
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'onbekend',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
        ip: hmac(ctx.secret, request.ip).slice(0, 16),
        tenant: request.auth?.user.tenantId,
      },
      'verzoek',
    );
  });

  app.get(
    '/api/health',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['systeem'],
        summary: 'Draait de server en welke database gebruikt hij.',
        security: [],
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) },
      },
    },
    async () => ({ status: 'ok' as const, database: ctx.databaseKind }),
  );
  app.get('/api/openapi.json', { config: { policy: 'public' }, schema: { hide: true } }, async () => app.swagger());

  registerRoutes(app, ctx);
  await registerWeb(app, ctx);
  return app;
}

function registerRoutes(app: TypedApp, ctx: AppContext) {
  registerAuthRoutes(app, ctx);
  registerUserRoutes(app, ctx);
  registerAuditRoutes(app, ctx);
  registerPlanRoutes(app, ctx);
  registerPriceListRoutes(app, ctx);
  registerLegalBasesRoutes(app, ctx);
  registerCanvasRoutes(app, ctx);
  registerWorkflowRoutes(app, ctx);
  registerTableRoutes(app, ctx);
  registerBudgetRoutes(app, ctx);
  registerFollowupRoutes(app, ctx);
  registerDashboardRoutes(app, ctx);
  registerReportRoutes(app, ctx);
  registerPatternRoutes(app, ctx);
  registerInspirationRoutes(app, ctx);
  registerImportRoutes(app, ctx);
  registerServiceRoutes(app, ctx);
  registerGripRoutes(app, ctx);
  registerGripStatusRoutes(app, ctx);
  registerGripBudgetLinesRoutes(app, ctx);
  registerGripRegionRoutes(app, ctx);
  registerGripReportRoutes(app, ctx);
}

async function registerWeb(app: TypedApp, ctx: AppContext) {
  const webRoot = ctx.webRoot;
  const hasWeb = webRoot !== undefined && fs.existsSync(path.join(webRoot, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webRoot, index: false, wildcard: false, maxAge: '1h' });
  }
  app.setNotFoundHandler(async (request, reply) => {
    if (request.url.startsWith('/api/') || request.url === '/api' || !hasWeb || request.method !== 'GET') {
      return sendProblem(reply, new AppError('notFound', `Er is geen ${request.method} ${request.url.split('?')[0]}.`));
    }
    // The single-page app handles its own routes.
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}

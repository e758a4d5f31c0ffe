import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, ERRORS, type ErrorCode, type FieldError } from '../shared/errors.js';
import { safeErrorForLog } from './log-safety.js';

/** Turns any error into application/problem+json; never leaks a stack trace. */
export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const problem = toAppError(error);
  if (problem.status >= 500) request.log.error({ error: safeErrorForLog(error) }, 'onverwachte fout');
  return sendProblem(reply, problem);
}

export function sendProblem(reply: FastifyReply, problem: AppError) {
  if (problem.code === 'tooManyRequests' && typeof problem.extra.retryAfterSeconds === 'number') {
    void reply.header('retry-after', String(problem.extra.retryAfterSeconds));
  }
  return reply
    .code(problem.status)
    .type('application/problem+json')
    .send({
      type: `urn:doorbraak:probleem:${problem.code}`,
      title: problem.title,
      status: problem.status,
      detail: problem.detail ?? problem.title,
      errors: problem.errors,
      ...problem.extra,
    });
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = (error as FastifyError).validationContext;
    return new AppError('validation', where === 'body' ? undefined : `Ongeldige ${dutchContext(where)}.`, fieldErrors(error.validation));
  }
  const fastifyError = error as Partial<FastifyError>;
  const byCode: Partial<Record<string, ErrorCode>> = {
    FST_ERR_CTP_INVALID_JSON_BODY: 'badRequest',
    FST_ERR_CTP_EMPTY_JSON_BODY: 'badRequest',
    FST_ERR_CTP_BODY_TOO_LARGE: 'payloadTooLarge',
    FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupportedMediaType',
    FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'badRequest',
  };
  const code = fastifyError.code ? byCode[fastifyError.code] : undefined;
  if (code === 'badRequest') return new AppError(code, 'De inhoud is geen geldige JSON.');
  if (code) return new AppError(code);
  const status = fastifyError.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const known = (Object.keys(ERRORS) as ErrorCode[]).find((key) => ERRORS[key].status === status);
    return new AppError(known ?? 'badRequest');
  }
  return new AppError('internal');
}

type ZodValidationEntry = { instancePath: string; message?: string; keyword: string; params: Record<string, unknown> };

function fieldErrors(entries: readonly ZodValidationEntry[]): FieldError[] {
  return entries.flatMap((entry) => {
    const base = entry.instancePath.split('/').filter(Boolean).join('.');
    const message = entry.message ?? 'Ongeldige waarde.';
    if (entry.keyword === 'unrecognized_keys' && Array.isArray(entry.params.keys)) {
      return entry.params.keys.map((key) => ({ path: base ? `${base}.${String(key)}` : String(key), message }));
    }
    return [{ path: base, message }];
  });
}

function dutchContext(context: string | undefined): string {
  switch (context) {
    case 'querystring':
      return 'zoekparameters';
    case 'params':
      return 'adresparameters';
    case 'headers':
      return 'headers';
    default:
      return 'invoer';
  }
}

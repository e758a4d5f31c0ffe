import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { recordAudit } from '../audit/audit.js';
import type { AppContext } from './context.js';
import type { AuditEvent } from './command.js';
import { requireUser } from './request-user.js';

export interface Download {
  body: Buffer | string;
  contentType: string;
  fileName: string;
  /** `inline` opens in the browser (PDF, HTML), `attachment` saves (CSV, XLSX, JSON). */
  disposition: 'inline' | 'attachment';
  /**
   * Every download of case data or of aggregates is audited; `null` only for what is public
   * anyway (e.g. the national price list).
   */
  audit: AuditEvent | null;
}

/** ASCII fallback plus RFC 5987 `filename*`, so "raadsrapportage-2026-Q1.pdf" and "é" both survive. */
export function contentDisposition(disposition: Download['disposition'], fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** The one way a route sends a file: never cached, named, audited. */
export async function sendDownload(ctx: AppContext, request: FastifyRequest, reply: FastifyReply, download: Download) {
  request.tookCommandPath = true;
  if (download.audit) {
    const user = requireUser(request);
    await recordAudit(ctx.db, { ...download.audit, tenantId: user.tenantId, actor: user, requestId: request.id });
  }
  return reply
    .type(download.contentType)
    .header('content-disposition', contentDisposition(download.disposition, download.fileName))
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send(download.body);
}

/** The OpenAPI description of a file answer (the body is the file, not JSON). */
export function fileResponse(mediaType: string, description: string) {
  return { description, content: { [mediaType]: { schema: z.string().describe('Het bestand.') } } };
}

import { z } from 'zod';
import { auditQuery } from '../../../../src/audit/audit.contract';
import type { AuditQuery } from '../../api';

export const PAGE_SIZE = 25;

const optional = <T extends z.ZodType<string>>(schema: T) => z.union([z.literal(''), schema]).default('');

/**
 * The filters live in the address, with Dutch parameter names, so a filtered view can be
 * bookmarked; each is the contract's query parameter (what does not parse falls back to none).
 */
export const auditFiltersSchema = z.object({
  van: optional(auditQuery.shape.from.unwrap()),
  tot: optional(auditQuery.shape.to.unwrap()),
  actie: optional(auditQuery.shape.action.unwrap()),
  soort: optional(auditQuery.shape.entityType.unwrap()),
  pagina: z.coerce.number().int().min(1).default(1),
});

export type AuditFilters = z.output<typeof auditFiltersSchema>;

export const isFiltered = (filters: AuditFilters): boolean => Boolean(filters.van || filters.tot || filters.actie || filters.soort);

export function toQuery(filters: AuditFilters): AuditQuery {
  return {
    ...(filters.van ? { from: filters.van } : {}),
    ...(filters.tot ? { to: filters.tot } : {}),
    ...(filters.actie ? { action: filters.actie } : {}),
    ...(filters.soort ? { entityType: filters.soort } : {}),
    limit: PAGE_SIZE,
    offset: (filters.pagina - 1) * PAGE_SIZE,
  };
}

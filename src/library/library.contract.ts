import { z } from 'zod';
import { CODE_PATTERN, CODE_RULE } from './domain/price-items.js';

/**
 * What the price list (`price-list.contract.ts`) and the legal library (`legal-bases.contract.ts`)
 * share: codes, the origin of an item, the list filters and the list answer.
 */

export const ORIGIN_KEYS = ['national', 'local'] as const;
export type Origin = (typeof ORIGIN_KEYS)[number];
export const originSchema = z.enum(ORIGIN_KEYS);

/** Required text with the Dutch message the form shows too, and the server's length limit. */
export const requiredText = (max: number, message: string) =>
  z.string().trim().min(1, { message, abort: true }).max(max, `Gebruik hoogstens ${max} tekens.`);
export const optionalText = (max: number) => z.string().trim().max(max, `Gebruik hoogstens ${max} tekens.`);

export const code = z
  .string()
  .trim()
  .min(1, { message: 'Vul een code in.', abort: true })
  .regex(CODE_PATTERN, CODE_RULE)
  .describe('Unieke code binnen de gemeente, bijv. PL-001 of LOK-WMO-21.');

export const codeParams = z.object({ code: z.string().max(50) });

/** An empty query parameter (`?domain=`) means "no filter", as CONTRACT.md writes the URLs. */
export const filterOf = <K extends string>(keys: readonly [K, ...K[]]) => z.enum(keys).or(z.literal('')).optional();

export const includeInactive = z.enum(['true', 'false']).optional().describe('Ook gedeactiveerde items (alleen beheerder).');

export const paging = {
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
  offset: z.coerce.number().int().min(0).default(0),
};

/** Fields the server adds to its answers: a client may send back what it read. */
export const readOnlyFields = {
  origin: z.enum(ORIGIN_KEYS).optional().describe('Wordt genegeerd: de server bepaalt de herkomst.'),
  updatedAt: z.string().max(40).optional().describe('Wordt genegeerd.'),
};

/** On an update: the code may be sent along, but not changed. */
export const unchangedCode = z.string().max(50).optional().describe('Mag mee, maar niet wijzigen.');

export const listOf = <Item extends z.ZodType>(item: Item) => z.object({ items: z.array(item), total: z.number().int() });

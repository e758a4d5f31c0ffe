import { formatPerMille } from '../../../../src/patterns/domain/cocktails';
import { DOMAINS, labelOf, type Domain } from '../../../../src/plans/domain/vocabulary';
import type { Combination } from './patternsApi';

const INGREDIENT_LABELS: Record<string, string> = { children: 'Kinderen' };

export function domainLabel(key: string): string {
  return INGREDIENT_LABELS[key] ?? labelOf(DOMAINS, key as Domain);
}

export function combinationLabel(domains: readonly string[]): string {
  return domains.map(domainLabel).join(' + ');
}

export function countText(row: Pick<Combination, 'count'>): string {
  return row.count === '< 3' ? 'minder dan 3' : String(row.count);
}

export function shareText(row: Pick<Combination, 'share'>): string {
  return row.share === null ? 'niet getoond' : formatPerMille(row.share);
}

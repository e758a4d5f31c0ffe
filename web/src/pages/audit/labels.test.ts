import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_LABELS, actionLabel, describeDetail, entityLabel } from './labels';

describe('audit labels', () => {
  it('translates known actions and keeps unknown ones', () => {
    expect(actionLabel('auth.login')).toBe('Ingelogd');
    expect(actionLabel('plan.approve')).toBe('plan.approve');
    expect(entityLabel('api_token')).toBe('API-token');
    expect(entityLabel('casus')).toBe('casus');
  });

  it('describes the detail in Dutch', () => {
    expect(describeDetail({ fields: ['active', 'roles'], roles: ['consulent', 'maatwerker'] })).toEqual([
      'Gewijzigd: actief, rollen',
      'Rollen: Consulent, Maatwerker',
    ]);
    expect(describeDetail({ via: 'cli', count: 3 })).toEqual(['Via de opdrachtregel', 'count: 3']);
  });

  it('describes workflow and budget events in Dutch', () => {
    expect(describeDetail({ from: 'draft', to: 'scheduled', version: 3 })).toEqual(['Van: Concept', 'Naar: Geagendeerd', 'Versie 3']);
    expect(describeDetail({ decision: 'approve', amountCents: 250_000 })).toEqual(['Besluit: goedkeuren', 'Bedrag: € 2.500,00']);
  });

  // A new audit action without a Dutch label would show up raw in the beheerder's log.
  it('has a Dutch label for every action the server records', () => {
    const files = fs.readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts') && !file.includes('.test.'));
    const recorded = new Set<string>();
    for (const file of files) {
      const source = fs.readFileSync(path.join('src', file), 'utf8');
      for (const match of source.matchAll(/action(?::| =) '([a-z_]+\.[a-z_]+)'/g)) recorded.add(match[1]!);
    }
    expect(recorded.size).toBeGreaterThan(30);
    expect([...recorded].filter((action) => !(action in ACTION_LABELS))).toEqual([]);
  });
});

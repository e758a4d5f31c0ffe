import { describe, expect, it } from 'vitest';
import { countActions } from './actionsApi';
import { decisionHref, dueText, measurementHref, measurementTitle, questionHref } from './actionsFormat';

describe('Mijn acties texts', () => {
  it('says when an action is late, or until when it may wait', () => {
    expect(dueText('2026-03-24', true)).toBe('Te laat sinds 24 maart 2026');
    expect(dueText('2026-12-01', false)).toBe('Uiterlijk 1 december 2026');
  });

  it('names measurements by their moment and links to the follow-up on the canvas', () => {
    expect(measurementTitle('6m')).toBe('Meting na 6 maanden');
    expect(measurementTitle('after')).toBe('Meting direct na het maatwerk');
    expect(measurementHref('a b')).toBe('/plannen/a%20b#meting');
  });

  it('links a question to its answer box and a decision to the decision form', () => {
    expect(questionHref('p1', 'q-7')).toBe('/plannen/p1#antwoord-q-7');
    expect(decisionHref('p1')).toBe('/plannen/p1#besluit');
  });

  it('counts what waits and what is late', () => {
    expect(
      countActions({
        measurements: [{ planId: 'p', caseNumber: '1', moment: '6m', dueDate: '2026-01-01', overdue: true }],
        questions: [{ id: 'q', planId: 'p', caseNumber: '1', question: '?', dueDate: '2026-01-01', overdue: false }],
        decisions: [{ planId: 'p', caseNumber: '1', since: '2026-01-01' }],
        budgetWarnings: [],
      }),
    ).toEqual({ total: 3, overdue: 1 });
  });
});

import { describe, expect, it } from 'vitest';
import { scheduleAgenda, statusesFor, validateAgenda, type AgendaRules } from './agenda.js';

describe('scheduleAgenda', () => {
  it('gives each case a start and end time after the previous one, with the total', () => {
    const agenda = scheduleAgenda('15:30', [{ id: 'a', slotMinutes: 30 }, { id: 'b', slotMinutes: 20 }, { id: 'c', slotMinutes: 15 }]);
    expect(agenda.items.map((i) => [i.id, i.startsAt, i.endsAt])).toEqual([
      ['a', '15:30', '16:00'],
      ['b', '16:00', '16:20'],
      ['c', '16:20', '16:35'],
    ]);
    expect(agenda.totalMinutes).toBe(65);
    expect(agenda.endsAt).toBe('16:35');
  });

  it('is empty for an empty agenda', () => {
    expect(scheduleAgenda('14:00', [])).toEqual({ items: [], totalMinutes: 0, endsAt: '14:00' });
  });
});

describe('validateAgenda', () => {
  const rules: AgendaRules = {
    kind: 'doorbraak',
    maxSlotMinutes: 30,
    planStatuses: new Map([
      ['scheduled-1', 'scheduled'],
      ['scheduled-2', 'scheduled'],
      ['sparring-1', 'sparring'],
      ['approved-1', 'approved'],
    ]),
    alreadyOnAgenda: new Set(['approved-1']),
  };

  it('accepts scheduled plans with slots of 5 to 30 minutes, and a plan already on the agenda whose status moved on', () => {
    expect(validateAgenda([{ planId: 'scheduled-1', slotMinutes: 5 }, { planId: 'scheduled-2', slotMinutes: 30 }, { planId: 'approved-1', slotMinutes: 10 }], rules)).toEqual([]);
  });

  it('names the item and field of every problem', () => {
    const errors = validateAgenda(
      [
        { planId: 'scheduled-1', slotMinutes: 31 },
        { planId: 'scheduled-1', slotMinutes: 10 },
        { planId: 'sparring-1', slotMinutes: 4 },
        { planId: 'unknown', slotMinutes: 10 },
      ],
      rules,
    );
    expect(errors.map((e) => e.path)).toEqual(['items.0.slotMinutes', 'items.1.planId', 'items.2.planId', 'items.2.slotMinutes', 'items.3.planId']);
    expect(errors[0]!.message).toBe('Kies een tijdvak van 5 tot en met 30 minuten.');
  });

  it('fits plans to the table kind: spar takes sparring, the others scheduled', () => {
    expect(statusesFor('spar')).toEqual(['sparring']);
    expect(statusesFor('doorbraak')).toEqual(['scheduled']);
    expect(statusesFor('commissie')).toEqual(['scheduled']);
    expect(validateAgenda([{ planId: 'sparring-1', slotMinutes: 10 }], { ...rules, kind: 'spar' })).toEqual([]);
    expect(validateAgenda([{ planId: 'scheduled-1', slotMinutes: 10 }], { ...rules, kind: 'spar' })[0]!.path).toBe('items.0.planId');
  });

  it('respects a configured maximum slot', () => {
    expect(validateAgenda([{ planId: 'scheduled-1', slotMinutes: 45 }], { ...rules, maxSlotMinutes: 45 })).toEqual([]);
  });
});

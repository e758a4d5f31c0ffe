import { describe, expect, it } from 'vitest';
import { agendaFormSchema, EMPTY_TABLE, parseSlot, minutesFormSchema, tableFormSchema, tableFormValues } from './tablesForms';

describe('tables forms', () => {
  it('turns the table form into the body the contract takes, and refuses what the server refuses', () => {
    expect(tableFormSchema.parse({ ...EMPTY_TABLE, name: ' Doorbraaktafel Oost ' })).toEqual({
      kind: 'doorbraak',
      name: 'Doorbraaktafel Oost',
      weekday: 2,
      startTime: '15:30',
      intervalWeeks: 1,
      slotMinutes: 30,
      active: true,
    });
    const refused = tableFormSchema.safeParse({ ...EMPTY_TABLE, name: ' ', startTime: '25:00', slotMinutes: 'veel', intervalWeeks: '3' });
    expect(refused.success).toBe(false);
    const messages = Object.fromEntries(refused.error!.issues.map((issue) => [issue.path.join('.'), issue.message]));
    expect(messages).toMatchObject({ name: 'Geef de tafel een naam.', startTime: 'Geef een tijd als UU:MM, bijvoorbeeld 14:00.', slotMinutes: 'Vul het aantal minuten in, bijvoorbeeld 30.' });
    expect(Object.keys(messages)).toContain('intervalWeeks');
  });

  it('fills the form from a stored table', () => {
    const table = { id: 't', kind: 'spar' as const, name: 'Spar-tafel', weekday: 4, startTime: '10:00', intervalWeeks: 2 as const, slotMinutes: 20, active: false, createdAt: '2026-01-01T00:00:00Z' };
    expect(tableFormSchema.parse(tableFormValues(table))).toEqual({ kind: 'spar', name: 'Spar-tafel', weekday: 4, startTime: '10:00', intervalWeeks: 2, slotMinutes: 20, active: false });
  });

  it('checks every slot against the municipality maximum, with the path the server uses, and sends only plan and slot', () => {
    const schema = agendaFormSchema(30);
    const draft = { planId: 'p1', caseNumber: '2026-001', status: 'scheduled', planCents: 100, slotMinutes: '20' };
    expect(schema.parse({ items: [draft] })).toEqual({ items: [{ planId: 'p1', slotMinutes: 20 }] });
    const refused = schema.safeParse({ items: [draft, { ...draft, planId: 'p2', slotMinutes: '31' }, { ...draft, planId: 'p3', slotMinutes: '' }] });
    expect(refused.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['items.1.slotMinutes', 'Kies een tijdvak van 5 tot en met 30 minuten.'],
      ['items.2.slotMinutes', 'Kies een tijdvak van 5 tot en met 30 minuten.'],
    ]);
  });

  it('checks one typed slot as the agenda saves it on change', () => {
    expect(parseSlot(' 20 ', 30)).toEqual({ minutes: 20 });
    expect(parseSlot('31', 30)).toEqual({ message: 'Kies een tijdvak van 5 tot en met 30 minuten.' });
    expect(parseSlot('4', 30)).toEqual({ message: 'Kies een tijdvak van 5 tot en met 30 minuten.' });
    expect(parseSlot('', 30)).toEqual({ message: 'Kies een tijdvak van 5 tot en met 30 minuten.' });
  });

  it('takes the minutes text only', () => {
    expect(minutesFormSchema.parse({ minutes: 'Besproken.' })).toEqual({ minutes: 'Besproken.' });
    expect(minutesFormSchema.safeParse({ minutes: 'x'.repeat(100_001) }).success).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { measurementFormSchema } from './measurementsForms';

describe('measurement form', () => {
  it('sends the score as a number, today when no date is given, and the note trimmed', () => {
    expect(measurementFormSchema.parse({ moment: '6m', lifeSatisfaction: '7', measuredOn: '', note: ' Werk gevonden. ' })).toEqual({ moment: '6m', lifeSatisfaction: 7, measuredOn: undefined, note: 'Werk gevonden.' });
  });

  it('asks for a score first', () => {
    const refused = measurementFormSchema.safeParse({ moment: 'after', lifeSatisfaction: '', measuredOn: '2026-01-01', note: '' });
    expect(refused.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['lifeSatisfaction', 'Kies een cijfer van 1 tot en met 10.']]);
  });
});

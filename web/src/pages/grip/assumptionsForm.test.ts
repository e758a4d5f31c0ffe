import { describe, expect, it } from 'vitest';
import { assumptionsBody } from '../../../../src/grip/grip.contract';
import { assumptionFields, assumptionsFormSchema, formValues, parsePercent } from './assumptionsForm';

describe('parsePercent', () => {
  it('reads Dutch percentages', () => {
    expect(parsePercent('2,5')).toBe(2.5);
    expect(parsePercent('-3 %')).toBe(-3);
    expect(parsePercent('\u22121,25')).toBe(-1.25);
    expect(parsePercent('5')).toBe(5);
  });

  it('refuses what is not a number', () => {
    expect(parsePercent('')).toBeNaN();
    expect(parsePercent('vijf')).toBeNaN();
    expect(parsePercent('1.000,5')).toBeNaN();
  });
});

describe('assumptionsFormSchema', () => {
  it('gives the body the contract accepts', () => {
    const parsed = assumptionsFormSchema.parse({ pillars: [{ pillar: 'wmo', positivePercent: '-2,5', negativePercent: '5' }] });
    expect(parsed).toEqual({ pillars: [{ pillar: 'wmo', positivePercent: -2.5, negativePercent: 5 }] });
    expect(assumptionsBody.safeParse(parsed).success).toBe(true);
  });

  it('refuses in the contract’s words, at the field', () => {
    const result = assumptionsFormSchema.safeParse({
      pillars: [
        { pillar: 'wmo', positivePercent: '', negativePercent: '150' },
        { pillar: 'jeugd', positivePercent: '1,234', negativePercent: '-60' },
      ],
    });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues).toEqual([
      ['pillars.0.positivePercent', 'Geef een percentage.'],
      ['pillars.0.negativePercent', 'Een groei van meer dan 100 % is geen aanname.'],
      ['pillars.1.positivePercent', 'Geef hooguit twee decimalen.'],
      ['pillars.1.negativePercent', 'Een groei van minder dan −50 % is geen aanname.'],
    ]);
  });

  it('fills the form from the saved assumptions and names every field', () => {
    const saved = { pillars: [{ pillar: 'wmo' as const, positivePercent: -1.5, negativePercent: 3 }], updatedAt: null, updatedBy: null };
    expect(formValues(saved)).toEqual({ pillars: [{ pillar: 'wmo', positivePercent: '-1,5', negativePercent: '3' }] });
    expect(assumptionFields(saved)['pillars.0.negativePercent']).toEqual({ id: 'aanname-0-negatief', label: 'Wmo, negatief scenario' });
  });
});

import { describe, expect, it } from 'vitest';
import { answerAnchor, currentSection, landingFor } from './anchors';

describe('canvas anchors', () => {
  it('lands on a section heading or a field itself', () => {
    expect(landingFor('#rendement')).toEqual({ id: 'rendement', focus: 'self' });
    expect(landingFor('#veld-perspective')).toEqual({ id: 'veld-perspective', focus: 'self' });
    expect(landingFor('')).toBeNull();
    expect(landingFor('#')).toBeNull();
  });

  it('lands in a form on its first field, with a fallback when the form is not there', () => {
    expect(landingFor('#besluit')).toEqual({ id: 'besluit', focus: 'first-field', fallback: 'besluitvorming' });
    expect(landingFor('#meting')).toEqual({ id: 'meting', focus: 'first-field', fallback: 'metingen' });
  });

  it('lands on the answer box of a question, else on the questions', () => {
    expect(landingFor(`#${answerAnchor('q 1')}`)).toEqual({ id: 'antwoord-q 1', focus: 'self', fallback: 'vragen' });
    expect(landingFor('#antwoord-q%201')).toEqual({ id: 'antwoord-q 1', focus: 'self', fallback: 'vragen' });
    expect(landingFor('#%E0%A4%A')?.id).toBe('%E0%A4%A');
  });

  it('names as current the last section whose heading passed the sticky bar', () => {
    const tops = [
      { id: 'situatie', top: -800 },
      { id: 'perspectief', top: 40 },
      { id: 'acties', top: 300 },
      { id: 'vragen', top: null },
    ];
    expect(currentSection(tops, 80)).toBe('perspectief');
    expect(currentSection(tops, 20)).toBe('situatie');
    expect(currentSection([{ id: 'situatie', top: 500 }], 80)).toBe('situatie');
    expect(currentSection([{ id: 'x', top: null }], 80)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { decimalText, moneyText, parseDecimalInput, parseMoneyInput, parseOptionalWholeInput, parsePercentInput, parseWholeInput, percentText } from './numberInput';

describe('parseMoneyInput', () => {
  it('reads Dutch amounts as whole cents', () => {
    expect(parseMoneyInput('20.000')).toEqual({ ok: true, value: 2_000_000 });
    expect(parseMoneyInput('€ 1.234,56')).toEqual({ ok: true, value: 123_456 });
    expect(parseMoneyInput('79,5')).toEqual({ ok: true, value: 7_950 });
    expect(parseMoneyInput('63000')).toEqual({ ok: true, value: 6_300_000 });
  });

  it('says in Dutch why it cannot read the text, and never gives NaN', () => {
    for (const text of ['', 'twintig', '1,2,3', '12,345', 'NaN', '1e5']) {
      const parsed = parseMoneyInput(text);
      expect(parsed.ok, text).toBe(false);
      if (!parsed.ok) expect(parsed.message).toMatch(/bedrag/);
    }
    expect(parseMoneyInput('-5')).toEqual({ ok: false, message: 'Een bedrag kan niet negatief zijn.' });
    expect(parseMoneyInput('2.000.000.000')).toMatchObject({ ok: false });
  });

  it('writes amounts back the same way', () => {
    expect(moneyText(2_000_000)).toBe('20.000,00');
    expect(parseMoneyInput(moneyText(123_456))).toEqual({ ok: true, value: 123_456 });
  });
});

describe('parseDecimalInput', () => {
  it('reads a comma or a dot as decimals and a dot before three digits as thousands', () => {
    expect(parseDecimalInput('4,5')).toEqual({ ok: true, value: 4.5 });
    expect(parseDecimalInput('0.25')).toEqual({ ok: true, value: 0.25 });
    expect(parseDecimalInput('1.000')).toEqual({ ok: true, value: 1000 });
    expect(parseDecimalInput(' 2 ')).toEqual({ ok: true, value: 2 });
    expect(decimalText(4.5)).toBe('4,5');
  });

  it('refuses what is not a number or out of range', () => {
    expect(parseDecimalInput('vier')).toMatchObject({ ok: false });
    expect(parseDecimalInput('')).toEqual({ ok: false, message: 'Vul een getal in.' });
    expect(parseDecimalInput('-1')).toEqual({ ok: false, message: 'Vul 0 of meer in.' });
  });
});

describe('parseWholeInput', () => {
  it('reads whole numbers, and empty when that is allowed', () => {
    expect(parseWholeInput('12', { min: 1, max: 120 })).toEqual({ ok: true, value: 12 });
    expect(parseOptionalWholeInput('')).toEqual({ ok: true, value: null });
    expect(parseOptionalWholeInput('3')).toEqual({ ok: true, value: 3 });
    expect(parseWholeInput('')).toMatchObject({ ok: false });
    expect(parseWholeInput('1,5')).toEqual({ ok: false, message: 'Vul een heel getal in, zonder komma.' });
    expect(parseWholeInput('0', { min: 1 })).toEqual({ ok: false, message: 'Vul 1 of meer in.' });
  });
});

describe('parsePercentInput', () => {
  it('turns a percentage into a probability without binary noise', () => {
    expect(parsePercentInput('33,3')).toEqual({ ok: true, value: 0.333 });
    expect(parsePercentInput('100 %')).toEqual({ ok: true, value: 1 });
    expect(parsePercentInput('')).toEqual({ ok: false, message: 'Vul een percentage in van 0 tot en met 100.' });
    expect(parsePercentInput('120')).toMatchObject({ ok: false });
    expect(percentText(0.333)).toBe('33,3');
    expect(percentText(0.07)).toBe('7');
  });
});

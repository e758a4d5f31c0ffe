import { describe, expect, it } from 'vitest';
import { UNITS } from '../domain/records.js';
import { xmlKindFromRoot } from './kinds.js';
import { bsnProblem, codeChecker, dateProblem, describeCodes, integerProblem, parseNonNegativeInteger, timeProblem } from './values.js';

describe('the XSD value checks', () => {
  it('accepts dates that exist and refuses the others', () => {
    for (const ok of ['2023-01-31', '2024-02-29', '2000-02-29', '2023-12-31']) expect(dateProblem(ok, 'Ingangsdatum')).toBeUndefined();
    expect(dateProblem('2023-02-30', 'Ingangsdatum')).toBe("Ingangsdatum '2023-02-30' is een datum die niet bestaat.");
    expect(dateProblem('1900-02-29', 'Ingangsdatum')).toContain('niet bestaat');
    expect(dateProblem('2023-13-01', 'Ingangsdatum')).toContain('niet bestaat');
    expect(dateProblem('2023-04-00', 'Ingangsdatum')).toContain('niet bestaat');
    for (const bad of ['2023-2-3', '20230203', '2023-02-03Z', '2023-02-03+01:00', '', 'gisteren']) {
      expect(dateProblem(bad, 'Ingangsdatum')).toContain('gebruik JJJJ-MM-DD');
    }
  });

  it('never quotes a personal date', () => {
    expect(dateProblem('1967-02-30', 'Geboortedatum', true)).toBe('Geboortedatum is een datum die niet bestaat.');
    expect(dateProblem('13-08-1967', 'Geboortedatum', true)).not.toContain('1967');
  });

  it('reads non-negative xs:integers within their range', () => {
    expect(parseNonNegativeInteger('10', 99)).toBe(10);
    expect(parseNonNegativeInteger('+010', 99)).toBe(10);
    for (const bad of ['', '-1', '1.5', '1e3', '100', '+', ' 1']) expect(parseNonNegativeInteger(bad, 99)).toBeNaN();
    expect(integerProblem('10.5', 'Volume', 99_999_999)).toBe("Volume moet een geheel getal van 0 tot en met 99999999 zijn, niet '10.5'.");
    expect(integerProblem('abc', 'Huisnummer', 99_999, true)).not.toContain('abc');
  });

  it('checks a BSN by the 11-proef without quoting it', () => {
    // BSN test fixture: 999900006 is a test number of the example messages (passes the 11-proef).
    expect(bsnProblem('999900006')).toBeUndefined();
    expect(bsnProblem('999900007')).toBe('Bsn is geen geldig burgerservicenummer: het voldoet niet aan de 11-proef.');
    expect(bsnProblem('99990000')).toBe('Bsn moet uit 9 cijfers bestaan.');
  });

  it('checks times without a time zone', () => {
    expect(timeProblem('12:34:56', 'Toewijzingstijd')).toBeUndefined();
    expect(timeProblem('12:34:56.789', 'Toewijzingstijd')).toBeUndefined();
    expect(timeProblem('24:00:00', 'Toewijzingstijd')).toContain('geen geldige tijd');
    expect(timeProblem('12:34:56Z', 'Toewijzingstijd')).toContain('geen geldige tijd');
  });

  it('names the allowed codes in Dutch', () => {
    expect(codeChecker('eenheid', UNITS)('07')).toBe("Onbekende eenheid '07': gebruik 01, 04, 14, 16, 82, 83 of 84.");
    expect(codeChecker('eenheid', UNITS)('04')).toBeUndefined();
    expect(describeCodes(['01', '02', '03', '04', '05'])).toBe('01 tot en met 05');
    expect(describeCodes(['31', '32', '33', '34', '40', '41', '42', '43', '50'])).toBe('31 tot en met 34, 40 tot en met 43 of 50');
    expect(describeCodes(['D', 'C'])).toBe('D of C');
  });
});

describe('xmlKindFromRoot', () => {
  it('knows the eight messages of release 3.2 by their namespace', () => {
    expect(xmlKindFromRoot('http://www.istandaarden.nl/iwmo/3_2/wmo301/schema')).toBe('wmo301');
    expect(xmlKindFromRoot('http://www.istandaarden.nl/iwmo/3_2/wmo323/schema')).toBe('wmo323');
    expect(xmlKindFromRoot('http://www.istandaarden.nl/ijw/3_2/jw305/schema')).toBe('jw305');
    expect(xmlKindFromRoot('http://www.istandaarden.nl/ijw/3_2/jw307/schema', 'Bericht')).toBe('jw307');
  });

  it('knows no other root', () => {
    expect(xmlKindFromRoot('http://www.istandaarden.nl/iwmo/3_1/wmo301/schema')).toBeUndefined();
    expect(xmlKindFromRoot('http://www.istandaarden.nl/ijw/3_2/jw325/schema')).toBeUndefined();
    expect(xmlKindFromRoot('http://www.istandaarden.nl/iwmo/3_2/wmo301/schema', 'Header')).toBeUndefined();
    expect(xmlKindFromRoot('')).toBeUndefined();
  });
});

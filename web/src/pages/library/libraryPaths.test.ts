import { describe, expect, it } from 'vitest';
import { matchPath } from '../../paths';
import { EDIT_LEGAL_PATTERN, EDIT_PRICE_PATTERN, editLegalHref, editPriceHref, NEW_PRICE_PATH } from './libraryPaths';

describe('library paths', () => {
  it('carry any valid code, dots and colons included, to the edit page and back', () => {
    expect(matchPath(EDIT_LEGAL_PATTERN, editLegalHref('LB-AWB-3:2'))).toEqual({ code: 'LB-AWB-3:2' });
    expect(matchPath(EDIT_PRICE_PATTERN, editPriceHref('LOK.1_a'))).toEqual({ code: 'LOK.1_a' });
  });

  it('keep a tariff coded "nieuw" apart from the page for a new tariff', () => {
    expect(matchPath(EDIT_PRICE_PATTERN, NEW_PRICE_PATH)).toBeNull();
    expect(matchPath(EDIT_PRICE_PATTERN, editPriceHref('nieuw'))).toEqual({ code: 'nieuw' });
  });
});

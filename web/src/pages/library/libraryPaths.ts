/** The addresses of the library pages; `routes.tsx` and the links use the same ones. */
export const PRICE_LIST_PATH = '/prijslijst';
export const NEW_PRICE_PATH = '/prijslijst/nieuw';
export const IMPORT_PRICES_PATH = '/prijslijst/inlezen';
export const EDIT_PRICE_PATTERN = '/prijslijst/:code/wijzigen';
export const LEGAL_LIBRARY_PATH = '/wetten';
export const NEW_LEGAL_PATH = '/wetten/nieuw';
export const EDIT_LEGAL_PATTERN = '/wetten/:code/wijzigen';

export const editPriceHref = (code: string) => EDIT_PRICE_PATTERN.replace(':code', encodeURIComponent(code));
export const editLegalHref = (code: string) => EDIT_LEGAL_PATTERN.replace(':code', encodeURIComponent(code));

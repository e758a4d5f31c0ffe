/** The budget pages' addresses: the overview per year and its two edit views. */
export const budgetPath = (year: number) => `/budget?jaar=${year}`;
export const EDIT_SOURCES_PATTERN = '/budget/:year/bronnen/bewerken';
export const editSourcesPath = (year: number) => `/budget/${year}/bronnen/bewerken`;
export const EDIT_MANDATES_PATH = '/budget/mandaten/bewerken';

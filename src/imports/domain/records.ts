/**
 * What a parser reads out of one file, before the border (pseudonymise.ts) turns it into what is
 * stored. A parser extracts only these fields: names, phone numbers, e-mail addresses, comments
 * and birth dates (beyond the year) never leave it. A BSN and an address leave it only to be
 * hashed at once by the border.
 */
export const PILLARS = ['wmo', 'jeugd', 'participatie', 'schuldhulp', 'onderwijs'] as const;
export type Pillar = (typeof PILLARS)[number];

/** iStandaard `LDT_Eenheid` codes the cost formula knows. */
export const UNITS = ['01', '04', '14', '16', '82', '83', '84'] as const;
export type Unit = (typeof UNITS)[number];
/** iStandaard `LDT_Frequentie` codes the cost formula knows. */
export const FREQUENCIES = ['1', '2', '4', '6'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export type FileKind =
  | 'wmo301' | 'wmo305' | 'wmo307' | 'wmo323'
  | 'jw301' | 'jw305' | 'jw307' | 'jw323'
  | 'services' | 'households' | 'tariffs' | 'budgets' | 'realisations'
  /** A file that is none of these (its only item is an error). */
  | 'unknown';

export const CSV_KINDS = ['services', 'households', 'tariffs', 'budgets', 'realisations'] as const;
export type CsvKind = (typeof CSV_KINDS)[number];

/** Who a record is about, as the file names them (raw; the border hashes the BSN). */
export interface ClientRef {
  bsn?: string;
  clientNumber?: string;
}

/** The BRP address of 301 `Contact` with `Soort` 01, normalised; only its HMAC is stored. */
export interface AddressRef {
  postcode: string;
  houseNumber: string;
  houseLetter?: string;
  addition?: string;
}

/** A toewijzing (301 ToegewezenProduct) or a `services` CSV row. */
export interface ServiceRecord {
  type: 'service';
  serviceId: string;
  client: ClientRef;
  birthYear?: number;
  address?: AddressRef;
  pillar: Pillar;
  productCategory: string;
  productCode?: string;
  productName?: string;
  provider: string;
  /** 301 `Toewijzingsdatum`. */
  assignedOn?: string;
  /** 301 header `Dagtekening`: an older message never overwrites what a newer one said. */
  messageDate?: string;
  startDate: string;
  endDate?: string;
  volume?: number;
  unit?: Unit;
  frequency?: Frequency;
  unitPriceCents?: number;
  /** A budget over the whole period (301 `Budget` without `Omvang`, CSV `amountCents`). */
  amountCents?: number;
}

/** 305 StartProduct. */
export interface StartRecord {
  type: 'start';
  serviceId: string;
  client: ClientRef;
  provider: string;
  pillar: Pillar;
  startDate: string;
}

/** 307 StopProduct. */
export interface StopRecord {
  type: 'stop';
  serviceId: string;
  client: ClientRef;
  provider: string;
  pillar: Pillar;
  startDate?: string;
  endDate: string;
  reason?: string;
}

/** 323 Prestatie. `amountCents` is signed: debit positive, credit negative. */
export interface DeclarationRecord {
  type: 'declaration';
  declarationNumber: string;
  productReference: string;
  serviceId?: string;
  client: ClientRef;
  provider: string;
  pillar: Pillar;
  productCategory: string;
  productCode?: string;
  periodStart: string;
  periodEnd: string;
  volume: number;
  unit: Unit;
  unitPriceCents: number;
  amountCents: number;
  declaredOn: string;
}

export interface HouseholdRecord {
  type: 'household';
  client: ClientRef;
  householdId: string;
  validFrom: string;
  validTo?: string;
}

export interface TariffRecord {
  type: 'tariff';
  /** Empty: every provider. */
  provider: string;
  productCategory: string;
  productCode: string;
  unit: Unit;
  unitPriceCents: number;
  validFrom: string;
  validTo?: string;
}

export interface BudgetRecord {
  type: 'budget';
  year: number;
  budgetLine: string;
  name: string;
  pillar: Pillar;
  /** Empty: the whole pillar. */
  productCategory: string;
  amountCents: number;
}

export interface RealisationRecord {
  type: 'realisation';
  serviceId: string;
  periodStart: string;
  periodEnd: string;
  amountCents: number;
}

export type ImportRecord =
  | ServiceRecord | StartRecord | StopRecord | DeclarationRecord
  | HouseholdRecord | TariffRecord | BudgetRecord | RealisationRecord;

/** Where in a file: a CSV line (1-based, the header is line 1) or an XML element path. */
export interface ImportError {
  line?: number;
  path?: string;
  message: string;
}

/**
 * What a parser yields, in file order: once `{ kind }` as soon as it knows what the file is, then
 * records and errors. A file with any error is stored not at all.
 */
export type ParsedItem = { kind: FileKind } | { record: ImportRecord; /** CSV: the line the record starts on. */ line?: number } | { error: ImportError };

/** Errors listed per file (CONTRACT.md: at most 100). */
export const MAX_ERRORS_PER_FILE = 100;

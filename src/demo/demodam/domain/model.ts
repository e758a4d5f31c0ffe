import type { Pillar } from '../../../imports/domain/records.js';
import type { Product } from './catalog.js';
import type { Day } from './days.js';

/** What the generator makes, as plain data; the writers turn it into XML and CSV. */

export interface PersonName {
  /** Voorvoegsel, e.g. "van der"; empty when none. */
  prefix: string;
  surname: string;
  firstNames: string;
  initials: string;
  /** The partner's surname, used after the own one (`NaamGebruik` 4); absent: own name only (1). */
  partner?: { prefix: string; surname: string };
}

export interface Address {
  postcode: string;
  houseNumber: number;
  houseLetter?: string;
  addition?: string;
  street: string;
  place: string;
}

export interface Relation {
  /** iWmo/iJw `LDT_SoortRelatie`: 10 ouder, 15 mentor, 16 zoon/dochter. */
  kind: '10' | '15' | '16';
  name: PersonName;
  gender: '1' | '2';
  birthDate: Day;
  phone: string;
  email: string;
}

/** A toewijzing (301 ToegewezenProduct) with what the provider later reports of it (305, 307). */
export interface Assignment {
  serviceId: number;
  pillar: 'wmo' | 'jeugd';
  product: Product;
  provider: number;
  assignedOn: Day;
  /** Toewijzingstijd, `HH:MM:SS`. */
  assignedAt: string;
  start: Day;
  /** Einddatum; null: open-ended. */
  end: Day | null;
  volume: number;
  /** Cents, for a budget product (301 `Budget` instead of `Omvang`). */
  budgetCents?: number;
  comment?: string;
  /** 305: the care began; `sentOn` after today: not sent yet. Absent: the provider never sends one. */
  started?: { begin: Day; sentOn: Day };
  /** 307: the care ended (sent only when `sentOn` ≤ today). */
  stopped?: { end: Day; reason: string; sentOn: Day };
  /** When the care really ran; declarations follow it. Null end: still running. */
  actualStart: Day;
  actualEnd: Day | null;
  /** Declared above the assigned volume in some months. */
  overDeclared: boolean;
  /** Declared for a month after the care ended. */
  declaredAfterEnd: boolean;
}

export interface Realisation {
  from: Day;
  to: Day;
  amountCents: number;
}

/** A row of the case system's services export (participatie, schuldhulp, onderwijs). */
export interface CsvService {
  serviceId: number;
  pillar: 'participatie' | 'schuldhulp' | 'onderwijs';
  product: Product;
  provider: number;
  start: Day;
  end: Day | null;
  volume?: number;
  unitPriceCents?: number;
  amountCents?: number;
  realisations: Realisation[];
}

export interface Client {
  bsn: string;
  clientNumber: string;
  gender: '1' | '2';
  birthDate: Day;
  name: PersonName;
  /** Since when the client belongs to the household (households.csv `validFrom`). */
  inHouseholdSince: Day;
  relation?: Relation;
  comment?: string;
  phone?: string;
  email?: string;
  pillars: Pillar[];
  assignments: Assignment[];
  csvServices: CsvService[];
}

export interface Household {
  index: number;
  householdId: string;
  /** Has support on the generator's today (the households the overlap counts). */
  current: boolean;
  pillars: readonly Pillar[];
  address: Address;
  clients: Client[];
}

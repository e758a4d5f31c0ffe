import type { Frequency, Pillar, Unit } from '../../../imports/domain/records.js';

/**
 * What Demodam buys, per pillar. Wmo and Jeugd use the iWmo/iJw 3.2 product categories of
 * basisschema.xsd (`LDT_ProductCategorie`: Wmo 01 hulp bij het huishouden, 02 begeleiding,
 * 03 persoonlijke verzorging, 04 kortdurend verblijf, 07 dagbesteding, 08 vervoerdiensten,
 * 11–14 hulpmiddelen en woonvoorzieningen, 15 beschermd wonen, 16 opvang; Jeugd 40–55) with product
 * codes in the regional style of the examples (category + letter + number). Participatie,
 * schuldhulp and onderwijs come from the case system's CSV export, with the municipality's own
 * codes. Tariffs are this year's prices in cents, at the level of a Dutch municipality around 2025;
 * earlier years are indexed down. Weights are each product's share of the pillar's care tracks.
 */
export interface Product {
  pillar: Pillar;
  category: string;
  code: string;
  name: string;
  unit: Unit;
  frequency: Frequency;
  /** Volume per frequency, in the unit (euros for unit 83); for a budget product the euros of the whole period. */
  volume: readonly [number, number];
  /** Assigned as an amount over the whole period (301 `Budget`, CSV `amountCents`) instead of a volume. */
  budget?: boolean;
  /** This year's price per unit in cents (unit 83 and budgets: 100). */
  tariffCents: number;
  /**
   * Where the price is: `general` a tariffs row for every provider (some providers also have their
   * own), `provider` contracted per provider only, `row` in the services CSV row itself, `none`
   * (euros: unit 83 or a budget).
   */
  price: 'general' | 'provider' | 'row' | 'none';
  /** How long one assignment runs, in months (renewals follow); `schoolYear` runs August to July. */
  validity: readonly [number, number];
  schoolYear?: boolean;
  /** Chance that an assignment has no end date ("voor onbepaalde tijd"). */
  openEnded: number;
  /**
   * When the municipality pays a CSV service (realisations): every month, once at the start, or
   * half at the start and half at the end (a trajectory price). Wmo and Jeugd products are all
   * declared monthly, pro rata, so a declaration never exceeds what was assigned for its month.
   */
  billing: 'monthly' | 'start' | 'end';
  weight: number;
  /** Age of the client at the start of the care. */
  ages: readonly [number, number];
}

const ADULT = [18, 95] as const;
const ELDERLY = [55, 97] as const;
const CHILD = [0, 17] as const;

const wmo = (category: string, code: string, name: string, rest: Omit<Product, 'pillar' | 'category' | 'code' | 'name'>): Product => ({ pillar: 'wmo', category, code, name, ...rest });
const jeugd = (category: string, code: string, name: string, rest: Omit<Product, 'pillar' | 'category' | 'code' | 'name'>): Product => ({ pillar: 'jeugd', category, code, name, ...rest });

export const PRODUCTS: readonly Product[] = [
  wmo('01', '01A01', 'Huishoudelijke ondersteuning', { unit: '04', frequency: '2', volume: [2, 3], tariffCents: 3350, price: 'general', validity: [24, 48], openEnded: 0.25, billing: 'monthly', weight: 30, ages: ELDERLY }),
  wmo('01', '01A02', 'Huishoudelijke ondersteuning plus', { unit: '04', frequency: '2', volume: [3, 5], tariffCents: 3650, price: 'general', validity: [12, 36], openEnded: 0.1, billing: 'monthly', weight: 5, ages: ELDERLY }),
  wmo('02', '02A01', 'Individuele begeleiding basis', { unit: '04', frequency: '2', volume: [1, 3], tariffCents: 6200, price: 'general', validity: [6, 12], openEnded: 0.05, billing: 'monthly', weight: 18, ages: ADULT }),
  wmo('02', '02A02', 'Individuele begeleiding specialistisch', { unit: '04', frequency: '2', volume: [1, 3], tariffCents: 7400, price: 'general', validity: [6, 12], openEnded: 0.03, billing: 'monthly', weight: 6, ages: ADULT }),
  wmo('03', '03A01', 'Persoonlijke verzorging', { unit: '01', frequency: '2', volume: [60, 300], tariffCents: 95, price: 'general', validity: [6, 24], openEnded: 0.1, billing: 'monthly', weight: 3, ages: ELDERLY }),
  wmo('04', '04A01', 'Kortdurend verblijf (logeren)', { unit: '14', frequency: '4', volume: [2, 5], tariffCents: 16500, price: 'general', validity: [6, 12], openEnded: 0, billing: 'monthly', weight: 2, ages: ADULT }),
  wmo('07', '07A01', 'Dagbesteding basis', { unit: '16', frequency: '2', volume: [1, 3], tariffCents: 4600, price: 'general', validity: [12, 24], openEnded: 0.05, billing: 'monthly', weight: 10, ages: ADULT }),
  wmo('07', '07A02', 'Dagbesteding specialistisch', { unit: '16', frequency: '2', volume: [2, 4], tariffCents: 6900, price: 'general', validity: [12, 24], openEnded: 0.05, billing: 'monthly', weight: 5, ages: ADULT }),
  wmo('08', '08A01', 'Vervoer naar dagbesteding', { unit: '82', frequency: '2', volume: [2, 8], tariffCents: 1850, price: 'general', validity: [12, 24], openEnded: 0, billing: 'monthly', weight: 5, ages: ADULT }),
  wmo('09', '09A01', 'Inloop ggz', { unit: '16', frequency: '2', volume: [1, 3], tariffCents: 2900, price: 'general', validity: [12, 24], openEnded: 0, billing: 'monthly', weight: 2, ages: ADULT }),
  wmo('10', '10A01', 'Maatwerkarrangement Wmo', { unit: '84', frequency: '4', volume: [1, 1], tariffCents: 72500, price: 'provider', validity: [6, 12], openEnded: 0, billing: 'monthly', weight: 1, ages: ADULT }),
  wmo('11', '11A01', 'Rolstoel (huur en onderhoud)', { unit: '83', frequency: '4', volume: [35, 90], tariffCents: 100, price: 'none', validity: [36, 60], openEnded: 0.6, billing: 'monthly', weight: 5, ages: ELDERLY }),
  wmo('12', '12A01', 'Scootmobiel (huur en onderhoud)', { unit: '83', frequency: '4', volume: [40, 110], tariffCents: 100, price: 'none', validity: [36, 60], openEnded: 0.6, billing: 'monthly', weight: 4, ages: ELDERLY }),
  wmo('13', '13A01', 'Woningaanpassing', { unit: '83', frequency: '6', volume: [1500, 15000], budget: true, tariffCents: 100, price: 'none', validity: [3, 6], openEnded: 0, billing: 'monthly', weight: 3, ages: ELDERLY }),
  wmo('14', '14A01', 'Overige hulpmiddelen', { unit: '83', frequency: '6', volume: [250, 2500], tariffCents: 100, price: 'none', validity: [12, 36], openEnded: 0, billing: 'monthly', weight: 2, ages: ELDERLY }),
  wmo('15', '15A01', 'Beschermd wonen', { unit: '14', frequency: '2', volume: [7, 7], tariffCents: 13500, price: 'provider', validity: [12, 24], openEnded: 0.2, billing: 'monthly', weight: 1.1, ages: [18, 70] }),
  wmo('16', '16A01', 'Maatschappelijke opvang', { unit: '14', frequency: '1', volume: [1, 1], tariffCents: 9500, price: 'general', validity: [3, 6], openEnded: 0, billing: 'monthly', weight: 0.7, ages: [18, 70] }),

  jeugd('45', '45A01', 'Ambulante jeugdhulp basis', { unit: '04', frequency: '2', volume: [1, 3], tariffCents: 8200, price: 'general', validity: [3, 12], openEnded: 0, billing: 'monthly', weight: 30, ages: CHILD }),
  jeugd('45', '45A02', 'Ambulante jeugdhulp specialistisch', { unit: '04', frequency: '2', volume: [1, 4], tariffCents: 10400, price: 'general', validity: [3, 12], openEnded: 0, billing: 'monthly', weight: 18, ages: CHILD }),
  jeugd('45', '45A03', 'Gezinsbegeleiding', { unit: '04', frequency: '2', volume: [1, 4], tariffCents: 7600, price: 'general', validity: [3, 12], openEnded: 0, billing: 'monthly', weight: 8, ages: CHILD }),
  jeugd('54', '54A01', 'Jeugd-ggz behandeling', { unit: '01', frequency: '4', volume: [240, 900], tariffCents: 185, price: 'general', validity: [6, 12], openEnded: 0, billing: 'monthly', weight: 15, ages: [4, 17] }),
  jeugd('41', '41A01', 'Dagbehandeling', { unit: '16', frequency: '2', volume: [2, 6], tariffCents: 8900, price: 'general', validity: [6, 12], openEnded: 0, billing: 'monthly', weight: 5, ages: [2, 17] }),
  jeugd('42', '42A01', 'Vervoer dagbehandeling', { unit: '82', frequency: '2', volume: [4, 10], tariffCents: 2100, price: 'general', validity: [6, 12], openEnded: 0, billing: 'monthly', weight: 2, ages: [2, 17] }),
  jeugd('40', '40A01', 'Persoonlijke verzorging jeugd', { unit: '04', frequency: '2', volume: [1, 4], tariffCents: 5600, price: 'general', validity: [6, 12], openEnded: 0.05, billing: 'monthly', weight: 3, ages: CHILD }),
  jeugd('43', '43A01', 'Jeugdhulp verblijf met behandeling', { unit: '14', frequency: '4', volume: [28, 30], tariffCents: 29500, price: 'provider', validity: [3, 12], openEnded: 0, billing: 'monthly', weight: 2.5, ages: [6, 17] }),
  jeugd('44', '44A01', 'Pleegzorg', { unit: '14', frequency: '1', volume: [1, 1], tariffCents: 5200, price: 'general', validity: [6, 12], openEnded: 0.1, billing: 'monthly', weight: 4, ages: CHILD }),
  jeugd('46', '46A01', 'Crisishulp ambulant', { unit: '04', frequency: '6', volume: [8, 40], tariffCents: 11500, price: 'general', validity: [1, 2], openEnded: 0, billing: 'monthly', weight: 3, ages: CHILD }),
  jeugd('47', '47A01', 'Jeugdreclassering', { unit: '84', frequency: '4', volume: [1, 1], tariffCents: 165000, price: 'general', validity: [6, 12], openEnded: 0, billing: 'monthly', weight: 1.5, ages: [12, 17] }),
  jeugd('48', '48A01', 'Ondertoezichtstelling', { unit: '14', frequency: '1', volume: [1, 1], tariffCents: 5400, price: 'general', validity: [12, 12], openEnded: 0, billing: 'monthly', weight: 2.5, ages: CHILD }),
  jeugd('50', '50A01', 'Maatwerkarrangement jeugd', { unit: '84', frequency: '4', volume: [1, 1], tariffCents: 150000, price: 'provider', validity: [3, 9], openEnded: 0, billing: 'monthly', weight: 2, ages: CHILD }),
  jeugd('55', '55A01', 'Landelijk ingekochte zorg', { unit: '83', frequency: '6', volume: [5000, 40000], budget: true, tariffCents: 100, price: 'none', validity: [6, 12], openEnded: 0, billing: 'monthly', weight: 0.7, ages: CHILD }),

  { pillar: 'participatie', category: 'LO', code: 'LO01', name: 'Bijstand levensonderhoud alleenstaande', unit: '83', frequency: '4', volume: [700, 1300], tariffCents: 100, price: 'none', validity: [12, 36], openEnded: 0.7, billing: 'monthly', weight: 45, ages: [18, 66] },
  { pillar: 'participatie', category: 'LO', code: 'LO02', name: 'Bijstand levensonderhoud gezin', unit: '83', frequency: '4', volume: [900, 1600], tariffCents: 100, price: 'none', validity: [12, 36], openEnded: 0.7, billing: 'monthly', weight: 25, ages: [18, 66] },
  { pillar: 'participatie', category: 'BB', code: 'BB01', name: 'Bijzondere bijstand', unit: '83', frequency: '6', volume: [150, 1500], tariffCents: 100, price: 'none', validity: [1, 12], openEnded: 0, billing: 'start', weight: 8, ages: [18, 66] },
  { pillar: 'participatie', category: 'RI', code: 'RI01', name: 'Re-integratietraject', unit: '82', frequency: '6', volume: [1, 1], tariffCents: 220000, price: 'general', validity: [6, 12], openEnded: 0, billing: 'end', weight: 12, ages: [18, 64] },
  { pillar: 'participatie', category: 'LK', code: 'LK01', name: 'Loonkostensubsidie', unit: '83', frequency: '4', volume: [400, 1000], tariffCents: 100, price: 'none', validity: [12, 24], openEnded: 0, billing: 'monthly', weight: 5, ages: [18, 64] },

  { pillar: 'schuldhulp', category: 'SH', code: 'SH01', name: 'Schuldhulpverleningstraject', unit: '82', frequency: '6', volume: [1, 1], tariffCents: 185000, price: 'row', validity: [12, 18], openEnded: 0, billing: 'end', weight: 45, ages: [18, 80] },
  { pillar: 'schuldhulp', category: 'SH', code: 'SH02', name: 'Stabilisatie en budgetcoaching', unit: '84', frequency: '4', volume: [1, 2], tariffCents: 9500, price: 'row', validity: [6, 12], openEnded: 0, billing: 'monthly', weight: 25, ages: [18, 80] },
  { pillar: 'schuldhulp', category: 'BW', code: 'BW01', name: 'Beschermingsbewind (bijzondere bijstand)', unit: '83', frequency: '4', volume: [105, 135], tariffCents: 100, price: 'none', validity: [12, 36], openEnded: 0.6, billing: 'monthly', weight: 30, ages: [18, 90] },

  { pillar: 'onderwijs', category: 'LV', code: 'LV01', name: 'Leerlingenvervoer aangepast (taxi)', unit: '82', frequency: '2', volume: [8, 10], tariffCents: 1450, price: 'row', validity: [12, 12], schoolYear: true, openEnded: 0, billing: 'monthly', weight: 60, ages: [4, 17] },
  { pillar: 'onderwijs', category: 'LV', code: 'LV02', name: 'Vergoeding eigen vervoer', unit: '83', frequency: '6', volume: [800, 2400], budget: true, tariffCents: 100, price: 'none', validity: [12, 12], schoolYear: true, openEnded: 0, billing: 'monthly', weight: 25, ages: [4, 17] },
  { pillar: 'onderwijs', category: 'LV', code: 'LV03', name: 'Begeleiding openbaar vervoer', unit: '84', frequency: '2', volume: [2, 5], tariffCents: 3800, price: 'general', validity: [12, 12], schoolYear: true, openEnded: 0, billing: 'monthly', weight: 15, ages: [8, 17] },
];

export const PRODUCTS_BY_PILLAR: Readonly<Record<Pillar, readonly Product[]>> = {
  wmo: PRODUCTS.filter((p) => p.pillar === 'wmo'),
  jeugd: PRODUCTS.filter((p) => p.pillar === 'jeugd'),
  participatie: PRODUCTS.filter((p) => p.pillar === 'participatie'),
  schuldhulp: PRODUCTS.filter((p) => p.pillar === 'schuldhulp'),
  onderwijs: PRODUCTS.filter((p) => p.pillar === 'onderwijs'),
};

export const PRODUCT_INDEX: ReadonlyMap<Product, number> = new Map(PRODUCTS.map((p, i) => [p, i]));

/** Pillars whose services arrive as iWmo/iJw messages; the others come from the case system's CSV. */
export const ISTANDAARD_PILLARS = ['wmo', 'jeugd'] as const;
export type IstandaardPillar = (typeof ISTANDAARD_PILLARS)[number];
export const isIstandaard = (pillar: Pillar): pillar is IstandaardPillar => pillar === 'wmo' || pillar === 'jeugd';

/**
 * Budget lines: the large product categories have their own line, the rest of a pillar falls on
 * the pillar's line (empty category), as a municipality's programme budget is laid out.
 * `factor`: budget against last year's realised cost plus 3 % growth; youth care is budgeted
 * structurally short, as in Maastricht (2019: € 41.4m spent against € 33.6m budgeted).
 */
export const BUDGET_LINES: readonly { budgetLine: string; name: string; pillar: Pillar; productCategory: string }[] = [
  { budgetLine: 'WMO-01', name: 'Hulp bij het huishouden', pillar: 'wmo', productCategory: '01' },
  { budgetLine: 'WMO-02', name: 'Begeleiding', pillar: 'wmo', productCategory: '02' },
  { budgetLine: 'WMO-07', name: 'Dagbesteding', pillar: 'wmo', productCategory: '07' },
  { budgetLine: 'WMO-15', name: 'Beschermd wonen', pillar: 'wmo', productCategory: '15' },
  { budgetLine: 'WMO', name: 'Wmo overige voorzieningen', pillar: 'wmo', productCategory: '' },
  { budgetLine: 'JW-45', name: 'Jeugdhulp ambulant', pillar: 'jeugd', productCategory: '45' },
  { budgetLine: 'JW-54', name: 'Jeugd-ggz', pillar: 'jeugd', productCategory: '54' },
  { budgetLine: 'JW-43', name: 'Jeugdhulp verblijf', pillar: 'jeugd', productCategory: '43' },
  { budgetLine: 'JW', name: 'Jeugdhulp overig', pillar: 'jeugd', productCategory: '' },
  { budgetLine: 'PW-LO', name: 'Bijstand levensonderhoud', pillar: 'participatie', productCategory: 'LO' },
  { budgetLine: 'PW-RI', name: 'Re-integratie', pillar: 'participatie', productCategory: 'RI' },
  { budgetLine: 'PW', name: 'Participatie overig', pillar: 'participatie', productCategory: '' },
  { budgetLine: 'SHV', name: 'Schuldhulpverlening', pillar: 'schuldhulp', productCategory: '' },
  { budgetLine: 'OND-LV', name: 'Leerlingenvervoer', pillar: 'onderwijs', productCategory: '' },
];

export const BUDGET_FACTOR: Readonly<Record<Pillar, number>> = { wmo: 0.97, jeugd: 0.85, participatie: 1, schuldhulp: 1.05, onderwijs: 0.98 };

/** Yearly price indexation: earlier years' tariffs are this year's divided by it per year. */
export const TARIFF_INDEXATION = 1.035;

/** iWmo and iJw `RedenBeeindiging`: the same words, different codes (basisschema.xsd). */
export const STOP_REASONS = {
  wmo: { planned: '19', byClient: '21', byProvider: '22', agreed: '23', died: '02', moved: '31', switched: '38' },
  jeugd: { planned: '31', byClient: '32', byProvider: '33', agreed: '34', died: '02', moved: '35', switched: '38' },
} as const;

export const FIRST_NAMES_FEMALE = ['Anna', 'Maria', 'Sophie', 'Emma', 'Julia', 'Lotte', 'Sanne', 'Fleur', 'Noor', 'Lieke', 'Ingrid', 'Petra', 'Monique', 'Yvonne', 'Anouk', 'Chantal', 'Fatima', 'Samira', 'Özlem', 'Elif', 'Joke', 'Truus', 'Annie', 'Wilhelmina', 'Gerda', 'Mieke', 'Ilse', 'Esther', 'Nadia', 'Kim'] as const;
export const FIRST_NAMES_MALE = ['Jan', 'Pieter', 'Thijs', 'Daan', 'Sem', 'Lucas', 'Luuk', 'Bram', 'Jeroen', 'Mark', 'Sjef', 'Harrie', 'Jo', 'Huub', 'Twan', 'Mohamed', 'Youssef', 'Mehmet', 'Emre', 'Kevin', 'Wim', 'Gerrit', 'Kees', 'Henk', 'Ruud', 'Stefan', 'Rik', 'Milan', 'Noah', 'Finn'] as const;
export const SURNAMES: readonly (readonly [string, string])[] = [
  ['', 'Jansen'], ['de', 'Jong'], ['de', 'Vries'], ['van den', 'Berg'], ['van', 'Dijk'], ['', 'Bakker'], ['', 'Janssen'], ['', 'Visser'],
  ['', 'Smit'], ['', 'Meijer'], ['de', 'Boer'], ['', 'Mulder'], ['de', 'Groot'], ['', 'Bos'], ['', 'Vos'], ['', 'Peters'],
  ['', 'Hendriks'], ['van', 'Leeuwen'], ['', 'Dekker'], ['', 'Brouwer'], ['de', 'Wit'], ['', 'Dijkstra'], ['', 'Smits'], ['de', 'Graaf'],
  ['van der', 'Meer'], ['', 'Hermans'], ['', 'Custers'], ['', 'Huntjens'], ['', 'Lemmens'], ['', 'Ramakers'], ['', 'Schreurs'], ['', 'Vliegen'],
  ['', 'Bemelmans'], ['', 'Hendrikx'], ['', 'Wolfs'], ['', 'Coenen'], ['', 'Claessens'], ['', 'Willems'], ['', 'Frijns'], ['', 'Lenssen'],
  ['', 'Yılmaz'], ['El', 'Amrani'], ['', 'Öztürk'], ['', 'Bouzid'], ['', 'Kaya'], ['', 'Nowak'], ['', 'Rossi'], ['', 'Pinas'],
];
/** Streets of Demodam (at most 24 characters: `LDT_Straatnaam`). */
export const STREETS = [
  'Dorpsstraat', 'Kerkstraat', 'Molenweg', 'Maaskade', 'Stationsplein', 'Lindenlaan', 'Beukenlaan', 'Kastanjeplein',
  'Schoolstraat', 'Veldweg', 'Akkerstraat', 'Wilhelminastraat', 'Julianalaan', 'Oranjeplein', 'Havenstraat', 'Vrijthof',
  'Brugstraat', 'Hoogbrugstraat', 'Boschstraat', 'Tongerseweg', 'Meerssenerweg', 'Heerderweg', 'Scharnerweg', 'Akersteenweg',
  'Populierenweg', 'Eikenlaan', 'Wilgenstraat', 'Berkenhof', 'Esdoornlaan', 'Iepenstraat', 'Kapelaanstraat', 'Pastoorsweg',
] as const;
export const PLACE = 'Demodam';

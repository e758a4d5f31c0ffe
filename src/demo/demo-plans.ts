import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/client.js';
import { planDocumentSchema, type PlanDocumentInput } from '../plans/domain/plan-document.js';
import type { PlanStatus } from '../plans/domain/statuses.js';
import type { Frequency, FundingStream } from '../plans/domain/vocabulary.js';
import { plans } from '../plans/plans.schema.js';
import { assertNoBsn } from '../plans/plans.service.js';
import { users } from '../users/users.schema.js';
import { refreshPlanKba } from '../dashboard/plan-kba.js';

/**
 * Demo plans: the cases of the Maastricht interim evaluation (seed 002, Bijlage 1) and the
 * Maatpact report (seed 003), retold as maatwerkcanvassen of the demo municipalities. Client
 * numbers only, never names; costs priced from the national reference price list
 * (src/library/reference/price-list.csv) or entered by hand as a maatwerker would.
 */

type CostLineInput = NonNullable<NonNullable<PlanDocumentInput['scenarios']>['plan']>['lines'][number];
type LegalBaseInput = NonNullable<PlanDocumentInput['legalBases']>[number];

export interface PriceItem {
  name: string;
  unitPriceCents: number;
  frequency: Frequency;
  fundingStream: FundingStream;
}

/** The rows of price-list.csv these plans use: code, name, price in cents, default frequency and stream. */
export const DEMO_PRICE_ITEMS = {
  'PL-001': { name: 'Bijstandsuitkering alleenstaande', unitPriceCents: 136_900, frequency: 'month', fundingStream: 'participatiewet' },
  'PL-002': { name: 'Bijstandsuitkering gehuwden of samenwonenden', unitPriceCents: 195_600, frequency: 'month', fundingStream: 'participatiewet' },
  'PL-004': { name: 'Maatschappelijke kosten problematische schulden per huishouden', unitPriceCents: 1_160_000, frequency: 'year', fundingStream: 'overig' },
  'PL-005': { name: 'Beschermingsbewind (professioneel)', unitPriceCents: 159_720, frequency: 'year', fundingStream: 'bijzondere-bijstand' },
  'PL-007': { name: 'Huisuitzetting - kosten verhuurder', unitPriceCents: 750_000, frequency: 'once', fundingStream: 'woningcorporatie' },
  'PL-008': { name: 'Maatschappelijke opvang (plaats)', unitPriceCents: 2_800_000, frequency: 'year', fundingStream: 'wmo' },
  'PL-013': { name: 'Jeugdhulp met 24-uursverblijf (GGZ)', unitPriceCents: 19_600, frequency: 'day', fundingStream: 'jeugdwet' },
  'PL-015': { name: 'JeugdzorgPlus (gesloten jeugdzorg)', unitPriceCents: 20_000_000, frequency: 'year', fundingStream: 'jeugdwet' },
  'PL-017': { name: 'Pleegzorg inclusief begeleiding', unitPriceCents: 2_000_000, frequency: 'year', fundingStream: 'jeugdwet' },
  'PL-018': { name: 'Ambulante jeugdhulp (hbo)', unitPriceCents: 7_800, frequency: 'week', fundingStream: 'jeugdwet' },
  'PL-019': { name: 'Ambulante jeugdhulp (mbo)', unitPriceCents: 5_100, frequency: 'week', fundingStream: 'jeugdwet' },
  'PL-020': { name: 'Jeugd-GGZ behandeling', unitPriceCents: 10_350, frequency: 'week', fundingStream: 'jeugdwet' },
  'PL-021': { name: 'Dagbehandeling jeugd', unitPriceCents: 7_160, frequency: 'week', fundingStream: 'jeugdwet' },
  'PL-023': { name: 'Begeleiding individueel (basis)', unitPriceCents: 6_090, frequency: 'week', fundingStream: 'wmo' },
  'PL-024': { name: 'Begeleiding individueel (specialistisch)', unitPriceCents: 7_950, frequency: 'week', fundingStream: 'wmo' },
  'PL-027': { name: 'Logeeropvang en respijtzorg', unitPriceCents: 22_950, frequency: 'month', fundingStream: 'wmo' },
  'PL-028': { name: 'Verhuiskostenvergoeding Wmo', unitPriceCents: 247_500, frequency: 'once', fundingStream: 'wmo' },
  'PL-031': { name: 'Jeugddetentie', unitPriceCents: 54_700, frequency: 'day', fundingStream: 'justitie' },
  'PL-032': { name: 'Leerlingenvervoer (gemiddeld per leerling)', unitPriceCents: 397_800, frequency: 'year', fundingStream: 'onderwijs' },
} as const satisfies Record<string, PriceItem>;

export type DemoPriceCode = keyof typeof DEMO_PRICE_ITEMS;

/** The rows of legal-bases.csv these plans cite. */
export const DEMO_LEGAL_BASES = {
  'LB-WMO-2.3.5': { regulation: 'Wet maatschappelijke ondersteuning 2015', article: '2.3.5', bwbId: 'BWBR0035362' },
  'LB-WMO-2.3.6': { regulation: 'Wet maatschappelijke ondersteuning 2015', article: '2.3.6', bwbId: 'BWBR0035362' },
  'LB-JW-2.3': { regulation: 'Jeugdwet', article: '2.3', bwbId: 'BWBR0034925' },
  'LB-JW-2.4': { regulation: 'Jeugdwet', article: '2.4', bwbId: 'BWBR0034925' },
  'LB-PW-35': { regulation: 'Participatiewet', article: '35', bwbId: 'BWBR0015703' },
  'LB-PW-48': { regulation: 'Participatiewet', article: '48', bwbId: 'BWBR0015703' },
  'LB-AWB-3:4': { regulation: 'Algemene wet bestuursrecht', article: '3:4', bwbId: 'BWBR0005537' },
  'LB-AWB-4:84': { regulation: 'Algemene wet bestuursrecht', article: '4:84', bwbId: 'BWBR0005537' },
  'LB-WGS-3': { regulation: 'Wet gemeentelijke schuldhulpverlening', article: '3', bwbId: 'BWBR0031331' },
  'LB-WGS-4': { regulation: 'Wet gemeentelijke schuldhulpverlening', article: '4', bwbId: 'BWBR0031331' },
  'LB-WPO-4': { regulation: 'Wet op het primair onderwijs', article: '4', bwbId: 'BWBR0003420' },
  'LB-WW-44': { regulation: 'Woningwet', article: '44', bwbId: 'BWBR0005181' },
  'LB-HVW-12': { regulation: 'Huisvestingswet 2014', article: '12', bwbId: 'BWBR0035303' },
  'LB-ZVW-11': { regulation: 'Zorgverzekeringswet', article: '11', bwbId: 'BWBR0018450' },
  'LB-GW-160': { regulation: 'Gemeentewet', article: '160', bwbId: 'BWBR0005416' },
  'LB-BW1-431': { regulation: 'Burgerlijk Wetboek Boek 1', article: '1:431', bwbId: 'BWBR0002656' },
  'LB-LOKAAL-HARDHEID': { regulation: 'Lokale verordening (hardheidsclausule)', article: '', bwbId: undefined },
} as const satisfies Record<string, { regulation: string; article: string; bwbId: string | undefined }>;

type Placement = { startMonth?: number; months?: number; vat?: boolean; fundingStream?: FundingStream };

/** A line priced from the reference price list: its code, its exact unit price and its frequency. */
function priced(code: DemoPriceCode, quantity: number, description?: string, placement: Placement = {}): CostLineInput {
  const item: PriceItem = DEMO_PRICE_ITEMS[code];
  return {
    description: description ?? item.name,
    priceItemCode: code,
    fundingStream: placement.fundingStream ?? item.fundingStream,
    unitPriceCents: item.unitPriceCents,
    quantity,
    frequency: item.frequency,
    ...(placement.startMonth !== undefined ? { startMonth: placement.startMonth } : {}),
    ...(placement.months !== undefined ? { months: placement.months } : {}),
    ...(placement.vat !== undefined ? { vat: placement.vat } : {}),
  };
}

/** A line entered by hand, as a maatwerker does for what the price list does not hold. */
function manual(
  description: string,
  fundingStream: FundingStream,
  unitPriceCents: number,
  quantity: number,
  frequency: Frequency,
  placement: Omit<Placement, 'fundingStream'> = {},
): CostLineInput {
  return { description, fundingStream, unitPriceCents, quantity, frequency, ...placement };
}

function legal(code: keyof typeof DEMO_LEGAL_BASES, motivation: string): LegalBaseInput {
  const { regulation, article, bwbId } = DEMO_LEGAL_BASES[code];
  return { regulation, article, ...(bwbId ? { bwbId } : {}), motivation };
}

export interface DemoPlan {
  tenantId: 'demo' | 'demo2';
  authorEmail: string;
  /** Where the plan ends up; demo-workflow.ts takes it there through the real workflow. */
  status: PlanStatus;
  /** Created this many days before seeding, so lists and dashboards have a history. */
  daysAgo: number;
  document: PlanDocumentInput;
}

/** Case 1 of seed 002: mother and daughter, a mother-child house. Huidig € 20.000, dreigend € 90.000, maatwerk € 63.000. */
export const MOTHER_CHILD_HOUSE: PlanDocumentInput = {
  caseNumber: '2026-001',
  clientNumber: 'C-104241',
  household: { adults: 1, children: 1 },
  lifeSatisfaction: 3,
  domains: ['housing', 'safety', 'addiction', 'mental-health', 'parenting'],
  situation:
    'Moeder is ex-drugsverslaafd en heeft een dochter van 8. Na tien jaar clean te zijn geweest kreeg ze anderhalf jaar geleden een terugval; ze meldde zich bij de verslavingszorg en werd enkele maanden opgenomen. Haar dochter verbleef die tijd in een netwerkgezin.\n' +
    'Terug thuis oefent de drugsdealer druk op haar uit: ze moet dozen in huis bewaren waarvan ze de inhoud niet kent, en sinds kort eist hij dat ze zich gaat prostitueren. Door die druk is ze opnieuw gaan gebruiken. Een paar maanden geleden drong de dealer met handlangers het huis binnen, gebruikte geweld en vernielde de inboedel, terwijl haar dochter thuis was. Moeder deed aangifte; de mannen zijn aangehouden.\n' +
    'Op zolder bleek een hennepplantage te zitten. De woningcorporatie sluit de woning en wil de huurovereenkomst ontbinden. Door het Damoclesbeleid mag moeder vijf jaar niet huren bij een woningcorporatie. Nergens is plek. Moeder zit er volledig doorheen en doet suïcidale uitspraken; ze is niet meer in staat voor zichzelf te zorgen, laat staan voor haar dochter. Op korte termijn staan moeder en dochter op straat.',
  perspective:
    'Een veilige woonplek voor moeder, liefst buiten de stad, waar ze kan wonen met haar dochter of waar haar dochter op bezoek kan komen. Voorkeur is een plek voor begeleid wonen voor moeder en dochter samen.',
  breakthrough:
    'Moeder kan terecht in een moeder-kindhuis in de regio. Het huis heeft plek, maar geen contract met de gemeente: de plek wordt betaald op basis van een maatwerkafspraak uit het maatwerkbudget en een persoonsgebonden budget voor begeleid wonen. De verslavingszorg blijft betrokken voor de behandeling van moeder. Er zijn acties uitgezet om de huurontbinding te voorkomen.',
  selfActions: [
    { description: 'Blijft clean en gaat elke week naar de lotgenotengroep.', owner: 'moeder' },
    { description: 'Bezoekt het moeder-kindhuis en kiest zelf de verhuisdatum.', owner: 'moeder' },
    { description: 'Vangt de dochter in de weekenden op tot de verhuizing.', owner: 'netwerkgezin' },
  ],
  support: [
    { description: 'Maatwerkafspraak met het moeder-kindhuis sluiten en de indicatie begeleid wonen (pgb) regelen.', owner: 'maatwerker' },
    { description: 'Met de woningcorporatie afspreken hoe huurontbinding en een nieuwe schuld worden voorkomen.', owner: 'consulent' },
    { description: 'Bewindvoering voortzetten; vaste lasten doorbetalen.', owner: 'bewindvoerder' },
    { description: 'Veiligheidsplan met politie en Veilig Thuis.', owner: 'Veiligheidshuis' },
  ],
  treatment: [
    { description: 'Ambulante verslavingsbehandeling, één sessie per week.', owner: 'verslavingszorg' },
    { description: 'Traumabehandeling voor moeder na het geweld.', owner: 'GGZ-instelling' },
    { description: 'Ambulante jeugdhulp voor de dochter, één uur per week.', owner: 'jeugdhulpaanbieder' },
  ],
  horizonMonths: 12,
  scenarios: {
    current: {
      lines: [
        priced('PL-024', 2, 'Specialistische begeleiding moeder, 2 uur per week'),
        priced('PL-019', 1, 'Ambulante jeugdhulp dochter, 1 uur per week'),
        priced('PL-005', 1, 'Beschermingsbewind'),
        manual('Ambulante verslavingsbehandeling, één sessie per week', 'zvw', 14_390, 1, 'week'),
      ],
    },
    threatened: {
      probability: 1,
      lines: [
        priced('PL-008', 1, 'Maatschappelijke opvang moeder'),
        priced('PL-017', 1, 'Pleegzorg voor de dochter'),
        priced('PL-007', 1, 'Ontruiming en herstel van de woning'),
        manual('Klinische opname verslavingszorg moeder, drie maanden', 'zvw', 1_150_000, 1, 'month', { months: 3 }),
      ],
    },
    plan: {
      name: 'Moeder-kindhuis in de regio',
      lines: [
        manual('Moeder-kindhuis: verblijf moeder en dochter (maatwerkafspraak, geen contract)', 'maatwerkbudget', 250_000, 1, 'month', { vat: true }),
        priced('PL-024', 5, 'Begeleid wonen moeder (pgb), 5 uur per week'),
        priced('PL-005', 1, 'Beschermingsbewind'),
        manual('Ambulante verslavingsbehandeling, één sessie per week', 'zvw', 14_390, 1, 'week'),
        priced('PL-019', 1, 'Ambulante jeugdhulp dochter, 1 uur per week'),
        manual('Verhuizing naar het moeder-kindhuis', 'bijzondere-bijstand', 59_800, 1, 'once'),
      ],
    },
    alternatives: [],
  },
  legalBases: [
    legal('LB-WMO-2.3.5', 'Opvang en begeleid wonen zijn maatwerkvoorzieningen; eigen kracht en netwerk schieten tekort nu moeder en dochter dakloos dreigen te raken.'),
    legal('LB-WMO-2.3.6', 'Het moeder-kindhuis heeft geen contract met de gemeente; met een persoonsgebonden budget kan moeder de begeleiding daar toch inkopen.'),
    legal('LB-PW-35', 'De verhuizing naar het moeder-kindhuis is een noodzakelijke kost die voortvloeit uit bijzondere omstandigheden: het geweld en de sluiting van de woning.'),
    legal('LB-AWB-4:84', 'Het Damoclesbeleid sluit moeder vijf jaar uit van sociale huur. Onverkort toepassen heeft voor moeder en dochter onevenredige gevolgen; daarom wijken we voor de woonplek af.'),
  ],
  involvement: {
    householdAgrees: true,
    householdView: '"Ik wil gewoon een veilige plek waar mijn dochter weer bij me kan zijn. Niet terug naar dat huis." Moeder heeft het moeder-kindhuis zelf bezocht en wil daar wonen.',
    network: 'Het netwerkgezin vangt de dochter op en blijft betrokken. Een vriendin uit de lotgenotengroep helpt bij de verhuizing.',
    professionals: [
      { organisation: 'Veilig Thuis', role: 'melding en veiligheidsplan', agrees: true },
      { organisation: 'Verslavingszorg (GGZ)', role: 'behandelaar moeder', agrees: true },
      { organisation: 'Bewindvoerder', role: 'beschermingsbewind', agrees: true },
      { organisation: 'Moeder-kindhuis in de regio', role: 'biedt de woonplek en begeleiding', agrees: true },
      { organisation: 'Jeugdhulpaanbieder (pleegzorg)', role: 'begeleiding dochter en netwerkgezin', agrees: true },
      { organisation: 'Crisisdienst', role: 'crisisopvang moeder', agrees: true },
      { organisation: 'Veiligheidshuis', role: 'regie op de veiligheid', agrees: true },
      { organisation: 'Woningcorporatie', role: 'verhuurder; ontbinding huurovereenkomst' },
      { organisation: 'Vrouwenopvang', role: 'geen plek: niet acuut genoeg', agrees: false },
    ],
  },
  bottlenecks: [
    {
      description: 'Het Damoclesbeleid sluit moeder vijf jaar uit van huren bij een woningcorporatie. Dat maakt de uitvoering van de Jeugdwet moeilijk: moeder en dochter kunnen nergens samen wonen.',
      rule: 'Damoclesbeleid (sluiting na hennepvondst)',
      level: 'local',
      theme: 'housing',
    },
    {
      description: 'Inkoopafspraken en doelgroepen van de opvangvoorzieningen sluiten niet op elkaar aan: de ene voorziening neemt een gezin pas op bij acuut gevaar, de andere pas als er geen gevaar meer is. Mensen vallen tussen wal en schip.',
      rule: 'Inkoopafspraken en toelatingscriteria opvang',
      level: 'regional',
      theme: 'safety',
    },
    {
      description: 'Een aanbieder zonder contract met de gemeente is alleen via een pgb of het maatwerkbudget in te zetten; veel partijen werken vanuit hun eigen smalle opdracht.',
      rule: 'Contractering Wmo en Jeugdwet',
      level: 'local',
      theme: 'care',
    },
  ],
};

export const DEMO_PLANS: DemoPlan[] = [
  {
    tenantId: 'demo',
    authorEmail: 'consulent@demodam.example',
    status: 'in_progress',
    daysAgo: 260,
    document: MOTHER_CHILD_HOUSE,
  },
  {
    tenantId: 'demo',
    authorEmail: 'maatwerker2@demodam.example',
    status: 'approved',
    daysAgo: 96,
    document: {
      caseNumber: '2026-002',
      clientNumber: 'C-104242',
      household: { adults: 1, children: 6 },
      lifeSatisfaction: 4,
      domains: ['housing', 'safety', 'parenting', 'income'],
      situation:
        'Moeder verblijft voor haar veiligheid al ruim een jaar in de vrouwenopvang; ze is slachtoffer van huiselijk geweld. Haar zes kinderen zijn dit najaar bij haar geplaatst. Hun tijdelijke woonruimte telt twee slaapkamers: te klein voor zeven personen. Bovendien bezet het gezin een plek die iemand anders nog harder nodig heeft.\n' +
        'Zodra haar veiligheid het toeliet, is moeder ingeschreven bij het samenwerkingsverband voor urgente huisvesting. Door de gezinsgrootte begon dat traject pas acht maanden na de aanmelding, en ze kreeg te horen dat het minimaal een jaar kan duren om passende woonruimte te vinden. Een tijdelijke woning in de particuliere sector of een vakantiewoning is op korte termijn ook niet te vinden.',
      perspective: 'Een veilige woonplek met genoeg ruimte voor het hele gezin. Moeder: "Dat de kinderen weer gewoon vanuit hun eigen huis naar school gaan."',
      breakthrough:
        'De druk opvoeren bij de betrokken partijen: de casus komt bovenaan de aanvraagstapel van de woningcorporatie, die een gezinswoning met zes slaapkamers aanbiedt. De huur is te hoog voor moeder; via de bijzondere bijstand wordt het verschil van 74 euro per maand bijbetaald, en eenmalig 1.354,33 euro voor de stoffering.',
      selfActions: [
        { description: 'Bekijkt de woning met de oudste kinderen en tekent het huurcontract.', owner: 'moeder' },
        { description: 'Helpt met schilderen en de verhuizing.', owner: 'broer van moeder en buren uit de kerk' },
      ],
      support: [
        { description: 'Casus opschalen bij de woningcorporatie; voorrang voor een gezinswoning.', owner: 'maatwerker' },
        { description: 'Bijzondere bijstand voor huurverschil en stoffering aanvragen en toekennen.', owner: 'consulent' },
        { description: 'Ambulante gezinsbegeleiding bij het wennen in de nieuwe wijk.', owner: 'jeugdhulpaanbieder' },
      ],
      treatment: [{ description: 'Traumabehandeling voor de twee oudste kinderen.', owner: 'jeugd-GGZ' }],
      horizonMonths: 12,
      scenarios: {
        current: {
          lines: [
            priced('PL-008', 3, 'Vrouwenopvang: gezinsplek (drie plaatsen)'),
            priced('PL-018', 4, 'Ambulante gezinsbegeleiding, 4 uur per week'),
            priced('PL-001', 1, 'Bijstandsuitkering (alleenstaande ouder)'),
          ],
        },
        threatened: {
          probability: 0.7,
          lines: [
            priced('PL-008', 3, 'Vrouwenopvang: nog minstens een jaar (drie plaatsen)'),
            priced('PL-017', 2, 'Pleegzorg voor twee kinderen: het gezin valt uiteen door de spanning in de opvang', { startMonth: 3 }),
            priced('PL-018', 6, 'Ambulante gezinsbegeleiding, 6 uur per week'),
            priced('PL-001', 1, 'Bijstandsuitkering (alleenstaande ouder)'),
          ],
        },
        plan: {
          name: 'Gezinswoning met bijbetaling huur',
          lines: [
            manual('Bijbetaling huurverschil', 'bijzondere-bijstand', 7_400, 1, 'month', { startMonth: 1 }),
            manual('Stoffering van de woning', 'bijzondere-bijstand', 135_433, 1, 'once', { startMonth: 1 }),
            priced('PL-028', 1, 'Verhuiskostenvergoeding', { startMonth: 1 }),
            priced('PL-008', 3, 'Vrouwenopvang tot de verhuizing', { months: 1 }),
            priced('PL-018', 2, 'Ambulante gezinsbegeleiding, 2 uur per week'),
            priced('PL-001', 1, 'Bijstandsuitkering (alleenstaande ouder)'),
          ],
        },
        alternatives: [
          {
            name: 'Tijdelijke vakantiewoning',
            lines: [
              manual('Huur vakantiewoning, zes maanden', 'maatwerkbudget', 165_000, 1, 'month', { startMonth: 1, months: 6, vat: true }),
              priced('PL-008', 3, 'Vrouwenopvang tot de verhuizing', { months: 1 }),
              priced('PL-028', 2, 'Verhuiskostenvergoeding (twee verhuizingen)'),
              priced('PL-018', 3, 'Ambulante gezinsbegeleiding, 3 uur per week'),
              priced('PL-001', 1, 'Bijstandsuitkering (alleenstaande ouder)'),
            ],
          },
        ],
      },
      legalBases: [
        legal('LB-PW-35', 'Het huurverschil en de stoffering zijn noodzakelijke kosten die voortvloeien uit de vlucht voor huiselijk geweld en de gezinsgrootte.'),
        legal('LB-HVW-12', 'Het gezin komt met voorrang in aanmerking: de vrouwenopvang is geen plek om met zeven personen te wonen.'),
        legal('LB-WW-44', 'In de prestatieafspraken met de corporatie zijn woningen voor uitstroom uit de vrouwenopvang afgesproken.'),
      ],
      involvement: {
        householdAgrees: true,
        householdView: 'Moeder wil een huis waar de kinderen niet meer op elkaars lip zitten. Ze wil zelf de huur betalen zodra ze kan werken.',
        network: 'Een broer van moeder en mensen uit de kerk helpen met schilderen en verhuizen.',
        professionals: [
          { organisation: 'Vrouwenopvang', role: 'begeleiding moeder', agrees: true },
          { organisation: 'Woningcorporatie', role: 'biedt de gezinswoning aan', agrees: true },
          { organisation: 'Urgentieloket (samenwerkingsverband huisvesting)', role: 'bemiddeling', agrees: true },
          { organisation: 'Jeugdhulpaanbieder', role: 'gezinsbegeleiding', agrees: true },
          { organisation: 'Scholen van de kinderen', role: 'intern begeleiders', agrees: true },
        ],
      },
      bottlenecks: [
        {
          description: 'Te weinig passende grote woningen, en de huur van grote woningen is te hoog voor de doelgroep. Zonder bijbetaling blijft een groot gezin maanden in de opvang.',
          rule: 'Passend toewijzen en huurgrenzen',
          level: 'national',
          theme: 'housing',
        },
        {
          description: 'De stukken voor inschrijving bij het urgentieloket zijn moeilijk te verzamelen voor vrouwen die gevlucht zijn voor een gewelddadige ex-partner.',
          rule: 'Administratieve eisen urgentieloket',
          level: 'local',
          theme: 'housing',
        },
        {
          description: 'Aanmeldingen voor urgente huisvesting worden vanuit de opvang niet altijd tijdig gedaan; het convenant is niet duidelijk.',
          rule: 'Convenant uitstroom vrouwenopvang',
          level: 'regional',
          theme: 'housing',
        },
      ],
    },
  },
  {
    tenantId: 'demo',
    authorEmail: 'maatwerker3@demodam.example',
    status: 'monitoring',
    daysAgo: 300,
    document: {
      caseNumber: '2026-003',
      clientNumber: 'C-104243',
      household: { adults: 2, children: 7 },
      lifeSatisfaction: 5,
      domains: ['housing', 'youth', 'care', 'parenting', 'mental-health'],
      situation:
        'Vader en moeder hebben zeven kinderen. Vader zorgt voor het inkomen, moeder is thuis voor de kinderen en runt het huishouden; het grootste deel van de opvoeding en verzorging komt op haar neer. Drie kinderen hebben extra zorg nodig: een zoon heeft het syndroom van Down, twee zoons hebben een autismespectrumstoornis, en de oudste van hen heeft daarnaast meerdere diagnoses. Alle drie wonen thuis en willen dat graag blijven doen.\n' +
        'De oudste is uitbehandeld in de jeugd-GGZ en kreeg het advies gesloten jeugdzorg. Een maatwerkplek bij een zorgaanbieder, deels residentieel en deels thuis, gaf na twee jaar te weinig vooruitgang. Hij werd agressief naar de begeleiding omdat hij zo graag thuis wil wonen, en is teruggegaan naar huis.\n' +
        'De woning is niet geschikt voor dit grote gezin en alle specifieke behoeften: geen kind heeft een eigen plek om zich terug te trekken of te ontladen. Verhuizen naar een grotere woning kan niet: er zijn geen passende woningen, en het gezin wil het contact met de buurt niet missen. De kinderen zijn zelfredzaam in hun eigen omgeving.',
      perspective:
        'Een woonruimte die beter past bij de gezinsgrootte, zodat spanning minder lang in het gezin blijft hangen en de zorgvraag kleiner wordt. Het gezin is zelfredzaam: vader en moeder dragen er op hun eigen manier aan bij dat de kinderen binnen hun mogelijkheden meedoen in de samenleving.',
      breakthrough:
        'Een aanpassing van de woonruimte zodat de kinderen zich kunnen terugtrekken en ontladen: een mantelzorgunit in de tuin naast de woning. Daarvoor is veel overleg nodig met de afdeling vergunningen en de woningcorporatie. De maatwerker geeft akkoord op het bestellen van de unit; we volgen wat de investering doet voor het gezin en voor hun zorggebruik.',
      selfActions: [
        { description: 'Richten de unit samen met de jongens in als rustige plek.', owner: 'ouders' },
        { description: 'Maken een weekrooster wie wanneer de unit gebruikt.', owner: 'gezin' },
        { description: 'Helpt bij het leggen van de tuinaansluiting.', owner: 'buurman (aannemer)' },
      ],
      support: [
        { description: 'Omgevingsvergunning en toestemming van de woningcorporatie regelen.', owner: 'maatwerker' },
        { description: 'Gezinsbegeleiding, afbouwend naar 4 uur per week.', owner: 'jeugdhulpaanbieder' },
        { description: 'Logeeropvang twee etmalen per maand als adempauze voor moeder.', owner: 'zorgaanbieder' },
      ],
      treatment: [{ description: 'Dagbehandeling voor de oudste, het eerste half jaar.', owner: 'jeugd-GGZ' }],
      horizonMonths: 24,
      scenarios: {
        current: {
          lines: [
            priced('PL-018', 6, 'Gezinsbegeleiding, 6 uur per week'),
            priced('PL-021', 4, 'Dagbehandeling oudste zoon, 4 dagdelen per week'),
            priced('PL-027', 4, 'Logeeropvang, 4 etmalen per maand'),
          ],
        },
        threatened: {
          probability: 0.6,
          lines: [
            priced('PL-015', 1, 'Gesloten jeugdzorg voor de oudste zoon', { startMonth: 3 }),
            priced('PL-018', 8, 'Gezinsbegeleiding, 8 uur per week'),
            priced('PL-027', 6, 'Logeeropvang, 6 etmalen per maand'),
            priced('PL-023', 3, 'Begeleiding moeder bij overbelasting, 3 uur per week'),
          ],
        },
        plan: {
          name: 'Mantelzorgunit in de tuin',
          lines: [
            manual('Mantelzorgunit: aanschaf en plaatsing in de tuin', 'maatwerkbudget', 3_250_000, 1, 'once', { vat: true }),
            manual('Fundering en aansluiting op de nutsvoorzieningen', 'woningcorporatie', 450_000, 1, 'once'),
            priced('PL-018', 4, 'Gezinsbegeleiding, 4 uur per week'),
            priced('PL-021', 4, 'Dagbehandeling oudste zoon, eerste half jaar', { months: 6 }),
            priced('PL-027', 2, 'Logeeropvang, 2 etmalen per maand'),
          ],
        },
        alternatives: [
          {
            name: 'Uitbouw als Wmo-woonvoorziening',
            lines: [
              manual('Uitbouw met twee prikkelarme kamers (woonvoorziening)', 'wmo', 4_800_000, 1, 'once', { vat: true }),
              priced('PL-027', 8, 'Logeeropvang tijdens de verbouwing, 8 etmalen per maand', { months: 4 }),
              priced('PL-018', 4, 'Gezinsbegeleiding, 4 uur per week'),
              priced('PL-021', 4, 'Dagbehandeling oudste zoon, eerste half jaar', { months: 6 }),
              priced('PL-027', 2, 'Logeeropvang na de verbouwing, 2 etmalen per maand', { startMonth: 4 }),
            ],
          },
        ],
      },
      legalBases: [
        legal('LB-JW-2.3', 'De unit is de voorziening die de oudste zoon thuis laat wonen; gesloten jeugdzorg is niet passend en veel duurder.'),
        legal('LB-WMO-2.3.5', 'De ouders zijn zwaar belaste mantelzorgers; de unit ondersteunt hen zodat het gezin zelfredzaam blijft.'),
        legal('LB-LOKAAL-HARDHEID', 'De verordening kent geen woonvoorziening voor een jeugdige in een gezin; strikte toepassing zou tot onbillijkheid van overwegende aard leiden.'),
      ],
      involvement: {
        householdAgrees: true,
        householdView: 'Moeder: "Als hij zijn eigen plek heeft, wordt het in huis weer rustig. We willen gewoon met z\'n allen thuis kunnen wonen."',
        network: 'De buurman is aannemer en helpt bij de aansluiting; grootouders passen een middag per week op.',
        professionals: [
          { organisation: 'Jeugdhulpaanbieder', role: 'gezinsbegeleiding', agrees: true },
          { organisation: 'Jeugd-GGZ', role: 'behandelaar oudste zoon', agrees: true },
          { organisation: 'Zorgaanbieder gehandicaptenzorg', role: 'logeeropvang', agrees: true },
          { organisation: 'Woningcorporatie', role: 'eigenaar van woning en tuin', agrees: true },
          { organisation: 'Gemeente, afdeling vergunningen', role: 'omgevingsvergunning' },
        ],
      },
      bottlenecks: [
        {
          description: 'Een mantelzorgunit in de tuin van een huurwoning vraagt veel overleg met vergunningen en de woningcorporatie; er is geen vaste route voor woningaanpassingen voor grote gezinnen met zorgintensieve kinderen.',
          rule: 'Omgevingsvergunning en huurcontract: bouwen in de tuin van een huurwoning',
          level: 'local',
          theme: 'housing',
        },
        {
          description: 'Jeugdhulp betaalt geen woonruimte en Wmo-woonvoorzieningen zijn bedoeld voor mensen met een beperking zelf: de oplossing valt tussen twee verordeningen.',
          rule: 'Verordening jeugdhulp en verordening Wmo',
          level: 'local',
          theme: 'youth',
        },
      ],
    },
  },
  {
    tenantId: 'demo',
    authorEmail: 'consulent@demodam.example',
    status: 'approved',
    daysAgo: 68,
    document: {
      caseNumber: '2026-004',
      clientNumber: 'C-104244',
      household: { adults: 1, children: 1 },
      lifeSatisfaction: 4,
      domains: ['education', 'safety', 'youth'],
      situation:
        'De zoon (12) volgt speciaal onderwijs op een school in Maasmechelen, net over de grens in België. Hij kan niet naar school omdat hij geen vervoer heeft. Zijn moeder kan hem niet brengen: om veiligheidsredenen kan en durft ze niet de straat op. Vanwege zijn eigen veiligheid kan hij niet alleen reizen. Naar een andere school gaan is geen optie: de dichtstbijzijnde passende school in de stad laat hem niet toe, omdat de ex-partner van moeder en die school overhoop liggen.\n' +
        'De verordening leerlingenvervoer kijkt naar de dichtstbijzijnde passende school, en de Nederlandse wet is niet van toepassing op een school in België. De school biedt aan het vervoer tot de grens te regelen, maar voor zijn veiligheid is dat geen optie. Sinds de zomer zit hij thuis.',
      perspective:
        'Veilig vervoer naar de school in Maasmechelen. Voor zijn ontwikkeling zijn een schoolritme, veiligheid, sociale contacten en het contact met de schoolpsycholoog belangrijk. Zoon: "Ik wil gewoon weer naar school, naar mijn vrienden."',
      breakthrough:
        'De zoon maakt toch gebruik van een taxibus van het leerlingenvervoer, maar die wordt betaald uit het maatwerkbudget. Het vervoer valt dan niet onder de verordening, maar we maken slim gebruik van de taxi\'s die al zijn ingekocht voor het leerlingenvervoer.',
      selfActions: [
        { description: 'Staat elke ochtend op tijd klaar en houdt een schriftje bij voor de chauffeur.', owner: 'zoon' },
        { description: 'Houdt contact met de schoolpsycholoog en de mentor.', owner: 'moeder' },
      ],
      support: [
        { description: 'Afspraak met de vervoerder: vaste chauffeur, ophalen aan de achterzijde van de woning.', owner: 'maatwerker' },
        { description: 'Leerplicht informeren; thuiszittersoverleg afsluiten.', owner: 'consulent' },
        { description: 'Specialistische begeleiding voor moeder, 2 uur per week.', owner: 'wijkteam' },
      ],
      treatment: [{ description: 'Gesprekken met de schoolpsycholoog op school.', owner: 'school in Maasmechelen' }],
      horizonMonths: 12,
      scenarios: {
        current: {
          lines: [
            priced('PL-018', 2, 'Ambulante jeugdhulp zoon, 2 uur per week'),
            priced('PL-024', 2, 'Specialistische begeleiding moeder, 2 uur per week'),
          ],
        },
        threatened: {
          probability: 0.8,
          lines: [
            priced('PL-021', 8, 'Dagbehandeling: thuiszitter, ontwikkeling stagneert (8 dagdelen per week)'),
            priced('PL-020', 2, 'Jeugd-GGZ behandeling, 2 uur per week'),
            priced('PL-018', 3, 'Ambulante jeugdhulp zoon, 3 uur per week'),
            priced('PL-024', 2, 'Specialistische begeleiding moeder, 2 uur per week'),
          ],
        },
        plan: {
          name: 'Taxi naar Maasmechelen',
          lines: [
            priced('PL-032', 2, 'Taxibus leerlingenvervoer naar Maasmechelen, buiten de verordening (twee keer het gemiddelde: lange rit over de grens)', {
              fundingStream: 'maatwerkbudget',
              months: 10,
            }),
            priced('PL-018', 2, 'Ambulante jeugdhulp zoon, 2 uur per week'),
            priced('PL-024', 2, 'Specialistische begeleiding moeder, 2 uur per week'),
          ],
        },
        alternatives: [
          {
            name: 'Schoolvervoer tot de grens, begeleider vanaf de grens',
            lines: [
              manual('Begeleider van huis tot de grens, twee ritten per schooldag', 'maatwerkbudget', 3_500, 10, 'week', { months: 10, vat: true }),
              priced('PL-018', 2, 'Ambulante jeugdhulp zoon, 2 uur per week'),
              priced('PL-024', 2, 'Specialistische begeleiding moeder, 2 uur per week'),
            ],
          },
        ],
      },
      legalBases: [
        legal('LB-WPO-4', 'De verordening leerlingenvervoer dekt een school over de grens niet; het vervoer wordt daarom buiten de verordening betaald, met de ingekochte taxi.'),
        legal('LB-LOKAAL-HARDHEID', 'De dichtstbijzijnde passende school laat de zoon niet toe; vasthouden aan die school zou tot onbillijkheid van overwegende aard leiden.'),
        legal('LB-AWB-3:4', 'Thuiszitten schaadt zijn ontwikkeling en kost meer dan het vervoer: de gevolgen van een weigering zouden onevenredig zijn.'),
      ],
      involvement: {
        householdAgrees: true,
        householdView: 'Moeder is opgelucht: "Als hij weer naar school gaat, kan ik ook weer ademhalen."',
        network: 'Een oom haalt de zoon op woensdagmiddag op van het overstappunt.',
        professionals: [
          { organisation: 'School voor speciaal onderwijs (Maasmechelen)', role: 'mentor en schoolpsycholoog', agrees: true },
          { organisation: 'Leerplicht', role: 'thuiszittersoverleg', agrees: true },
          { organisation: 'Vervoerder leerlingenvervoer', role: 'taxibus met vaste chauffeur', agrees: true },
          { organisation: 'Wijkteam', role: 'begeleiding moeder', agrees: true },
          { organisation: 'Politie', role: 'veiligheidsafspraken', agrees: true },
        ],
      },
      bottlenecks: [
        {
          description: 'De verordening leerlingenvervoer gaat uit van de dichtstbijzijnde passende school. Een passende school over de grens, of een school die het kind niet toelaat, past daar niet in; maatwerk is niet bekend bij medewerkers.',
          rule: 'Verordening leerlingenvervoer: dichtstbijzijnde toegankelijke school',
          level: 'local',
          theme: 'education',
        },
      ],
    },
  },
  {
    tenantId: 'demo',
    authorEmail: 'consulent@demodam.example',
    status: 'draft',
    daysAgo: 41,
    document: {
      caseNumber: '2026-005',
      clientNumber: 'C-104245',
      household: { adults: 2, children: 1 },
      lifeSatisfaction: 5,
      domains: ['debts', 'income', 'work', 'parenting'],
      situation:
        'Moeder (37) heeft een licht verstandelijke beperking en werkt in de huishoudelijke zorg. Haar partner kan door zijn handicap niet werken en ontvangt een Wajong-uitkering. Hun zoon van 2 gaat naar het kinderdagverblijf en heeft daar de nodige luiers verbruikt. Het kinderdagverblijf wil dat de kosten voor de luiers betaald worden; anders moet hij thuisblijven tot hij zindelijk is.\n' +
        'De opvang is essentieel voor zijn ontwikkeling. Bovendien betekent stoppen met de kinderopvang ook stoppen met werken, en dan heeft moeder weer bijstand nodig. Het gezin heeft financiële zorgen en grote schulden; een budgetbeheerder heeft de administratie overgenomen. Het gezin krijgt 75 euro leefgeld per week. Daarvan kunnen ze de luiers niet betalen.',
      perspective:
        'De openstaande schuld bij het kinderdagverblijf is afgelost en de kosten voor nieuwe luiers worden vergoed, zodat de zoon weer naar het kinderdagverblijf kan en moeder aan het werk kan blijven. Moeder: "Ik wil mijn werk houden. Daar ben ik trots op."',
      breakthrough:
        'Vanuit de bijzondere bijstand worden, via de regeling voor niet-uitkeringsgerechtigden, de openstaande schuld bij het kinderdagverblijf afgelost en de luiers betaald tot de zoon zindelijk is. Dat geeft vooral moeder minder stress.',
      selfActions: [
        { description: 'Oefent thuis met het potje, samen met de leidster.', owner: 'ouders' },
        { description: 'Blijft werken, vier dagen per week.', owner: 'moeder' },
      ],
      support: [
        { description: 'Bijzondere bijstand aanvragen en de betaling rechtstreeks aan het kinderdagverblijf regelen.', owner: 'consulent' },
        { description: 'Budgetbeheer voortzetten; luiers apart opnemen in het budgetplan.', owner: 'budgetbeheerder' },
      ],
      treatment: [],
      horizonMonths: 12,
      scenarios: {
        current: {
          lines: [
            priced('PL-005', 1, 'Beschermingsbewind en budgetbeheer'),
            manual('Schuldhulpverlening: begeleiding', 'schuldhulpverlening', 25_000, 1, 'month'),
          ],
        },
        threatened: {
          probability: 0.75,
          lines: [
            priced('PL-002', 0.5, 'Bijstand als moeder stopt met werken (aanvulling op de Wajong)', { startMonth: 1 }),
            priced('PL-019', 2, 'Ambulante jeugdhulp bij ontwikkelingsachterstand thuis, 2 uur per week', { startMonth: 2 }),
            priced('PL-005', 1, 'Beschermingsbewind en budgetbeheer'),
            manual('Schuldhulpverlening: begeleiding', 'schuldhulpverlening', 25_000, 1, 'month'),
          ],
        },
        plan: {
          name: 'Luiers betaald, opvang blijft',
          lines: [
            manual('Aflossing openstaande rekening luiers bij het kinderdagverblijf', 'bijzondere-bijstand', 48_650, 1, 'once'),
            manual('Luiers op het kinderdagverblijf tot de zoon zindelijk is', 'bijzondere-bijstand', 1_250, 1, 'week', { months: 6 }),
            priced('PL-005', 1, 'Beschermingsbewind en budgetbeheer'),
            manual('Schuldhulpverlening: begeleiding', 'schuldhulpverlening', 25_000, 1, 'month'),
          ],
        },
        alternatives: [],
      },
      legalBases: [
        legal('LB-PW-35', 'Bijzondere bijstand kan ook aan niet-uitkeringsgerechtigden met een inkomen rond het sociaal minimum; de luiers zijn noodzakelijke kosten die het leefgeld niet draagt.'),
        legal('LB-BW1-431', 'Het beschermingsbewind loopt door; de bewindvoerder neemt de luiers op in het budgetplan.'),
      ],
      involvement: {
        householdAgrees: true,
        householdView: 'Ouders schamen zich voor de rekening en zijn blij dat hun zoon kan blijven gaan.',
        network: 'Weinig netwerk; de zus van vader past af en toe op.',
        professionals: [
          { organisation: 'Kinderdagverblijf', role: 'opvang; schuldeiser luiers', agrees: true },
          { organisation: 'Budgetbeheerder', role: 'financiële administratie', agrees: true },
          { organisation: 'Werkgever (thuiszorg)', role: 'werk moeder' },
        ],
      },
      bottlenecks: [
        {
          description: 'Gezinnen met een lager opleidingsniveau krijgen de moeilijkste regelingen, zoals kinderopvangtoeslag en zorgtoeslag; door wisselende inkomsten gaan aanvragen vaak mis.',
          rule: 'Kinderopvangtoeslag en Algemene wet inkomensafhankelijke regelingen',
          level: 'national',
          theme: 'income',
        },
        {
          description: 'Leefgeld van 75 euro per week laat geen ruimte voor kleine onvoorziene kosten; een kleine rekening zet werk en opvang op het spel.',
          rule: 'Budgetbeheer: vaste hoogte leefgeld',
          level: 'local',
          theme: 'debts',
        },
      ],
    },
  },
  {
    tenantId: 'demo',
    authorEmail: 'maatwerker@demodam.example',
    status: 'sparring',
    daysAgo: 30,
    document: {
      caseNumber: '2026-006',
      clientNumber: 'C-104246',
      household: { adults: 2, children: 1 },
      lifeSatisfaction: 4,
      domains: ['debts', 'income', 'health', 'mental-health'],
      situation:
        'Vader en moeder wonen met hun dochter van 11 in een sociale huurwoning. Voor het gezin loopt al even een wettelijke schuldregeling en ze maken gebruik van budgetbeheer. Er is al veel afbetaald, maar telkens stuit het gezin op een nieuwe financiële tegenslag die niet op hen te verhalen is: de energieleverancier ging failliet, oma overleed en de begrafenis moet betaald worden, de tandartsrekening staat nog open en er zijn andere onvoorziene medische kosten.\n' +
        'Vader heeft een arbeidsongeschiktheidsuitkering (WIA) van 1.039 euro, moeder een Wajong-uitkering van 993 euro. Er is financieel geen ruimte, en een nieuwe schuldregeling van drie jaar hangt het gezin boven het hoofd. Deurwaarders en incassobureaus laten van zich horen. De ouders durven de deur niet meer open te doen en laten brieven ongeopend op tafel liggen. Ook de zorg voor hun dochter lijdt er merkbaar onder.',
      perspective:
        'Het gezin was goed op weg, maar doordat zich telkens nieuwe rekeningen aandienen, is het lastig om er bovenop te komen. Als de nieuwe schulden worden afbetaald, kan het gezin écht een nieuwe start maken.',
      breakthrough:
        'De nieuwe schulden worden in één keer afgelost uit het maatwerkbudget, zodat de lopende schuldregeling kan worden afgerond zonder nieuwe regeling van drie jaar. Een schuldenvrije toekomst brengt rust; er ontstaat ruimte om te sparen, een buffer op te bouwen en weer te investeren in de gezondheid, zoals de rekeningen van de psychiater.',
      selfActions: [
        { description: 'Openen samen met de budgetbeheerder elke week de post.', owner: 'ouders' },
        { description: 'Sparen 20 euro per maand voor een buffer.', owner: 'ouders' },
      ],
      support: [
        { description: 'Schuldeisers benaderen en de nieuwe schulden in één keer betalen.', owner: 'maatwerker' },
        { description: 'Lopende schuldregeling afronden met de bewindvoerder.', owner: 'schuldhulpverlening' },
      ],
      treatment: [
        { description: 'Behandeling bij de psychiater voor vader.', owner: 'GGZ-instelling' },
        { description: 'Praatgroep voor de dochter op school.', owner: 'schoolmaatschappelijk werk' },
      ],
      horizonMonths: 12,
      scenarios: {
        current: {
          lines: [
            manual('Wettelijke schuldregeling en budgetbeheer', 'schuldhulpverlening', 30_000, 1, 'month'),
            manual('Behandeling psychiater vader', 'zvw', 12_000, 1, 'month'),
            priced('PL-019', 1, 'Ambulante jeugdhulp dochter, 1 uur per week'),
          ],
        },
        threatened: {
          probability: 0.8,
          lines: [
            manual('Nieuwe schuldregeling van drie jaar: begeleiding en budgetbeheer', 'schuldhulpverlening', 30_000, 1, 'month'),
            priced('PL-004', 1, 'Maatschappelijke kosten van problematische schulden'),
            manual('Zwaardere behandeling psychiater door de stress', 'zvw', 24_000, 1, 'month'),
            priced('PL-019', 2, 'Ambulante jeugdhulp dochter, 2 uur per week'),
          ],
        },
        plan: {
          name: 'Nieuwe schulden in één keer afgelost',
          lines: [
            manual('Aflossing nieuwe schulden: energie, begrafenis, tandarts en medische kosten', 'maatwerkbudget', 485_000, 1, 'once'),
            manual('Afronding lopende schuldregeling en budgetbeheer', 'schuldhulpverlening', 30_000, 1, 'month', { months: 6 }),
            manual('Behandeling psychiater vader', 'zvw', 12_000, 1, 'month'),
            priced('PL-019', 1, 'Ambulante jeugdhulp dochter, 1 uur per week'),
          ],
        },
        alternatives: [
          {
            name: 'Saneringskrediet via de kredietbank',
            lines: [
              manual('Saneringskrediet: uitvoeringskosten kredietbank', 'schuldhulpverlening', 18_600, 1, 'once'),
              manual('Begeleiding bij het saneringskrediet', 'schuldhulpverlening', 4_500, 1, 'month'),
              manual('Wettelijke schuldregeling en budgetbeheer', 'schuldhulpverlening', 30_000, 1, 'month'),
              manual('Behandeling psychiater vader', 'zvw', 12_000, 1, 'month'),
              priced('PL-019', 1, 'Ambulante jeugdhulp dochter, 1 uur per week'),
            ],
          },
        ],
      },
      legalBases: [
        legal('LB-WGS-3', 'Integrale schuldhulpverlening: de nieuwe schulden ontstonden buiten de schuld van het gezin en blokkeren de afronding van de regeling.'),
        legal('LB-GW-160', 'Het college betaalt de schuldeisers rechtstreeks, zodat het geld niet via het gezin loopt.'),
        legal('LB-PW-48', 'Bijstand als lening (saneringskrediet) is overwogen als alternatief; het gezin zou dan opnieuw starten met een schuld.'),
      ],
      involvement: {
        householdAgrees: true,
        householdView: 'Vader: "We deden alles goed en toch kwam er steeds iets bij. We willen gewoon weer de deur open durven doen."',
        network: 'Een vriendin van moeder gaat mee naar afspraken.',
        professionals: [
          { organisation: 'Schuldhulpverlening', role: 'wettelijke schuldregeling', agrees: true },
          { organisation: 'Bewindvoerder', role: 'budgetbeheer', agrees: true },
          { organisation: 'GGZ-instelling', role: 'psychiater vader', agrees: true },
          { organisation: 'Kredietbank', role: 'saneringskrediet (alternatief)' },
        ],
      },
      bottlenecks: [
        {
          description: 'Schuldregelingen zijn inflexibel: nieuwe schulden die buiten de schuld van het gezin ontstaan, bijvoorbeeld door een overlijden of het faillissement van de energieleverancier, passen niet in de lopende regeling en dreigen een nieuwe regeling van drie jaar te veroorzaken.',
          rule: 'Wet schuldsanering natuurlijke personen',
          level: 'national',
          theme: 'debts',
        },
      ],
    },
  },
  {
    tenantId: 'demo',
    authorEmail: 'maatwerker2@demodam.example',
    status: 'draft',
    daysAgo: 19,
    document: {
      caseNumber: '2026-007',
      clientNumber: 'C-104247',
      household: { adults: 1, children: 1 },
      lifeSatisfaction: 6,
      domains: ['housing', 'safety', 'debts', 'parenting'],
      situation:
        'Moeder en haar zoontje (3) verblijven al twee jaar in de vrouwenopvang; ze zijn gevlucht voor de ex-partner van moeder. De hulpverleners maakten zich eerst zorgen over haar opvoedingscapaciteiten en een ondertoezichtstelling kwam ter sprake. Omdat moeder enorm betrokken is en openstaat voor alle vormen van hulp, is dat van tafel: ze groeit in haar rol als moeder.\n' +
        'Via het urgentieloket kan ze verhuizen naar een eigen huis. Dan dient zich een volgend probleem aan: het huis moet worden ingericht en moeder heeft weinig eigen geld. Een lening staat een frisse start in de weg, en in haar budget is te weinig aflossingsruimte.',
      perspective: 'Moeder en zoon wonen zelfstandig in een ingericht huis. De inrichting is betaald zonder dat moeder geld heeft hoeven lenen, en ze krijgen begeleiding. Moeder: "Een nieuwe start, zonder schuld."',
      breakthrough:
        'Het witgoed, de verf en de eerste huur worden betaald uit de bijzondere bijstand; de inrichting van het huis uit het maatwerkbudget. Moeder hoeft geen lening af te sluiten bij de kredietbank. Afweging: na huiselijk geweld en de vlucht daarvoor opnieuw beginnen met een schuld weegt zwaar, en alleen de uitvoeringskosten van de lening zijn al 186 euro.',
      selfActions: [
        { description: 'Kiest zelf de meubels, binnen het afgesproken bedrag.', owner: 'moeder' },
        { description: 'Schildert de woning met hulp van een vrijwilliger.', owner: 'moeder en vrijwilliger' },
      ],
      support: [
        { description: 'Begeleiding in de nieuwe woning, 2 uur per week.', owner: 'wijkteam' },
        { description: 'Inschrijving peuterspeelzaal voor de zoon.', owner: 'consulent' },
      ],
      treatment: [],
      horizonMonths: 12,
      scenarios: {
        current: {
          lines: [
            priced('PL-008', 1, 'Vrouwenopvang moeder en zoon'),
            priced('PL-023', 2, 'Begeleiding moeder, 2 uur per week'),
            priced('PL-001', 1, 'Bijstandsuitkering (alleenstaande ouder)'),
          ],
        },
        threatened: {
          probability: 0.5,
          lines: [
            priced('PL-008', 1, 'Vrouwenopvang: blijft een jaar langer zonder ingerichte woning'),
            priced('PL-023', 2, 'Begeleiding moeder, 2 uur per week'),
            priced('PL-018', 3, 'Jeugdbescherming en ambulante hulp bij een ondertoezichtstelling, 3 uur per week'),
            priced('PL-001', 1, 'Bijstandsuitkering (alleenstaande ouder)'),
          ],
        },
        plan: {
          name: 'Inrichting zonder lening',
          lines: [
            manual('Witgoed, verf en eerste huur', 'bijzondere-bijstand', 215_000, 1, 'once'),
            manual('Inrichting van de woning: meubels, vloer en gordijnen', 'maatwerkbudget', 385_000, 1, 'once', { vat: true }),
            priced('PL-028', 1, 'Verhuiskostenvergoeding'),
            priced('PL-008', 1, 'Vrouwenopvang tot de verhuizing', { months: 1 }),
            priced('PL-023', 2, 'Begeleiding in de nieuwe woning, 2 uur per week'),
            priced('PL-001', 1, 'Bijstandsuitkering (alleenstaande ouder)'),
          ],
        },
        alternatives: [
          {
            name: 'Inrichting met een lening',
            lines: [
              manual('Uitvoeringskosten lening kredietbank', 'schuldhulpverlening', 18_600, 1, 'once'),
              manual('Witgoed, verf en eerste huur', 'bijzondere-bijstand', 215_000, 1, 'once'),
              priced('PL-028', 1, 'Verhuiskostenvergoeding'),
              priced('PL-008', 1, 'Vrouwenopvang tot de verhuizing', { months: 1 }),
              priced('PL-023', 3, 'Begeleiding in de nieuwe woning, ook bij de aflossing, 3 uur per week'),
              priced('PL-001', 1, 'Bijstandsuitkering (alleenstaande ouder)'),
            ],
          },
        ],
      },
      legalBases: [
        legal('LB-PW-35', 'Witgoed, verf en de eerste huur zijn noodzakelijke kosten na de vlucht voor huiselijk geweld.'),
        legal('LB-AWB-3:4', 'Inrichting als lening zou moeder na de vlucht opnieuw met een schuld laten beginnen; dat is onevenredig ten opzichte van de kosten.'),
      ],
      involvement: {
        householdAgrees: true,
        householdView: 'Moeder wil zelf kiezen hoe het huis eruitziet: "Het moet echt van ons zijn."',
        network: 'Een vrijwilliger van de opvang helpt met schilderen; een buurvrouw uit de opvang komt logeren in de eerste week.',
        professionals: [
          { organisation: 'Vrouwenopvang', role: 'begeleiding moeder', agrees: true },
          { organisation: 'Urgentieloket', role: 'woningtoewijzing', agrees: true },
          { organisation: 'Kredietbank', role: 'lening (alternatief)', agrees: false },
          { organisation: 'Wijkteam', role: 'begeleiding na de verhuizing', agrees: true },
        ],
      },
      bottlenecks: [
        {
          description: 'Woninginrichting wordt standaard als lening verstrekt; na huiselijk geweld start een gezin daardoor opnieuw met een schuld.',
          rule: 'Beleidsregels bijzondere bijstand: woninginrichting als lening',
          level: 'local',
          theme: 'debts',
        },
        {
          description: 'De doorstroom uit de vrouwenopvang stokt door een tekort aan woningen; gezinnen blijven langer dan nodig.',
          rule: 'Convenant uitstroom vrouwenopvang',
          level: 'regional',
          theme: 'housing',
        },
      ],
    },
  },
  {
    tenantId: 'demo',
    authorEmail: 'maatwerker@demodam.example',
    status: 'scheduled',
    daysAgo: 9,
    document: {
      caseNumber: '2026-008',
      clientNumber: 'C-104248',
      household: { adults: 2, children: 2 },
      lifeSatisfaction: 2,
      domains: ['health', 'mental-health', 'youth', 'income'],
      situation:
        'Een meisje van 15 met anorexia weegt zo weinig dat ze niet in een kliniek kan worden opgenomen: daarvoor moet ze eerst twee kilo aankomen. De behandelaar en de diëtist denken dat dat met speciale, vette yoghurt met veel eiwitten moet lukken. Alleen hebben de ouders daar het geld niet voor.\n' +
        'De zorgverzekeraar zegt nee: het is gewone voeding en geen dieetpreparaat. Ook de gemeente kan deze vorm van ondersteuning niet vergoeden uit de Jeugdwet. Zonder yoghurt gaat dit meisje achteruit, maar het is net of niemand daarvan echt doordrongen is. Yoghurt past in geen enkel vakje.',
      perspective: 'Het meisje komt de twee kilo aan die nodig zijn voor de opname, en kan daarna behandeld worden. Ouders: "We willen haar niet verliezen. Thuis doen we alles, als er maar eten is dat ze wil eten."',
      breakthrough:
        'De eiwitrijke yoghurt wordt drie maanden lang betaald uit het maatwerkbudget, zonder aanvraagprocedure, tot de opname rond is. De diëtist volgt het gewicht elke week; de zorgverzekeraar wordt gevraagd de kosten achteraf te heroverwegen.',
      selfActions: [
        { description: 'Haalt elke twee dagen de yoghurt en eet samen met het meisje.', owner: 'ouders' },
        { description: 'Houdt een eetdagboek bij.', owner: 'meisje' },
      ],
      support: [
        { description: 'Yoghurt rechtstreeks laten bezorgen via de supermarkt; betaling uit het maatwerkbudget.', owner: 'maatwerker' },
        { description: 'Gesprek met de zorgverzekeraar over vergoeding achteraf.', owner: 'maatwerker' },
      ],
      treatment: [
        { description: 'Wekelijkse weging en voedingsadvies.', owner: 'diëtist' },
        { description: 'Behandeling eetstoornis, daarna klinische opname.', owner: 'jeugd-GGZ' },
      ],
      horizonMonths: 12,
      scenarios: {
        current: {
          lines: [
            priced('PL-020', 2, 'Behandeling eetstoornis, 2 uur per week'),
            manual('Diëtist', 'zvw', 3_500, 1, 'week'),
          ],
        },
        threatened: {
          probability: 0.5,
          lines: [
            manual('Ziekenhuisopname bij ernstig ondergewicht', 'zvw', 80_000, 1, 'day', { months: 1 }),
            priced('PL-013', 1, 'Klinische behandeling eetstoornis (24-uursverblijf)', { startMonth: 1, months: 6 }),
            priced('PL-020', 2, 'Behandeling eetstoornis na de opname, 2 uur per week', { startMonth: 7 }),
            manual('Diëtist', 'zvw', 3_500, 1, 'week'),
          ],
        },
        plan: {
          name: 'Eiwitrijke yoghurt tot de opname',
          lines: [
            manual('Eiwitrijke yoghurt, twee bakjes per dag, drie maanden', 'maatwerkbudget', 450, 2, 'day', { months: 3 }),
            priced('PL-020', 2, 'Behandeling eetstoornis tot de opname, 2 uur per week', { months: 3 }),
            priced('PL-013', 1, 'Klinische behandeling eetstoornis (24-uursverblijf)', { startMonth: 3, months: 3 }),
            priced('PL-020', 1, 'Nazorg na de opname, 1 uur per week', { startMonth: 6 }),
            manual('Diëtist', 'zvw', 3_500, 1, 'week'),
          ],
        },
        alternatives: [],
      },
      legalBases: [
        legal('LB-JW-2.3', 'De gemeente heeft een jeugdhulpplicht; de yoghurt maakt de noodzakelijke behandeling pas mogelijk.'),
        legal('LB-PW-35', 'Dieetkosten die voortvloeien uit bijzondere omstandigheden kunnen als bijzondere bijstand; de ouders kunnen ze niet dragen.'),
        legal('LB-ZVW-11', 'De zorgverzekeraar heeft een zorgplicht; we vragen de verzekeraar de kosten achteraf te heroverwegen.'),
      ],
      involvement: {
        householdAgrees: true,
        householdView: 'Het meisje wil de yoghurt proberen "als niemand erbij staat te kijken".',
        network: 'Een tante komt twee avonden per week eten.',
        professionals: [
          { organisation: 'Jeugd-GGZ', role: 'behandelaar eetstoornis', agrees: true },
          { organisation: 'Diëtist', role: 'voedingsadvies en weging', agrees: true },
          { organisation: 'Huisarts', role: 'medische controle', agrees: true },
          { organisation: 'Zorgverzekeraar', role: 'vergoeding dieetvoeding', agrees: false },
        ],
      },
      bottlenecks: [
        {
          description: 'Yoghurt past in geen enkel vakje: voeding is geen zorg voor de zorgverzekeraar en geen jeugdhulp voor de gemeente, ook niet als ze een opname mogelijk maakt.',
          rule: 'Zorgverzekeringswet: dieetpreparaten alleen op voorschrift; Jeugdwet vergoedt geen voeding',
          level: 'national',
          theme: 'health',
        },
      ],
    },
  },
  {
    tenantId: 'demo2',
    authorEmail: 'maatwerker@proefwijk.example',
    status: 'scheduled',
    daysAgo: 82,
    document: {
      caseNumber: '2026-021',
      clientNumber: 'C-104251',
      household: { adults: 1, children: 3 },
      lifeSatisfaction: 3,
      domains: ['housing', 'debts', 'mental-health', 'parenting', 'income'],
      situation:
        'Vader voedt alleen drie kinderen op (6, 9 en 13). Na een depressie verloor hij zijn baan; de overgang naar een uitkering duurde maanden. In die tijd ontstond een huurachterstand van ruim 2.900 euro. Uit angst opende vader geen post meer. De woningcorporatie heeft een vonnis tot ontruiming; de ontruiming staat over zes weken gepland.\n' +
        'Er is geen netwerk dat kan bijspringen. Bij ontruiming dreigen vader en de kinderen in de maatschappelijke opvang terecht te komen, en de twee jongsten mogelijk bij pleegouders.',
      perspective: 'In het eigen huis blijven wonen, met de kinderen op hun eigen school, en weer grip op het geld. Vader: "Ik wil niet dat mijn kinderen moeten verhuizen omdat ik het even niet meer zag."',
      breakthrough:
        'De gemeente betaalt de huurachterstand rechtstreeks aan de woningcorporatie uit het maatwerkbudget, op voorwaarde dat vader meewerkt aan budgetbeheer en behandeling. De corporatie zet de ontruiming stop en spreekt een betaalregeling via budgetbeheer af.',
      selfActions: [
        { description: 'Opent de post samen met de budgetbeheerder en houdt de afspraken aan.', owner: 'vader' },
        { description: 'Gaat weer naar de behandelaar, elke week.', owner: 'vader' },
      ],
      support: [
        { description: 'Huurachterstand betalen en de ontruiming laten intrekken.', owner: 'maatwerker' },
        { description: 'Budgetbeheer met vaste huurbetaling.', owner: 'schuldhulpverlening' },
        { description: 'Gezinsbegeleiding, 2 uur per week.', owner: 'jeugdhulpaanbieder' },
      ],
      treatment: [{ description: 'Ambulante behandeling depressie.', owner: 'GGZ-instelling' }],
      horizonMonths: 12,
      scenarios: {
        current: {
          lines: [
            priced('PL-001', 1, 'Bijstandsuitkering (alleenstaande ouder)'),
            priced('PL-018', 2, 'Gezinsbegeleiding, 2 uur per week'),
            manual('Ambulante behandeling depressie vader', 'zvw', 14_500, 1, 'week'),
          ],
        },
        threatened: {
          probability: 0.7,
          lines: [
            priced('PL-007', 1, 'Ontruiming: kosten verhuurder', { startMonth: 1 }),
            priced('PL-008', 1, 'Maatschappelijke opvang vader en oudste kind', { startMonth: 2 }),
            priced('PL-017', 2, 'Pleegzorg voor de twee jongste kinderen', { startMonth: 2 }),
            priced('PL-001', 1, 'Bijstandsuitkering (alleenstaande ouder)'),
            priced('PL-018', 2, 'Gezinsbegeleiding, 2 uur per week'),
            manual('Ambulante behandeling depressie vader', 'zvw', 14_500, 1, 'week'),
          ],
        },
        plan: {
          name: 'Huurachterstand betaald, ontruiming gestopt',
          lines: [
            manual('Huurachterstand rechtstreeks betaald aan de woningcorporatie', 'maatwerkbudget', 292_500, 1, 'once'),
            manual('Budgetbeheer met vaste huurbetaling', 'schuldhulpverlening', 22_500, 1, 'month'),
            priced('PL-001', 1, 'Bijstandsuitkering (alleenstaande ouder)'),
            priced('PL-018', 2, 'Gezinsbegeleiding, 2 uur per week'),
            manual('Ambulante behandeling depressie vader', 'zvw', 14_500, 1, 'week'),
          ],
        },
        alternatives: [],
      },
      legalBases: [
        legal('LB-GW-160', 'Het college betaalt de achterstand rechtstreeks aan de verhuurder om de ontruiming te voorkomen.'),
        legal('LB-WGS-4', 'Bij dreigende huisuitzetting volgt binnen drie werkdagen een eerste gesprek; hier kwam het signaal pas bij het vonnis.'),
      ],
      involvement: {
        householdAgrees: true,
        householdView: 'Vader wil de afspraken nakomen en is bang om opnieuw te falen; hij wil dat de kinderen er zo min mogelijk van merken.',
        network: 'Geen familie in de buurt; de moeder van een klasgenoot van de oudste haalt soms de kinderen op.',
        professionals: [
          { organisation: 'Woningcorporatie', role: 'verhuurder; trekt de ontruiming in', agrees: true },
          { organisation: 'Schuldhulpverlening', role: 'budgetbeheer', agrees: true },
          { organisation: 'GGZ-instelling', role: 'behandelaar vader', agrees: true },
          { organisation: 'Jeugdhulpaanbieder', role: 'gezinsbegeleiding', agrees: true },
          { organisation: 'Deurwaarder', role: 'ontruiming' },
        ],
      },
      bottlenecks: [
        {
          description: 'Woonfuik: een depressie, baanverlies en een trage overgang naar een uitkering leiden via een huurachterstand tot ontruiming; het signaal kwam pas bij het vonnis bij de gemeente.',
          rule: 'Vroegsignalering huurachterstand (afspraken met corporaties)',
          level: 'regional',
          theme: 'housing',
        },
        {
          description: 'De woningcorporatie eist dat een achterstand eerst volledig is afbetaald voordat ze een regeling treft of opnieuw bemiddelt.',
          rule: 'Verhuurbeleid corporatie bij huurachterstand',
          level: 'local',
          theme: 'housing',
        },
      ],
    },
  },
  {
    tenantId: 'demo2',
    authorEmail: 'maatwerker@proefwijk.example',
    status: 'draft',
    daysAgo: 47,
    document: {
      caseNumber: '2026-022',
      clientNumber: 'C-104252',
      household: { adults: 2, children: 2 },
      lifeSatisfaction: 4,
      domains: ['housing', 'education', 'care', 'youth'],
      situation:
        'Ouders en twee zoons (8 en 14) hebben sinds de verkoop van hun huurhuis door de particuliere verhuurder geen vaste woonplek. Ze "bankhoppen" al vier maanden bij familie en vrienden, telkens een paar weken. De oudste zoon heeft een lichamelijke beperking en gaat naar een school voor speciaal onderwijs. Zonder vast adres heeft hij volgens de verordening geen recht op leerlingenvervoer; hij mist daardoor de meeste schooldagen. Het gezin staat ingeschreven als woningzoekende, maar de wachttijd is jaren.',
      perspective: 'Een veilig thuis waar het gezin samen kan blijven, en de oudste weer elke dag naar school. Moeder: "Gewoon een plek waar we \'s avonds allemaal weer thuiskomen."',
      breakthrough:
        'Een tijdelijke woning uit het contingent van de woningcorporatie voor bijzondere doelgroepen, met een huurcontract voor een jaar. Tot de verhuizing betaalt het maatwerkbudget het leerlingenvervoer vanaf het adres waar het gezin verblijft, buiten de verordening om.',
      selfActions: [
        { description: 'Blijven zoeken naar een vaste huurwoning en reageren elke week.', owner: 'ouders' },
        { description: 'Familie biedt onderdak tot de tijdelijke woning klaar is.', owner: 'familie' },
      ],
      support: [
        { description: 'Contingentwoning aanvragen bij de corporatie.', owner: 'maatwerker' },
        { description: 'Vervoerder instrueren: ophalen op het wisselende verblijfsadres.', owner: 'consulent' },
        { description: 'Begeleiding ouders, 2 uur per week.', owner: 'wijkteam' },
      ],
      treatment: [{ description: 'Fysiotherapie op school voor de oudste.', owner: 'school voor speciaal onderwijs' }],
      horizonMonths: 12,
      scenarios: {
        current: {
          lines: [priced('PL-018', 1, 'Ambulante jeugdhulp, 1 uur per week'), priced('PL-023', 2, 'Begeleiding ouders, 2 uur per week')],
        },
        threatened: {
          probability: 0.6,
          lines: [
            priced('PL-008', 2, 'Maatschappelijke opvang, gezinsplek', { startMonth: 1 }),
            priced('PL-021', 6, 'Dagbehandeling: oudste zit thuis (6 dagdelen per week)'),
            priced('PL-018', 1, 'Ambulante jeugdhulp, 1 uur per week'),
            priced('PL-023', 2, 'Begeleiding ouders, 2 uur per week'),
          ],
        },
        plan: {
          name: 'Contingentwoning en vervoer zonder vast adres',
          lines: [
            priced('PL-032', 1, 'Leerlingenvervoer zonder vast adres (buiten de verordening)', { fundingStream: 'maatwerkbudget', months: 3 }),
            priced('PL-032', 1, 'Leerlingenvervoer vanaf de tijdelijke woning (binnen de verordening)', { startMonth: 3, months: 9 }),
            priced('PL-028', 1, 'Verhuiskostenvergoeding', { startMonth: 3 }),
            manual('Huurgarantie tijdelijke woning, eerste drie maanden', 'maatwerkbudget', 85_000, 1, 'month', { startMonth: 3, months: 3 }),
            priced('PL-018', 1, 'Ambulante jeugdhulp, 1 uur per week'),
            priced('PL-023', 2, 'Begeleiding ouders, 2 uur per week'),
          ],
        },
        alternatives: [],
      },
      legalBases: [
        legal('LB-WPO-4', 'De verordening leerlingenvervoer vraagt een vast woonadres; tot de verhuizing betaalt het maatwerkbudget het vervoer.'),
        legal('LB-LOKAAL-HARDHEID', 'Een kind zonder vast adres uitsluiten van vervoer naar zijn school leidt tot onbillijkheid van overwegende aard.'),
        legal('LB-WW-44', 'In de prestatieafspraken is een contingent woningen voor bijzondere doelgroepen afgesproken.'),
        legal('LB-HVW-12', 'Het gezin is feitelijk dakloos; de urgentieregeling biedt voorrang.'),
      ],
      involvement: {
        householdAgrees: true,
        householdView: 'De oudste zoon: "Ik wil gewoon weer elke dag naar school, net als mijn broertje."',
        network: 'Familie en vrienden bieden om de beurt onderdak; een oom rijdt soms naar school.',
        professionals: [
          { organisation: 'Woningcorporatie', role: 'contingentwoning', agrees: true },
          { organisation: 'School voor speciaal onderwijs', role: 'onderwijs en fysiotherapie', agrees: true },
          { organisation: 'Vervoerder leerlingenvervoer', role: 'taxi', agrees: true },
          { organisation: 'Wijkteam', role: 'begeleiding ouders', agrees: true },
        ],
      },
      bottlenecks: [
        {
          description: 'Zonder vaste woon- of verblijfplaats is er volgens de verordening geen leerlingenvervoer. De verordening aanpassen raakt het hele leerlingenvervoer en de kosten daarvan; een breder onderzoek naar integraal vervoer is nodig.',
          rule: 'Verordening leerlingenvervoer: woonadres als vertrekpunt',
          level: 'local',
          theme: 'education',
        },
        {
          description: 'Bankhoppende gezinnen vallen buiten de maatschappelijke opvang en buiten de urgentieregeling, tot ze echt op straat staan.',
          rule: 'Urgentieregeling: geen urgentie zonder verblijf in de opvang',
          level: 'regional',
          theme: 'housing',
        },
      ],
    },
  },
  {
    tenantId: 'demo2',
    authorEmail: 'maatwerker@proefwijk.example',
    status: 'draft',
    daysAgo: 12,
    document: {
      caseNumber: '2026-023',
      clientNumber: 'C-104253',
      household: { adults: 1, children: 3 },
      lifeSatisfaction: 5,
      domains: ['addiction', 'youth', 'safety', 'education', 'justice'],
      situation:
        'De zoon (17) heeft een verslavingsachtergrond en raakte betrokken bij drugsrunners in de wijk. Thuis wonen zijn moeder en twee jongere zusjes; er zijn bedreigingen aan de deur geweest en de zusjes durven niet meer alleen naar buiten. De zoon wil stoppen en zijn vmbo-diploma halen, maar in de wijk lukt dat niet. De jeugdreclassering is betrokken na een eerder incident.',
      perspective: 'De zoon woont op een veilige plek buiten de wijk, haalt zijn vmbo-diploma en blijft aan zichzelf werken; moeder en de zusjes hebben weer rust in huis.',
      breakthrough:
        'Een plek in een safehouse buiten de regio, betaald uit het maatwerkbudget omdat het safehouse geen gecontracteerde jeugdhulpaanbieder is. Jeugdreclassering en school zorgen dat hij op afstand zijn examenjaar kan afmaken.',
      selfActions: [
        { description: 'Houdt zich aan de afspraken van het safehouse en blijft clean.', owner: 'zoon' },
        { description: 'Bezoekt haar zoon om de week, met de zusjes.', owner: 'moeder' },
      ],
      support: [
        { description: 'Plaatsing in het safehouse regelen; afspraken over bezoek en verlof.', owner: 'maatwerker' },
        { description: 'Examenjaar op afstand afmaken, met een mentor op locatie.', owner: 'school' },
        { description: 'Begeleiding moeder, 2 uur per week, het eerste half jaar.', owner: 'wijkteam' },
      ],
      treatment: [{ description: 'Verslavingsbehandeling in het safehouse.', owner: 'verslavingszorg' }],
      horizonMonths: 12,
      scenarios: {
        current: {
          lines: [
            priced('PL-018', 4, 'Jeugdreclassering en ambulante jeugdhulp, 4 uur per week'),
            priced('PL-023', 2, 'Begeleiding moeder, 2 uur per week'),
          ],
        },
        threatened: {
          probability: 0.4,
          lines: [
            priced('PL-031', 1, 'Jeugddetentie na een nieuw incident', { startMonth: 4, months: 4 }),
            priced('PL-015', 1, 'Gesloten jeugdzorg na de detentie', { startMonth: 8 }),
            priced('PL-018', 4, 'Jeugdreclassering en ambulante jeugdhulp, 4 uur per week'),
            priced('PL-023', 2, 'Begeleiding moeder, 2 uur per week'),
          ],
        },
        plan: {
          name: 'Safehouse buiten de regio',
          lines: [
            manual('Plek in een safehouse buiten de regio (geen gecontracteerde aanbieder)', 'maatwerkbudget', 9_500, 1, 'day', { months: 9, vat: true }),
            priced('PL-018', 2, 'Jeugdreclassering op afstand, 2 uur per week'),
            priced('PL-023', 2, 'Begeleiding moeder, het eerste half jaar', { months: 6 }),
            manual('Reiskosten bezoek moeder en zusjes', 'bijzondere-bijstand', 4_000, 1, 'week'),
          ],
        },
        alternatives: [],
      },
      legalBases: [
        legal('LB-JW-2.3', 'Jeugdhulpplicht: een veilige plek buiten de wijk is de passende voorziening; het safehouse heeft geen contract, daarom het maatwerkbudget.'),
        legal('LB-JW-2.4', 'De jeugdreclassering blijft betrokken en houdt toezicht op afstand.'),
        legal('LB-PW-35', 'De reiskosten voor bezoek zijn noodzakelijk om het contact in het gezin te houden.'),
      ],
      involvement: {
        householdAgrees: true,
        householdView: 'Zoon: "Hier lukt het me niet. Ik wil mijn diploma en ik wil dat mijn zusjes weer gewoon buiten kunnen spelen."',
        network: 'Een oom heeft contact met het safehouse en bezoekt hem af en toe.',
        professionals: [
          { organisation: 'Jeugdreclassering', role: 'toezicht en begeleiding', agrees: true },
          { organisation: 'Safehouse', role: 'woonplek en dagstructuur', agrees: true },
          { organisation: 'School (vmbo)', role: 'examenjaar op afstand', agrees: true },
          { organisation: 'Politie (wijkagent)', role: 'veiligheid gezin', agrees: true },
        ],
      },
      bottlenecks: [
        {
          description: 'Een safehouse is geen gecontracteerde jeugdhulpaanbieder; zonder maatwerkbudget is een veilige plek buiten de regio niet te betalen.',
          rule: 'Regionale inkoop jeugdhulp',
          level: 'regional',
          theme: 'youth',
        },
      ],
    },
  },
];

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Inserts the demo plans as concepts, each as written by its demo author, with an audit event.
 * Runs inside seedDemo's transaction, after the demo users exist; seedDemoWorkflow then moves
 * them to their status.
 */
export async function seedDemoPlans(db: Db, now: Date = new Date()): Promise<void> {
  for (const demo of DEMO_PLANS) {
    const document = planDocumentSchema.parse(demo.document);
    assertNoBsn(document);
    const [author] = await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.tenantId, demo.tenantId), eq(sql`lower(${users.email})`, demo.authorEmail)));
    if (!author) throw new Error(`Demo-auteur ${demo.authorEmail} ontbreekt in ${demo.tenantId}.`);
    const createdAt = new Date(now.getTime() - demo.daysAgo * DAY_MS);
    const updatedAt = new Date(now.getTime() - Math.floor(demo.daysAgo / 3) * DAY_MS);
    const id = crypto.randomUUID();
    await db.insert(plans).values({
      tenantId: demo.tenantId,
      id,
      caseNumber: document.caseNumber,
      status: 'draft',
      document,
      authorId: author.id,
      createdAt,
      updatedAt,
    });
    await refreshPlanKba(db, demo.tenantId, id, document);
    await recordAudit(db, {
      tenantId: demo.tenantId,
      actor: null,
      action: 'demo.seed',
      entityType: 'plan',
      entityId: id,
      detail: { caseNumber: document.caseNumber, status: 'draft' },
    });
  }
}

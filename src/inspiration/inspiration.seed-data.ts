import type { SolutionKbaSummary } from './domain/redaction.js';

/**
 * The solutions the source documents tell of (seed 002, the Maastricht cases; seed 003, the
 * yoghurt that started the Maatpact), rewritten short and anonymous: no names, no dates, no
 * numbers that point to a person. The KBA figures are plausible round sums, in cents.
 */
export interface SeedSolution {
  id: string;
  title: string;
  situation: string;
  breakthrough: string;
  legalBases: { regulation: string; article: string }[];
  domains: string[];
  fundingStreams: string[];
  kba: SolutionKbaSummary;
}

const WMO = 'Wet maatschappelijke ondersteuning 2015';
const kba = (currentCents: number, threatenedCents: number, planCents: number, maatwerkbudgetCents: number): SolutionKbaSummary => ({
  currentCents,
  threatenedCents,
  planCents,
  returnCents: threatenedCents - planCents,
  maatwerkbudgetCents,
});

export const SEED_SOLUTIONS: SeedSolution[] = [
  {
    id: 'seed-moeder-kindhuis',
    title: 'Moeder-kindhuis in de regio zonder contract met de gemeente',
    situation:
      'Een moeder met een terugval in verslaving en een jonge dochter dreigen dakloos te worden nadat hun huurwoning is gesloten. Door het Damoclesbeleid mag moeder jaren niet huren bij een corporatie; de opvang heeft geen passende plek.',
    breakthrough:
      'Moeder en dochter kunnen terecht in een moeder-kindhuis in de regio waarmee de gemeente geen contract heeft. Het verblijf wordt betaald via maatwerkafspraken en een persoonsgebonden budget, met een indicatie voor begeleid wonen; de behandeling loopt door.',
    legalBases: [
      { regulation: WMO, article: '2.3.5' },
      { regulation: 'Jeugdwet', article: '2.3' },
    ],
    domains: ['housing', 'addiction', 'safety', 'youth'],
    fundingStreams: ['maatwerkbudget', 'wmo'],
    kba: kba(2_000_000, 9_000_000, 6_300_000, 3_000_000),
  },
  {
    id: 'seed-mantelzorgunit',
    title: 'Mantelzorgunit in de tuin voor een groot gezin met zorgintensieve kinderen',
    situation:
      'Een gezin met veel kinderen, van wie drie extra zorg nodig hebben, woont te krap: geen kind heeft een eigen plek om tot rust te komen. Een zoon keerde na een residentieel traject terug naar huis. Verhuizen kan niet: er is geen passende woning en het netwerk in de buurt is belangrijk.',
    breakthrough:
      'Een container als mantelzorgunit naast de woning, na overleg met vergunningen en de woningcorporatie, betaald uit het maatwerkbudget. De kinderen kunnen zich terugtrekken en ontladen; het effect op het zorggebruik wordt gevolgd.',
    legalBases: [
      { regulation: WMO, article: '2.3.5' },
      { regulation: 'Jeugdwet', article: '2.3' },
    ],
    domains: ['housing', 'youth', 'care'],
    fundingStreams: ['maatwerkbudget', 'woningcorporatie'],
    kba: kba(4_800_000, 14_500_000, 5_200_000, 3_500_000),
  },
  {
    id: 'seed-taxi-over-de-grens',
    title: 'Taxi van het leerlingenvervoer naar een school over de grens',
    situation:
      'Een jongen volgt speciaal onderwijs in Maasmechelen, net over de grens. Hij zit thuis omdat hij geen vervoer heeft: zijn moeder kan om veiligheidsredenen niet de straat op en hij kan niet alleen reizen. De verordening leerlingenvervoer geldt niet voor een school in België.',
    breakthrough:
      'Hij rijdt mee met een taxibus die al is ingekocht voor het leerlingenvervoer, maar de rit wordt betaald uit het maatwerkbudget. Zo valt het vervoer buiten de verordening en gebruiken we slim wat er al is.',
    legalBases: [
      { regulation: 'Gemeentewet', article: '160' },
      { regulation: 'Wet op het primair onderwijs', article: '4' },
    ],
    domains: ['education', 'safety', 'youth'],
    fundingStreams: ['maatwerkbudget', 'onderwijs'],
    kba: kba(600_000, 4_800_000, 1_100_000, 1_100_000),
  },
  {
    id: 'seed-luierrekening',
    title: 'De luierrekening van het kinderdagverblijf betalen zodat ouder kan blijven werken',
    situation:
      'Een werkende moeder met een licht verstandelijke beperking en een partner met een Wajong-uitkering hebben grote schulden en leven van een klein weekgeld onder budgetbeheer. Het kinderdagverblijf weigert hun peuter tot de openstaande luierrekening is betaald.',
    breakthrough:
      'Via de bijzondere bijstand voor niet-uitkeringsgerechtigden wordt de schuld bij het kinderdagverblijf afgelost en worden nieuwe luiers vergoed. Het kind blijft naar de opvang gaan en moeder houdt haar baan, zonder terugval in de bijstand.',
    legalBases: [{ regulation: 'Participatiewet', article: '35' }],
    domains: ['debts', 'work', 'youth'],
    fundingStreams: ['bijzondere-bijstand'],
    kba: kba(300_000, 1_900_000, 60_000, 0),
  },
  {
    id: 'seed-eiwitrijke-yoghurt',
    title: 'Eiwitrijke yoghurt voor een meisje met anorexia: yoghurt past in geen enkel vakje',
    situation:
      'Een meisje met anorexia weegt te weinig om in een kliniek te worden opgenomen; daarvoor moet ze eerst aankomen. Speciale eiwitrijke yoghurt kan dat, maar de ouders kunnen hem niet betalen. De zorgverzekeraar en de gemeente zeggen allebei dat het niet in hun regeling past.',
    breakthrough:
      'De yoghurt wordt vergoed uit het maatwerkbudget, met de hardheidsclausule als grondslag: een klein bedrag dat een opname mogelijk maakt en een veel duurder, gevaarlijker traject voorkomt.',
    legalBases: [
      { regulation: 'Lokale verordening (hardheidsclausule)', article: '' },
      { regulation: 'Jeugdwet', article: '2.3' },
    ],
    domains: ['health', 'mental-health', 'youth'],
    fundingStreams: ['maatwerkbudget'],
    kba: kba(1_500_000, 6_000_000, 90_000, 90_000),
  },
  {
    id: 'seed-huurachterstand',
    title: 'Een huurachterstand aflossen om een ontruiming te stoppen',
    situation:
      'Een gezin met kinderen staat op het punt uit huis te worden gezet door een huurachterstand die is ontstaan na wisselende inkomsten en teruggevorderde toeslagen. Schuldhulp kan pas starten als de woonlasten stabiel zijn.',
    breakthrough:
      'De gemeente lost de achterstand in één keer af via de bijzondere bijstand; de corporatie trekt de ontruiming in en het gezin start direct met schuldhulpverlening. Opvang en uithuisplaatsing blijven uit.',
    legalBases: [
      { regulation: 'Participatiewet', article: '35' },
      { regulation: 'Wet gemeentelijke schuldhulpverlening', article: '3' },
    ],
    domains: ['housing', 'debts', 'youth'],
    fundingStreams: ['bijzondere-bijstand', 'schuldhulpverlening'],
    kba: kba(500_000, 5_500_000, 450_000, 0),
  },
  {
    id: 'seed-uitstroom-vrouwenopvang',
    title: 'Van de vrouwenopvang naar een eigen huis: huur bijpassen en inrichten zonder lening',
    situation:
      'Een moeder met kinderen verblijft al lang in de vrouwenopvang na huiselijk geweld. Een passende woning is er pas na lang zoeken en blijkt te duur; voor inrichting heeft ze geen geld, en een lening zou een nieuwe start met schuld betekenen.',
    breakthrough:
      'Druk bij de partijen zet de casus bovenaan bij de corporatie. De bijzondere bijstand past het huurverschil maandelijks bij en betaalt stoffering en witgoed; de inrichting komt uit het maatwerkbudget. De plek in de opvang komt vrij voor wie die harder nodig heeft.',
    legalBases: [
      { regulation: 'Participatiewet', article: '35' },
      { regulation: WMO, article: '2.3.5' },
    ],
    domains: ['housing', 'safety', 'parenting'],
    fundingStreams: ['bijzondere-bijstand', 'maatwerkbudget'],
    kba: kba(5_400_000, 6_000_000, 300_000, 150_000),
  },
];

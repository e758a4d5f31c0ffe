/** The fixed lists of CONTRACT.md as data: English keys for the API, Dutch labels for people. */

const list = <K extends string>(items: readonly { key: K; label: string }[]) => items;
const keys = <K extends string>(items: readonly { key: K }[]) => items.map((item) => item.key) as [K, ...K[]];

export const FUNDING_STREAMS = list([
  { key: 'wmo', label: 'Wmo' },
  { key: 'jeugdwet', label: 'Jeugdwet' },
  { key: 'participatiewet', label: 'Participatiewet (BUIG)' },
  { key: 'bijzondere-bijstand', label: 'Bijzondere bijstand / armoede' },
  { key: 'schuldhulpverlening', label: 'Schuldhulpverlening' },
  { key: 'maatwerkbudget', label: 'Maatwerkbudget' },
  { key: 'zvw', label: 'Zorgverzekeringswet' },
  { key: 'wlz', label: 'Wet langdurige zorg' },
  { key: 'woningcorporatie', label: 'Woningcorporatie' },
  { key: 'onderwijs', label: 'Onderwijs / leerlingenvervoer' },
  { key: 'justitie', label: 'Justitie en veiligheid' },
  { key: 'overig', label: 'Overig' },
] as const);
export type FundingStream = (typeof FUNDING_STREAMS)[number]['key'];
export const FUNDING_STREAM_KEYS = keys(FUNDING_STREAMS);

export const DOMAINS = list([
  { key: 'housing', label: 'Wonen' },
  { key: 'debts', label: 'Schulden en financiën' },
  { key: 'income', label: 'Inkomen' },
  { key: 'work', label: 'Werk en dagbesteding' },
  { key: 'parenting', label: 'Opvoeding' },
  { key: 'youth', label: 'Jeugd' },
  { key: 'health', label: 'Gezondheid' },
  { key: 'mental-health', label: 'Psychische gezondheid (GGZ)' },
  { key: 'addiction', label: 'Verslaving' },
  { key: 'education', label: 'Onderwijs' },
  { key: 'safety', label: 'Veiligheid en huiselijk geweld' },
  { key: 'justice', label: 'Justitie' },
  { key: 'network', label: 'Sociaal netwerk' },
  { key: 'care', label: 'Zorg en ondersteuning' },
  { key: 'other', label: 'Overig' },
] as const);
export type Domain = (typeof DOMAINS)[number]['key'];
export const DOMAIN_KEYS = keys(DOMAINS);

export const FREQUENCIES = list([
  { key: 'once', label: 'eenmalig' },
  { key: 'day', label: 'per dag' },
  { key: 'week', label: 'per week' },
  { key: 'month', label: 'per maand' },
  { key: 'year', label: 'per jaar' },
] as const);
export type Frequency = (typeof FREQUENCIES)[number]['key'];
export const FREQUENCY_KEYS = keys(FREQUENCIES);

export const BOTTLENECK_LEVELS = list([
  { key: 'local', label: 'lokaal' },
  { key: 'regional', label: 'regionaal' },
  { key: 'national', label: 'landelijk' },
] as const);
export type BottleneckLevel = (typeof BOTTLENECK_LEVELS)[number]['key'];
export const BOTTLENECK_LEVEL_KEYS = keys(BOTTLENECK_LEVELS);

export function labelOf<K extends string>(items: readonly { key: K; label: string }[], key: K): string {
  return items.find((item) => item.key === key)?.label ?? key;
}

import { formatEuro } from '../../../../../src/shared/money';
import { DOMAINS, FREQUENCIES, FUNDING_STREAMS, BOTTLENECK_LEVELS, labelOf, type Domain } from '../../../../../src/plans/domain/vocabulary';

/** Dutch names for the parts of a plan document, for messages that point at a field by its path. */

const TOP: Record<string, string> = {
  caseNumber: 'Casusnummer',
  clientNumber: 'Cliëntnummer',
  lifeSatisfaction: 'Tevredenheidscijfer',
  domains: 'Leefgebieden',
  situation: 'Situatieschets',
  perspective: 'Perspectief',
  breakthrough: 'Doorbraak',
  horizonMonths: 'Horizon (maanden)',
  'household.adults': 'Huishouden: volwassenen',
  'household.children': 'Huishouden: kinderen',
  'involvement.householdAgrees': 'Het huishouden stemt in',
  'involvement.householdView': 'Visie van het huishouden',
  'involvement.network': 'Netwerk',
  'scenarios.threatened.probability': 'Dreigend scenario: kans',
  'scenarios.plan.name': 'Maatwerkscenario: naam',
};

/** Lists: the name of the whole list and of one item in it. */
const LISTS: Record<string, [whole: string, item: string]> = {
  selfActions: ['Zelf doen', 'Zelf doen, actie'],
  support: ['Ondersteuning', 'Ondersteuning, actie'],
  treatment: ['Behandeling', 'Behandeling, actie'],
  legalBases: ['Grondslagen', 'Grondslag'],
  'involvement.professionals': ['Betrokken organisaties', 'Betrokkene'],
  bottlenecks: ['Knelpunten', 'Knelpunt'],
  'scenarios.current.lines': ['Huidig scenario', 'Huidig, regel'],
  'scenarios.threatened.lines': ['Dreigend scenario', 'Dreigend, regel'],
  'scenarios.plan.lines': ['Maatwerkscenario', 'Maatwerk, regel'],
};

const FIELDS: Record<string, string> = {
  description: 'omschrijving',
  owner: 'wie',
  regulation: 'regeling',
  article: 'artikel',
  bwbId: 'BWB-id',
  motivation: 'motivering',
  organisation: 'organisatie',
  role: 'rol',
  agrees: 'stemt in',
  rule: 'regel',
  level: 'niveau',
  theme: 'thema',
  priceItemCode: 'product',
  fundingStream: 'geldstroom',
  unitPriceCents: 'prijs',
  quantity: 'aantal',
  frequency: 'frequentie',
  startMonth: 'vanaf maand',
  months: 'aantal maanden',
  vat: 'btw',
  name: 'naam',
};

export function pathLabel(path: string): string {
  if (TOP[path]) return TOP[path];
  const alternative = /^scenarios\.alternatives\.(\d+)(?:\.(name)|\.lines(?:\.(\d+)(?:\.(\w+))?)?)?$/.exec(path);
  if (alternative) {
    const [, a, name, line, field] = alternative;
    const base = `Alternatief ${Number(a) + 1}`;
    if (name) return `${base}: naam`;
    if (line === undefined) return base;
    return `${base}, regel ${Number(line) + 1}${field ? `: ${FIELDS[field] ?? field}` : ''}`;
  }
  for (const [prefix, [whole, item]] of Object.entries(LISTS)) {
    if (path === prefix) return whole;
    if (!path.startsWith(`${prefix}.`)) continue;
    const [index, field] = path.slice(prefix.length + 1).split('.');
    if (!/^\d+$/.test(index ?? '')) continue;
    return `${item} ${Number(index) + 1}${field ? `: ${FIELDS[field] ?? field}` : ''}`;
  }
  return path;
}

/** A value of the document as a person reads it, for the conflict message. */
export function valueText(path: string, value: unknown): string {
  if (value === undefined || value === null || value === '') return '(leeg)';
  const field = path.split('.').at(-1) ?? '';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'number') {
    if (field === 'unitPriceCents') return formatEuro(value);
    if (field === 'probability') return `${Math.round(value * 1000) / 10} %`.replace('.', ',');
    return String(value).replace('.', ',');
  }
  if (typeof value === 'string') {
    if (field === 'fundingStream') return labelOf(FUNDING_STREAMS, value as never);
    if (field === 'frequency') return labelOf(FREQUENCIES, value as never);
    if (field === 'level') return labelOf(BOTTLENECK_LEVELS, value as never);
    if (field === 'theme') return labelOf(DOMAINS, value as never);
    return value;
  }
  if (Array.isArray(value)) return path === 'domains' ? value.map((key) => labelOf(DOMAINS, key as Domain)).join(', ') : value.map((item) => valueText(path, item)).join('; ');
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const parts = [record.description, record.organisation, record.regulation, record.name].filter((part) => typeof part === 'string' && part);
    if (typeof record.unitPriceCents === 'number') parts.push(formatEuro(record.unitPriceCents));
    return parts.length ? parts.join(', ') : '(ingevuld)';
  }
  return String(value);
}

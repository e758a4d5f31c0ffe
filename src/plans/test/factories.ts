import type { PlanDocumentInput } from '../domain/plan-document.js';

let sequence = 0;

/**
 * The seed's case 1 (seed 002): mother and daughter threatened with homelessness; a place in a
 * mother-child house paid via maatwerk. Huidig € 20.000, dreigend € 90.000, maatwerk € 63.000.
 */
export function buildPlanDocument(overrides: Partial<PlanDocumentInput> = {}): PlanDocumentInput {
  sequence += 1;
  return {
    caseNumber: `2021-${String(sequence).padStart(3, '0')}`,
    clientNumber: `C-10${String(4200 + sequence)}`,
    household: { adults: 1, children: 1 },
    lifeSatisfaction: 4,
    domains: ['housing', 'safety', 'addiction'],
    situation: 'Moeder, ex-verslaafd, en dochter van 8 dreigen dakloos te raken na geweld van een dealer.',
    perspective: 'Een veilige plek om samen te wonen.',
    breakthrough: 'Een plek in een moeder-kindhuis in de regio zonder contract met de gemeente.',
    selfActions: [{ description: 'Moeder blijft clean en gaat naar de NA-groep', owner: 'moeder' }],
    support: [{ description: 'Ambulante begeleiding bij de verhuizing', owner: 'wijkteam' }],
    treatment: [],
    horizonMonths: 12,
    scenarios: {
      current: { lines: [{ description: 'Begeleiding en opvang nu', fundingStream: 'wmo', unitPriceCents: 2_000_000, quantity: 1, frequency: 'year' }] },
      threatened: { probability: 1, lines: [{ description: 'Uithuisplaatsing en maatschappelijke opvang', fundingStream: 'jeugdwet', unitPriceCents: 9_000_000, quantity: 1, frequency: 'year' }] },
      plan: { name: 'Moeder-kindhuis', lines: [{ description: 'Moeder-kindhuis', fundingStream: 'maatwerkbudget', unitPriceCents: 6_300_000, quantity: 1, frequency: 'year' }] },
      alternatives: [],
    },
    legalBases: [{ regulation: 'Wet maatschappelijke ondersteuning 2015', article: '2.3.5', bwbId: 'BWBR0035362', motivation: 'Opvang als maatwerkvoorziening.' }],
    involvement: { householdAgrees: true, householdView: 'Moeder wil dit zelf.', network: 'Zus', professionals: [{ organisation: 'Wijkteam', role: 'consulent', agrees: true }] },
    bottlenecks: [{ description: 'Damocles-beleid sluit moeder vijf jaar uit van sociale huur.', rule: 'Damocles', level: 'local', theme: 'housing' }],
    ...overrides,
  };
}

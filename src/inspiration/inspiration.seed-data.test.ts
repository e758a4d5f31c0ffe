import { describe, expect, it } from 'vitest';
import { referenceLegalBases } from '../library/library.reference.js';
import { DOMAIN_KEYS, FUNDING_STREAM_KEYS } from '../plans/domain/vocabulary.js';
import { checkSubmission } from './domain/redaction.js';
import { SEED_SOLUTIONS } from './inspiration.seed-data.js';

describe('the seeded inspiration solutions', () => {
  it('are six to eight, each with a unique id', () => {
    expect(SEED_SOLUTIONS.length).toBeGreaterThanOrEqual(6);
    expect(SEED_SOLUTIONS.length).toBeLessThanOrEqual(8);
    expect(new Set(SEED_SOLUTIONS.map((s) => s.id)).size).toBe(SEED_SOLUTIONS.length);
  });

  it.each(SEED_SOLUTIONS.map((s) => [s.id, s] as const))('%s passes the privacy guard without errors or warnings', (_id, solution) => {
    expect(checkSubmission(solution, { caseNumber: 'geen-casus', clientNumber: 'geen-client' })).toEqual({ errors: [], warnings: [] });
  });

  it('uses legal bases from the reference library, known domains and funding streams', () => {
    const library = referenceLegalBases();
    for (const solution of SEED_SOLUTIONS) {
      for (const basis of solution.legalBases) {
        expect(library.some((ref) => ref.regulation === basis.regulation && ref.article === basis.article), `${solution.id}: ${basis.regulation} ${basis.article}`).toBe(true);
      }
      for (const domain of solution.domains) expect(DOMAIN_KEYS).toContain(domain);
      for (const stream of solution.fundingStreams) expect(FUNDING_STREAM_KEYS).toContain(stream);
    }
  });

  it('has a consistent KBA: return is threatened minus plan, and positive', () => {
    for (const { kba } of SEED_SOLUTIONS) {
      expect(kba.returnCents).toBe(kba.threatenedCents - kba.planCents);
      expect(kba.returnCents).toBeGreaterThan(0);
      expect(kba.maatwerkbudgetCents).toBeLessThanOrEqual(kba.planCents);
    }
  });

  it('tells the seeds’ stories, including the yoghurt that fits no box', () => {
    const text = JSON.stringify(SEED_SOLUTIONS).toLowerCase();
    for (const word of ['moeder-kindhuis', 'mantelzorgunit', 'maasmechelen', 'luier', 'yoghurt past in geen enkel vakje', 'huurachterstand', 'vrouwenopvang']) {
      expect(text).toContain(word);
    }
  });
});

import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOMAIN_KEYS, FUNDING_STREAM_KEYS } from '../../plans/domain/vocabulary.js';
import { legalBasesFromReferenceCsv, normalizeArticle, refersTo } from './legal-bases.js';
import { fitsStream, rankLegalBases, usageFromPlans } from './suggestions.js';

const library = legalBasesFromReferenceCsv(fs.readFileSync(new URL('../reference/legal-bases.csv', import.meta.url), 'utf8'));
const codes = (items: { code: string }[]) => items.map((item) => item.code);

describe('the reference legal library', () => {
  it('has 37 bases with Dutch descriptions, domain lists and BWB links', () => {
    expect(library).toHaveLength(37);
    expect(library.find((b) => b.code === 'LB-PW-35')).toEqual({
      code: 'LB-PW-35',
      regulation: 'Participatiewet',
      shortName: 'Participatiewet',
      article: '35',
      bwbId: 'BWBR0015703',
      url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0015703&artikel=35',
      description: 'Bijzondere bijstand voor noodzakelijke kosten die uit bijzondere omstandigheden voortvloeien',
      domains: ['income', 'debts', 'health', 'housing'],
      confidence: 'high',
      note: '',
    });
    const local = library.find((b) => b.code === 'LB-LOKAAL-HARDHEID')!;
    expect(local).toMatchObject({ bwbId: null, url: null, article: '', domains: [] });
    expect(new Set(codes(library)).size).toBe(37);
  });
});

describe('refersTo', () => {
  const pw35 = library.find((b) => b.code === 'LB-PW-35')!;
  it('matches a plan reference by law name, short name or BWB id, and the article however written', () => {
    expect(refersTo({ regulation: 'Participatiewet', article: '35' }, pw35)).toBe(true);
    expect(refersTo({ regulation: 'participatiewet', article: 'art. 35 lid 1' }, pw35)).toBe(true);
    expect(refersTo({ regulation: 'PW', article: '35', bwbId: 'BWBR0015703' }, pw35)).toBe(true);
    expect(refersTo({ regulation: 'Participatiewet', article: '36' }, pw35)).toBe(false);
    expect(refersTo({ regulation: 'Participatiewet', article: '35', bwbId: 'BWBR0035362' }, pw35)).toBe(false);
    const wmo = library.find((b) => b.code === 'LB-WMO-2.3.5')!;
    expect(refersTo({ regulation: 'Wmo 2015', article: 'artikel 2.3.5' }, wmo)).toBe(true);
    expect(refersTo({ regulation: '', article: '2.3.5' }, wmo)).toBe(false);
  });
  it('normalises article numbers', () => {
    expect(normalizeArticle('Art. 4:84')).toBe('4:84');
    expect(normalizeArticle('artikel 35 lid 2')).toBe('35');
    expect(normalizeArticle(undefined)).toBe('');
  });
});

describe('fitsStream', () => {
  it('maps funding streams to their regulations, also local ordinances by name', () => {
    const byCode = (code: string) => library.find((b) => b.code === code)!;
    expect(fitsStream(byCode('LB-WMO-2.3.5'), 'wmo')).toBe(true);
    expect(fitsStream(byCode('LB-JW-2.3'), 'jeugdwet')).toBe(true);
    expect(fitsStream(byCode('LB-PW-35'), 'participatiewet')).toBe(true);
    expect(fitsStream(byCode('LB-PW-35'), 'bijzondere-bijstand')).toBe(true);
    expect(fitsStream(byCode('LB-WGS-4'), 'schuldhulpverlening')).toBe(true);
    expect(fitsStream(byCode('LB-LOKAAL-HARDHEID'), 'maatwerkbudget')).toBe(true);
    expect(fitsStream(byCode('LB-PW-35'), 'wmo')).toBe(false);
    const local = { regulation: 'Verordening maatschappelijke ondersteuning Demodam 2024', shortName: 'Verordening Wmo Demodam', bwbId: null };
    expect(fitsStream(local, 'wmo')).toBe(true);
    expect(fitsStream({ regulation: 'Verordening jeugdhulp Demodam 2024', shortName: '', bwbId: null }, 'jeugdwet')).toBe(true);
  });
});

describe('rankLegalBases', () => {
  it('puts Participatiewet 35 first for a housing and income plan that spends on bijstand', () => {
    const ranked = rankLegalBases(library, { domains: ['housing', 'income'], fundingStreams: ['participatiewet', 'bijzondere-bijstand'], legalBases: [] });
    expect(ranked[0]).toMatchObject({ code: 'LB-PW-35', score: 3 * 2 + 2 * 2 });
    expect(ranked[0]!.reasons).toEqual(['Past bij leefgebieden wonen, inkomen.', 'Het plan besteedt aan Participatiewet (BUIG), Bijzondere bijstand / armoede.']);
    // Participatiewet articles on income come next; general bases (no domains) trail with 1 point.
    expect(codes(ranked.slice(1, 6))).toEqual(['LB-PW-12', 'LB-PW-16', 'LB-PW-18', 'LB-PW-36', 'LB-PW-48']);
    expect(ranked.find((b) => b.code === 'LB-AWB-4:84')).toMatchObject({ score: 1, reasons: ['Geldt voor alle leefgebieden.'] });
    // Nothing without a point: youth care has nothing to do with this plan.
    expect(codes(ranked)).not.toContain('LB-JW-2.3');
  });

  it('leaves out what the plan already names', () => {
    const ranked = rankLegalBases(library, {
      domains: ['housing', 'income'],
      fundingStreams: [],
      legalBases: [{ regulation: 'Participatiewet', article: '35' }],
    });
    expect(codes(ranked)).not.toContain('LB-PW-35');
  });

  it("lifts what the municipality's plans used before, up to a cap", () => {
    const input = { domains: ['debts' as const], fundingStreams: [], legalBases: [] };
    const before = rankLegalBases(library, input);
    const wgs4 = before.findIndex((b) => b.code === 'LB-WGS-4');
    expect(wgs4).toBeGreaterThan(0);
    const after = rankLegalBases(library, input, [
      { regulation: 'Wet gemeentelijke schuldhulpverlening', article: '4', plans: 2 },
      { regulation: 'Wgs', article: 'art. 4', plans: 1 },
    ]);
    expect(after[0]).toMatchObject({ code: 'LB-WGS-4', score: 3 + 3 });
    expect(after[0]!.reasons).toContain('Eerder gebruikt in 3 plannen van uw gemeente.');
    const capped = rankLegalBases(library, input, [{ regulation: 'Wgs', article: '4', plans: 40 }]);
    expect(capped[0]).toMatchObject({ code: 'LB-WGS-4', score: 3 + 5 });
  });

  const plan = fc.record({
    domains: fc.subarray([...DOMAIN_KEYS]),
    fundingStreams: fc.array(fc.constantFrom(...FUNDING_STREAM_KEYS), { maxLength: 6 }),
    legalBases: fc.subarray(library).map((bases) => bases.map((b) => ({ regulation: b.regulation, article: b.article, bwbId: b.bwbId }))),
  });

  it('is deterministic, sorted best first, positive, and never suggests what the plan has', () => {
    fc.assert(
      fc.property(plan, fc.shuffledSubarray(library, { minLength: library.length }), (input, shuffled) => {
        const ranked = rankLegalBases(library, input);
        expect(rankLegalBases(shuffled, input)).toEqual(ranked);
        for (let i = 1; i < ranked.length; i += 1) expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
        for (const suggestion of ranked) {
          expect(suggestion.score).toBeGreaterThan(0);
          expect(input.legalBases.some((ref) => refersTo(ref, suggestion))).toBe(false);
        }
      }),
    );
  });

  it('never lowers a score when the plan gains a domain or a funding stream', () => {
    fc.assert(
      fc.property(plan, fc.constantFrom(...DOMAIN_KEYS), fc.constantFrom(...FUNDING_STREAM_KEYS), (input, domain, stream) => {
        const scores = (list: ReturnType<typeof rankLegalBases>) => new Map(list.map((s) => [s.code, s.score]));
        const base = scores(rankLegalBases(library, input));
        const more = scores(rankLegalBases(library, { ...input, domains: [...input.domains, domain], fundingStreams: [...input.fundingStreams, stream] }));
        for (const [code, score] of base) expect(more.get(code) ?? 0).toBeGreaterThanOrEqual(score);
      }),
    );
  });
});

describe('usageFromPlans', () => {
  it('counts each plan once per basis, across spellings of the same article', () => {
    const usage = usageFromPlans([
      [{ regulation: 'Participatiewet', article: '35' }, { regulation: 'participatiewet', article: 'art. 35' }],
      [{ regulation: 'Participatiewet', article: '35', bwbId: 'BWBR0015703' }],
      [{ regulation: 'Wgs', article: '4' }],
      null,
      undefined,
      [],
    ]);
    expect(usage).toEqual([
      { regulation: 'Participatiewet', article: '35', bwbId: null, plans: 1 },
      { regulation: 'Participatiewet', article: '35', bwbId: 'BWBR0015703', plans: 1 },
      { regulation: 'Wgs', article: '4', bwbId: null, plans: 1 },
    ]);
    const ranked = rankLegalBases(library, { domains: [], fundingStreams: [], legalBases: [] }, usage);
    expect(ranked.find((b) => b.code === 'LB-PW-35')).toMatchObject({ score: 2, reasons: ['Eerder gebruikt in 2 plannen van uw gemeente.'] });
  });
});

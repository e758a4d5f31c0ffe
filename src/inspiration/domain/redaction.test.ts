import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeKba } from '../../plans/domain/kba.js';
import { planDocumentSchema } from '../../plans/domain/plan-document.js';
import { buildDraft, checkSubmission, containsIdentifier, copiesSituation, firstSentence, unknownLegalBases, type Submission } from './redaction.js';

// Test fixture: passes the 11-proef (a well-known test number), so the guard must refuse it.
const BSN = '111222333';

const SITUATION = 'Moeder en dochter dreigen dakloos te worden nadat de woning na een inval is gesloten en de corporatie de huur wil ontbinden; nergens is plek.';

const plan = planDocumentSchema.parse({
  caseNumber: '2026-777',
  clientNumber: 'C-900001',
  domains: ['housing', 'addiction', 'housing'],
  situation: SITUATION,
  breakthrough: 'Een plek in een moeder-kindhuis zonder contract met de gemeente, betaald via maatwerk. Begeleid wonen volgt.',
  legalBases: [
    { regulation: 'Wet maatschappelijke ondersteuning 2015', article: '2.3.5', motivation: 'Over moeder C-900001: vertrouwelijk.' },
    { regulation: 'Wet maatschappelijke ondersteuning 2015', article: '2.3.5', motivation: 'dubbel' },
    { regulation: 'Participatiewet', article: '35' },
  ],
  scenarios: {
    current: { lines: [{ fundingStream: 'wmo', unitPriceCents: 100_000, quantity: 1, frequency: 'month' }] },
    threatened: { lines: [{ fundingStream: 'jeugdwet', unitPriceCents: 500_000, quantity: 1, frequency: 'month' }] },
    plan: {
      lines: [
        { fundingStream: 'maatwerkbudget', unitPriceCents: 250_000, quantity: 1, frequency: 'month' },
        { fundingStream: 'wmo', unitPriceCents: 10_000, quantity: 1, frequency: 'month' },
        { fundingStream: 'maatwerkbudget', unitPriceCents: 5_000, quantity: 1, frequency: 'once' },
      ],
    },
  },
});

const ids = { caseNumber: plan.caseNumber, clientNumber: plan.clientNumber, situation: plan.situation };
const good: Submission = {
  title: 'Moeder-kindhuis buiten contract',
  situation: 'Een moeder met een jong kind dreigt dakloos te raken; reguliere opvang heeft geen plek.',
  breakthrough: 'Plaatsing in een moeder-kindhuis in de regio zonder contract, betaald uit het maatwerkbudget.',
  legalBases: [{ regulation: 'Participatiewet', article: '35' }],
  domains: ['housing'],
  fundingStreams: ['maatwerkbudget'],
};

describe('the redaction draft', () => {
  const draft = buildDraft(plan, computeKba(plan));

  it('starts with an empty situation: the maatwerker rewrites it, never copies it', () => {
    expect(draft.situation).toBe('');
    expect(JSON.stringify(draft)).not.toContain('dakloos');
  });

  it('takes the title from the first sentence of the breakthrough and keeps the breakthrough editable', () => {
    expect(draft.title).toBe('Een plek in een moeder-kindhuis zonder contract met de gemeente, betaald via maatwerk');
    expect(draft.breakthrough).toBe(plan.breakthrough);
  });

  it('keeps regulation and article only, once each, without the motivation', () => {
    expect(draft.legalBases).toEqual([
      { regulation: 'Wet maatschappelijke ondersteuning 2015', article: '2.3.5' },
      { regulation: 'Participatiewet', article: '35' },
    ]);
    expect(JSON.stringify(draft)).not.toContain('C-900001');
  });

  it('summarises the KBA and lists domains and the plan lines’ funding streams once', () => {
    expect(draft.kba).toEqual({ currentCents: 1_200_000, threatenedCents: 6_000_000, planCents: 3_125_000, returnCents: 2_875_000, maatwerkbudgetCents: 3_005_000 });
    expect(draft.domains).toEqual(['housing', 'addiction']);
    expect(draft.fundingStreams).toEqual(['maatwerkbudget', 'wmo']);
  });

  it('never contains the client or case number', () => {
    expect(JSON.stringify(draft)).not.toContain(plan.caseNumber);
  });
});

describe('checking a submission', () => {
  it('accepts a rewritten, anonymous text', () => {
    expect(checkSubmission(good, ids)).toEqual({ errors: [], warnings: [] });
  });

  it('refuses a BSN with its field path', () => {
    const { errors } = checkSubmission({ ...good, situation: `Moeder (bsn ${BSN}) dreigt dakloos te raken.` }, ids);
    expect(errors.map((e) => e.path)).toEqual(['situation']);
    expect(errors[0]!.message).toMatch(/burgerservicenummer/);
  });

  it('refuses the client number and the case number, in any case and spacing', () => {
    const { errors } = checkSubmission({ ...good, title: 'Oplossing c-900001', breakthrough: 'Zie casus 2026-777.' }, ids);
    expect(errors).toEqual([
      { path: 'title', message: expect.stringMatching(/cliëntnummer/) },
      { path: 'breakthrough', message: expect.stringMatching(/casusnummer/) },
    ]);
  });

  it('refuses an empty or copied situation', () => {
    expect(checkSubmission({ ...good, situation: '  ' }, ids).errors.map((e) => e.path)).toEqual(['situation']);
    const copied = checkSubmission({ ...good, situation: `Kort: ${SITUATION}` }, ids);
    expect(copied.errors).toEqual([{ path: 'situation', message: expect.stringMatching(/Herschrijf/) }]);
  });

  it('warns for emails, phone numbers and dates without refusing', () => {
    const { errors, warnings } = checkSubmission({ ...good, situation: 'Moeder, geboren 12-03-1985, bereikbaar via 06-12345678 of m@example.org.' }, ids);
    expect(errors).toEqual([]);
    expect(warnings.map((w) => w.kind).sort()).toEqual(['date', 'email', 'phone']);
  });

  it('ignores identifiers shorter than three characters (they would match everywhere)', () => {
    expect(containsIdentifier('een 12 jarige', '12')).toBe(false);
    expect(containsIdentifier('Zie C 9 0 0 0 0 1', 'C-900001')).toBe(false);
  });

  it('a client number embedded anywhere is always found (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const { errors } = checkSubmission({ ...good, breakthrough: `${before}C-900001${after}` }, ids);
        return errors.some((e) => e.path === 'breakthrough' && /cliëntnummer/.test(e.message));
      }),
    );
  });

  it('finds only long copied stretches', () => {
    expect(copiesSituation('dreigen dakloos te worden', SITUATION)).toBe(false);
  });

  it('names legal bases that the plan does not have', () => {
    expect(unknownLegalBases([{ regulation: 'Participatiewet', article: '35' }, { regulation: 'Gemeentewet', article: '160' }], [{ regulation: 'Participatiewet', article: '35' }])).toEqual([
      { regulation: 'Gemeentewet', article: '160' },
    ]);
  });
});

describe('firstSentence', () => {
  it('cuts long sentences at a word with an ellipsis', () => {
    const title = firstSentence(`${'woord '.repeat(40)}einde.`);
    expect(title.length).toBeLessThanOrEqual(120);
    expect(title.endsWith('…')).toBe(true);
  });
  it('keeps a short text whole', () => {
    expect(firstSentence('  Taxi naar school  ')).toBe('Taxi naar school');
  });
});

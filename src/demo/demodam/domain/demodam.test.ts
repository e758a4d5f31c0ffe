import { beforeAll, describe, expect, it } from 'vitest';
import { passesElevenTest } from '../../../privacy/domain/guard.js';
import { PILLARS, type Pillar } from '../../../imports/domain/records.js';
import { costCents } from './cost.js';
import { dayOf, monthOf, monthStart, yearEnd, yearStart } from './days.js';
import { DeclarationIndex, declarationMessages, UNKNOWN_SERVICE_BASE, type DeclarationMessage } from './declarations.js';
import { activePillars, effectivePeriod } from './effective.js';
import { generateHousehold } from './household.js';
import type { Household } from './model.js';
import { PILLAR_COUNT_SHARES, PILLAR_HOUSEHOLDS } from './pillar-sets.js';
import { planDemodam, type DemodamPlan } from './plan.js';
import { providerCounts } from './providers.js';
import { listedTariff } from './tariffs.js';

// BSN test fixture: every BSN here is one of the generator's synthetic test numbers.
const TODAY = '2026-12-03';
const ANCHORS = ['C-104241', 'C-104242', 'C-104243', 'C-104244', 'C-104245', 'C-104246', 'C-104247', 'C-104248'];

function generate(scale: number, seed = 2026): { plan: DemodamPlan; households: Household[] } {
  const plan = planDemodam({ scale, seed, today: TODAY, anchorClientNumbers: ANCHORS });
  return { plan, households: Array.from({ length: plan.households }, (_, h) => generateHousehold(plan, h)) };
}

describe('Demodam at scale 1 (a municipality of 120,000 residents)', () => {
  let plan: DemodamPlan;
  let households: Household[];
  beforeAll(() => ({ plan, households } = generate(1)));

  it('has the seed’s households with support today, by number of pillars and per pillar', () => {
    const today = dayOf(TODAY);
    const byCount = [0, 0, 0, 0, 0, 0];
    const byPillar = Object.fromEntries(PILLARS.map((p) => [p, 0])) as Record<Pillar, number>;
    const wrong: string[] = [];
    for (const household of households) {
      const active = activePillars(household, today, today);
      byCount[active.size]!++;
      for (const p of active) byPillar[p]++;
      if (active.size > 0 !== household.current) wrong.push(household.householdId);
    }
    expect(wrong, 'households whose support today is not what the plan says').toEqual([]);
    const supported = households.length - byCount[0]!;
    expect(Math.abs(supported - 13_346) / 13_346).toBeLessThan(0.01);
    const share = (n: number) => n / supported;
    expect(share(byCount[1]!)).toBeCloseTo(PILLAR_COUNT_SHARES[0], 2);
    expect(share(byCount[2]!)).toBeCloseTo(PILLAR_COUNT_SHARES[1], 2);
    expect(share(byCount[3]!)).toBeCloseTo(PILLAR_COUNT_SHARES[2], 2);
    expect(share(byCount[4]! + byCount[5]!)).toBeCloseTo(0.008, 2);
    for (const p of PILLARS) expect(Math.abs(byPillar[p] - PILLAR_HOUSEHOLDS[p]) / PILLAR_HOUSEHOLDS[p], p).toBeLessThan(0.03);
  });

  it('has ~250 providers (Jeugd 147, Wmo 116, a few in both) with 8-digit AGB codes', () => {
    expect(providerCounts(1)).toMatchObject({ wmo: 116, jeugd: 147, both: 13 });
    const istandaard = plan.providers.list.filter((p) => p.pillars.includes('wmo') || p.pillars.includes('jeugd'));
    expect(istandaard).toHaveLength(250);
    for (const p of plan.providers.list) expect(p.agb).toMatch(/^\d{8}$/);
    expect(new Set(plan.providers.list.map((p) => p.agb)).size).toBe(plan.providers.list.length);
  });

  it('gives every client a valid, unique test BSN and client number, one to five clients per household', () => {
    const bsns = new Set<string>();
    const numbers = new Set<string>();
    let clients = 0;
    const problems: string[] = [];
    for (const household of households) {
      if (household.clients.length < 1 || household.clients.length > 5) problems.push(`${household.householdId}: ${household.clients.length} cliënten`);
      for (const client of household.clients) {
        clients++;
        bsns.add(client.bsn);
        numbers.add(client.clientNumber);
        if (!passesElevenTest(client.bsn)) problems.push(`${client.clientNumber}: geen 11-proef`);
        if (client.assignments.length + client.csvServices.length === 0) problems.push(`${client.clientNumber}: geen voorziening`);
      }
    }
    expect(problems).toEqual([]);
    expect(bsns.size).toBe(clients);
    expect(numbers.size).toBe(clients);
    for (const anchor of ANCHORS) expect(numbers.has(anchor)).toBe(true);
  });

  it('puts the demo plans’ client numbers in households on 3+ pillars, supported for over a year and on', () => {
    const today = dayOf(TODAY);
    for (const anchor of ANCHORS) {
      const household = households.find((h) => h.clients.some((c) => c.clientNumber === anchor))!;
      expect(activePillars(household, today, today).size, anchor).toBeGreaterThanOrEqual(3);
      expect(activePillars(household, today - 400, today).size, anchor).toBeGreaterThanOrEqual(3);
      expect(activePillars(household, today + 100, today).size, anchor).toBeGreaterThanOrEqual(1);
    }
  });

  it('spreads assignments over the past three years, most with an end date, a start reported a few days later', () => {
    const today = dayOf(TODAY);
    const assignments = households.flatMap((h) => h.clients.flatMap((c) => c.assignments));
    const starts = assignments.map((a) => a.start).filter((s) => s >= today - 1096);
    expect(starts.length / assignments.length).toBeGreaterThan(0.75);
    const years = [0, 0, 0];
    for (const s of starts) years[Math.min(2, Math.floor((today - s) / 366))]!++;
    for (const n of years) expect(n / starts.length).toBeGreaterThan(0.2);
    const open = assignments.filter((a) => a.end === null).length / assignments.length;
    expect(open).toBeGreaterThan(0.02);
    expect(open).toBeLessThan(0.2);
    expect(Math.max(...assignments.map((a) => (a.started ? a.started.begin - a.start : 0)))).toBeLessThanOrEqual(10);
    expect(Math.min(...assignments.map((a) => (a.started ? a.started.begin - a.start : 0)))).toBe(0);
    const neverStarted = assignments.filter((a) => !a.started && a.start < today - 30);
    expect(neverStarted.length / assignments.length).toBeGreaterThan(0.002);
    expect(neverStarted.length / assignments.length).toBeLessThan(0.03);
    expect(assignments.filter((a) => a.stopped && a.stopped.sentOn <= today).length).toBeGreaterThan(assignments.length / 3);
  });

  it('costs about what Maastricht spends in its social domain (~€188m a year)', () => {
    const year = 2025;
    let cents = 0;
    for (const household of households) {
      for (const client of household.clients) {
        for (const a of client.assignments) {
          const period = effectivePeriod(a, plan.today);
          cents += costCents({ ...period, unit: a.product.unit, frequency: a.product.frequency, volume: a.volume, ...(a.budgetCents !== undefined ? { amountCents: a.budgetCents } : {}) }, listedTariff(plan, a.provider, a.product, period.start) ?? 0, yearStart(year), yearEnd(year));
        }
        for (const s of client.csvServices) for (const r of s.realisations) if (r.from >= yearStart(year) && r.to <= yearEnd(year)) cents += r.amountCents;
      }
    }
    expect(cents / 100).toBeGreaterThan(160e6);
    expect(cents / 100).toBeLessThan(230e6);
  });
});

describe('Demodam’s declarations', () => {
  let plan: DemodamPlan;
  let messages: DeclarationMessage[];
  let households: Household[];
  beforeAll(() => {
    ({ plan, households } = generate(0.1));
    const index = new DeclarationIndex();
    for (const h of households) for (const c of h.clients) for (const a of c.assignments) index.add(a, c.bsn);
    messages = [...declarationMessages(plan, index)];
  });

  it('come once per provider, pillar and month, most one or two months after the month, some three to nine', () => {
    const keys = new Set(messages.map((m) => `${m.provider}:${m.pillar}:${m.month}`));
    expect(keys.size).toBe(messages.length);
    expect(new Set(messages.map((m) => m.number)).size).toBe(messages.length);
    const delays = messages.map((m) => monthOf(m.sentOn) - m.month);
    const share = (test: (d: number) => boolean) => delays.filter(test).length / delays.length;
    expect(share((d) => d >= 1 && d <= 2)).toBeGreaterThan(0.8);
    expect(share((d) => d >= 3)).toBeGreaterThan(0.02);
    expect(Math.max(...delays)).toBeLessThanOrEqual(9);
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(1);
    const problems: string[] = [];
    for (const m of messages) {
      if (m.sentOn > plan.today) problems.push(`${m.number}: arrives after today`);
      if (m.totalCents !== m.lines.reduce((t, l) => t + l.amountCents, 0)) problems.push(`${m.number}: total`);
      for (const l of m.lines) {
        if (l.from < monthStart(m.month) || l.to > m.periodTo || l.to < l.from) problems.push(`${m.number}: period of ${l.serviceId}`);
        if (l.amountCents !== l.volume * l.tariffCents || l.amountCents > 99_999_999) problems.push(`${m.number}: amount of ${l.serviceId}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('include a few anomalies: an unknown ToewijzingNummer, a month after the care ended, more than assigned', () => {
    const lines = messages.flatMap((m) => m.lines);
    expect(lines.filter((l) => l.serviceId >= UNKNOWN_SERVICE_BASE).length).toBeGreaterThanOrEqual(1);
    const assignments = new Map(households.flatMap((h) => h.clients.flatMap((c) => c.assignments)).map((a) => [a.serviceId, a]));
    const afterEnd = lines.filter((l) => {
      const a = assignments.get(l.serviceId);
      return a?.actualEnd !== null && a !== undefined && l.from > a.actualEnd!;
    });
    expect(afterEnd.length).toBeGreaterThanOrEqual(1);
    expect(afterEnd.length / lines.length).toBeLessThan(0.01);
    const over = lines.filter((l) => {
      const a = assignments.get(l.serviceId);
      if (!a || a.product.frequency !== '2' || a.budgetCents !== undefined) return false;
      return l.volume > (a.volume * (l.to - l.from + 1)) / 7;
    });
    expect(over.length).toBeGreaterThanOrEqual(1);
    expect(over.length / lines.length).toBeLessThan(0.02);
  });
});

describe('small scales', () => {
  it('still place every anchor on three or more pillars, converting households when too few are', () => {
    const plan = planDemodam({ scale: 0.005, seed: 1, today: TODAY, anchorClientNumbers: ANCHORS });
    expect(plan.anchorOf.size).toBe(ANCHORS.length);
    const today = dayOf(TODAY);
    for (const [h, number] of plan.anchorOf) {
      const household = generateHousehold(plan, h);
      expect(household.clients[0]!.clientNumber).toBe(number);
      expect(activePillars(household, today, today).size).toBeGreaterThanOrEqual(3);
    }
  });

  it('refuses options it cannot honour, in Dutch', () => {
    expect(() => planDemodam({ scale: 0, seed: 1 })).toThrow('Schaal');
    expect(() => planDemodam({ scale: 1, seed: -1 })).toThrow('Seed');
    expect(() => planDemodam({ scale: 1, seed: 1, today: '2026-02-30' })).toThrow('bestaat niet');
    expect(() => planDemodam({ scale: 1, seed: 1, municipalityCode: '999' })).toThrow('Gemeentecode');
    expect(() => planDemodam({ scale: 1, seed: 1, anchorClientNumbers: ['C-1', 'C-1'] })).toThrow('uniek');
  });
});

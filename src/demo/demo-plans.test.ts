import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeKba } from '../plans/domain/kba.js';
import { planDocumentSchema, STRUCTURED_FIELDS, type PlanDocument } from '../plans/domain/plan-document.js';
import { checkImport, EXPORT_FORMAT } from '../plans/domain/transfer.js';
import { scanForPersonalData } from '../privacy/domain/guard.js';
import { DEMO_USERS } from './demo-data.js';
import { DEMO_LIFECYCLES } from './demo-lifecycle.js';
import { DEMO_PLAN_ENTRIES, DEMO_PLANS, DEMO_PLANS_DIR, MOTHER_CHILD_HOUSE } from './demo-plans.js';

/** The reference CSVs have no quoted fields (their texts use ';'), so a split on ',' reads them. */
function readCsv(name: string): Record<string, string>[] {
  const [header, ...rows] = fs.readFileSync(new URL(`../library/reference/${name}`, import.meta.url), 'utf8').trim().split('\n');
  const columns = header!.split(',');
  return rows.map((row) => {
    const cells = row.split(',');
    expect(cells, row).toHaveLength(columns.length);
    return Object.fromEntries(columns.map((column, i) => [column, cells[i]!]));
  });
}

/** "1597.20" → 159720, exactly (no floating point). */
const eurosToCents = (euros: string) => {
  const [whole, fraction = ''] = euros.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
};

const documents: { tenantId: string; document: PlanDocument }[] = DEMO_PLANS.map((plan) => ({ tenantId: plan.tenantId, document: plan.document }));
const allLines = (document: PlanDocument) => {
  const s = document.scenarios ?? {};
  return [...(s.current?.lines ?? []), ...(s.threatened?.lines ?? []), ...(s.plan?.lines ?? []), ...(s.alternatives ?? []).flatMap((a) => a.lines)];
};

describe('demo plans', () => {
  it('are JSON files in the exchange format, one per listed plan, that the import accepts as they are', () => {
    const files = fs.readdirSync(DEMO_PLANS_DIR).sort();
    expect(files).toEqual(DEMO_PLAN_ENTRIES.map((entry) => `${entry.caseNumber}.json`).sort());
    for (const file of files) {
      const content = fs.readFileSync(new URL(file, DEMO_PLANS_DIR), 'utf8');
      const document = planDocumentSchema.parse(JSON.parse(content));
      // Stored canonically: the validated document as JSON.stringify writes it, no field left to a default.
      expect(content, file).toBe(`${JSON.stringify(document, null, 2)}\n`);
    }
    for (const tenant of ['demo', 'demo2']) {
      const own = DEMO_PLANS.filter((p) => p.tenantId === tenant).map((p) => JSON.parse(JSON.stringify(p.document)));
      const check = checkImport({ format: EXPORT_FORMAT, formatVersion: 1, exportedAt: '', tenant: { id: tenant, name: tenant }, plans: own }, new Set());
      expect(check.rejected, tenant).toEqual([]);
      expect(check.accepted, tenant).toEqual(own);
    }
  });

  it("computes the seed's case 1 exactly: huidig € 20.000, dreigend € 90.000, maatwerk € 63.000, return € 27.000", () => {
    const kba = computeKba(planDocumentSchema.parse(MOTHER_CHILD_HOUSE));
    expect(kba).toMatchObject({
      currentCents: 2_000_000,
      threatenedCents: 9_000_000,
      expectedThreatenedCents: 9_000_000,
      planCents: 6_300_000,
      returnCents: 2_700_000,
      versusCurrentCents: -4_300_000,
      maatwerkbudgetCents: 3_000_000,
    });
  });

  it('passes the privacy guard without errors or warnings', () => {
    for (const { document } of documents) {
      expect(scanForPersonalData(document, { structured: STRUCTURED_FIELDS }), document.caseNumber).toEqual({ errors: [], warnings: [] });
    }
  });

  it('uses pseudonymous client numbers, no names from the seeds and no nine-digit numbers', () => {
    const seedNames = /\b(Sophie|Noortje|Jenny|Frank|Anja|Jasper|Camiel|David|Chris|Lisa|Tim|Susan|Debby|Syria|Darius)\b/;
    for (const { document } of documents) {
      expect(document.clientNumber).toMatch(/^C-1042\d\d$/);
      const text = JSON.stringify(document);
      expect(text, document.caseNumber).not.toMatch(seedNames);
      expect(text, document.caseNumber).not.toMatch(/\d{9}/);
    }
  });

  it('spreads about ten plans over both demo municipalities with unique case numbers and demo authors', () => {
    expect(DEMO_PLANS.length).toBeGreaterThanOrEqual(10);
    const demo2 = DEMO_PLANS.filter((p) => p.tenantId === 'demo2').length;
    expect(demo2).toBeGreaterThanOrEqual(2);
    expect(demo2).toBeLessThanOrEqual(3);
    for (const tenant of ['demo', 'demo2']) {
      const numbers = DEMO_PLANS.filter((p) => p.tenantId === tenant).map((p) => p.document.caseNumber);
      expect(new Set(numbers).size).toBe(numbers.length);
      // The test factory numbers its plans 2021-NNN; the demo must never collide with it.
      for (const n of numbers) expect(n).not.toMatch(/^2021-/);
    }
    for (const plan of DEMO_PLANS) {
      const author = DEMO_USERS.find((u) => u.email === plan.authorEmail && u.tenantId === plan.tenantId);
      expect(author?.roles.some((r) => r === 'consulent' || r === 'maatwerker'), plan.authorEmail).toBe(true);
      expect(['draft', 'sparring', 'scheduled', 'approved', 'in_progress', 'monitoring']).toContain(plan.status);
    }
  });

  it('prices lines from the reference price list: its codes, exact unit prices and frequencies', () => {
    const priceList = new Map(readCsv('price-list.csv').map((row) => [row.code!, row]));
    let priced = 0;
    for (const { document } of documents) {
      for (const line of allLines(document)) {
        if (!line.priceItemCode) continue;
        priced += 1;
        const row = priceList.get(line.priceItemCode)!;
        expect(row, line.priceItemCode).toBeDefined();
        expect(line.unitPriceCents, line.description).toBe(eurosToCents(row.unit_price_eur!));
        expect(line.frequency, line.description).toBe(row.default_frequency);
        // Its own funding stream, unless the maatwerkbudget pays what the usual stream will not.
        expect([row.funding_stream, 'maatwerkbudget'], line.description).toContain(line.fundingStream);
      }
    }
    expect(priced).toBeGreaterThan(50);
  });

  it('cites legal bases from the legal library, each with a motivation', () => {
    const library = readCsv('legal-bases.csv');
    for (const { document } of documents) {
      expect(document.legalBases?.length, document.caseNumber).toBeGreaterThan(0);
      for (const base of document.legalBases ?? []) {
        // The regulation, article and BWB id exactly as the library row has them.
        expect(library.some((r) => r.regulation === base.regulation && r.article === base.article && r.bwb_id === (base.bwbId ?? '')), `${base.regulation} ${base.article}`).toBe(true);
        expect(base.motivation.length).toBeGreaterThan(20);
      }
    }
  });

  it('is complete enough to be tabled, with realistic variety', () => {
    for (const { document } of documents) {
      const name = document.caseNumber;
      expect(document.perspective, name).toBeTruthy();
      expect(document.breakthrough, name).toBeTruthy();
      expect(document.involvement?.householdAgrees, name).toBe(true);
      expect(document.scenarios?.current?.lines.length, name).toBeGreaterThan(0);
      expect(document.scenarios?.threatened?.lines.length, name).toBeGreaterThan(0);
      expect(document.scenarios?.plan?.lines.length, name).toBeGreaterThan(0);
      expect(document.lifeSatisfaction, name).toBeGreaterThanOrEqual(1);
      expect(document.bottlenecks?.length, name).toBeGreaterThan(0);
      expect(computeKba(document).returnCents, name).toBeGreaterThan(0);
    }
    expect(documents.filter(({ document }) => (document.scenarios?.alternatives ?? []).length > 0).length).toBeGreaterThanOrEqual(2);
    expect(documents.filter(({ document }) => (document.scenarios?.threatened?.probability ?? 1) < 1).length).toBeGreaterThanOrEqual(3);
    const themes = documents.flatMap(({ document }) => (document.bottlenecks ?? []).map((b) => b.theme));
    expect(themes.filter((t) => t === 'housing').length).toBeGreaterThanOrEqual(5);
  });

  it('has a history for every plan beyond concept: approvals by two other maatwerkers, payments within the commitment', () => {
    const roles = (tenantId: string, email: string) => DEMO_USERS.find((u) => u.tenantId === tenantId && u.email === email)?.roles ?? [];
    for (const plan of DEMO_PLANS) {
      const lifecycle = DEMO_LIFECYCLES.find((l) => l.tenantId === plan.tenantId && l.caseNumber === plan.document.caseNumber);
      expect(lifecycle === undefined, plan.document.caseNumber).toBe(plan.status === 'draft');
      if (!lifecycle) continue;
      for (const email of lifecycle.approvers) {
        expect(email, plan.document.caseNumber).not.toBe(plan.authorEmail);
        expect(roles(plan.tenantId, email), email).toContain('maatwerker');
      }
      expect(new Set(lifecycle.approvers).size).toBe(lifecycle.approvers.length);
      const approved = ['approved', 'in_progress', 'monitoring'].includes(plan.status);
      expect(lifecycle.approvers.length >= 2, plan.document.caseNumber).toBe(approved);
      expect(lifecycle.approvedDaysAgo !== undefined, plan.document.caseNumber).toBe(approved);
      // Written before it was approved.
      if (approved) expect(plan.daysAgo, plan.document.caseNumber).toBeGreaterThan(lifecycle.approvedDaysAgo! + 14);
      const paid = (lifecycle.payments ?? []).reduce((sum, p) => sum + p.amountCents, 0);
      expect(paid, plan.document.caseNumber).toBeLessThanOrEqual(computeKba(plan.document).maatwerkbudgetCents);
    }
    const byCase = (caseNumber: string) => DEMO_LIFECYCLES.find((l) => l.caseNumber === caseNumber)!;
    // Case 1 runs for seven months with only its first measurement: the 6-month one is overdue.
    expect(byCase('2026-001').approvedDaysAgo).toBeGreaterThan(190);
    expect(byCase('2026-001').measurements?.map((m) => m.moment)).toEqual(['after']);
    expect(DEMO_LIFECYCLES.some((l) => l.measurements?.map((m) => m.moment).join() === 'after,6m')).toBe(true);
    expect(DEMO_PLANS.filter((p) => p.tenantId === 'demo' && p.status === 'scheduled')).toHaveLength(1);
    expect(DEMO_PLANS.filter((p) => p.tenantId === 'demo' && p.status === 'sparring')).toHaveLength(1);
    expect(DEMO_LIFECYCLES.flatMap((l) => l.questions ?? []).map((q) => q.assigneeEmail)).toContain('consulent@demodam.example');
  });

  it('keeps the texts of the history free of personal data', () => {
    const texts = DEMO_LIFECYCLES.flatMap((l) => [...(l.measurements ?? []).map((m) => m.note), ...(l.payments ?? []).map((p) => p.description), ...(l.questions ?? []).map((q) => q.question)]);
    expect(texts.length).toBeGreaterThan(5);
    expect(scanForPersonalData(texts)).toEqual({ errors: [], warnings: [] });
  });
});

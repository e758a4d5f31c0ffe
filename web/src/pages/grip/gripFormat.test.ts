import { describe, expect, it } from 'vitest';
import { SIGNAL_TYPES, type GripStatus } from '../../../../src/grip/grip.contract';
import { compactEuro, freshness, monthLabel, rateText, SIGNAL_TYPE_LABELS, signedEuro, varianceLight, varianceShare, varianceVerdict } from './gripFormat';

const status = (over: Partial<GripStatus> = {}, run: Partial<NonNullable<GripStatus['folder']['lastRun']>> | null = null): GripStatus => ({
  lastImportAt: '2026-12-03T05:04:00.000Z',
  folder: {
    configured: true,
    schedule: '0 6 * * *',
    nextRunAt: '2026-12-04T05:00:00.000Z',
    lastRun: run ? { status: 'done', startedAt: '2026-12-03T05:00:00.000Z', finishedAt: '2026-12-03T05:04:00.000Z', files: 3, importedFiles: 3, rejectedFiles: 0, message: null, ...run } : null,
  },
  ...over,
});

describe('varianceLight', () => {
  it('is within budget at or under the budget, also for a line without budget and no cost', () => {
    expect(varianceLight(100_000, -1)).toBe('within');
    expect(varianceLight(100_000, 0)).toBe('within');
    expect(varianceLight(0, 0)).toBe('within');
  });

  it('is "up to 2 %" to exactly 2 % of the budget, and "more" one cent beyond', () => {
    // 2 % of € 1.000,00 is € 20,00 = 2000 cents.
    expect(varianceLight(100_000, 1)).toBe('slightly-over');
    expect(varianceLight(100_000, 2_000)).toBe('slightly-over');
    expect(varianceLight(100_000, 2_001)).toBe('over');
  });

  it('calls any expected cost on a line without budget more than 2 % over', () => {
    expect(varianceLight(0, 1)).toBe('over');
  });
});

describe('figures as text', () => {
  it('writes the variance as a share of the budget, signed, and none without a budget', () => {
    expect(varianceShare(100_000, 3_100)).toBe('+3,1 %');
    expect(varianceShare(100_000, -500)).toBe('-0,5 %');
    expect(varianceShare(0, 500)).toBeNull();
  });

  it('writes the realisation rate as a percentage and a dash when nothing was assigned', () => {
    expect(rateText(0.953)).toBe('95,3 %');
    expect(rateText(1.2)).toBe('120,0 %');
    expect(rateText(null)).toBe('–');
  });

  it('writes months, effects and axis amounts in Dutch', () => {
    expect(monthLabel('2026-03')).toBe('maart 2026');
    expect(signedEuro(1_234_00)).toBe('+€ 1.234,00');
    expect(signedEuro(-500)).toBe('€ -5,00');
    expect(compactEuro(120_000_000)).toMatch(/^€\s1,2\smln\.?$/);
  });

  it('has a Dutch label for every signal type of the contract', () => {
    for (const type of SIGNAL_TYPES) expect(SIGNAL_TYPE_LABELS[type]).toMatch(/^[A-Z]/);
  });
});

describe('freshness', () => {
  it('says how fresh the figures are and when the folder is read next', () => {
    const result = freshness(status({}, {}));
    expect(result).toMatchObject({ kind: 'fresh', running: false, rejectedFiles: 0 });
    if (result.kind !== 'fresh') throw new Error('fresh verwacht');
    expect(result.lastImport).toContain('2026');
    expect(result.nextRun).toContain('2026');
  });

  it('never hides a failed folder run behind the last good figures', () => {
    const result = freshness(status({}, { status: 'failed', message: 'Map niet leesbaar', rejectedFiles: 2 }));
    expect(result).toMatchObject({ kind: 'failed', message: 'Map niet leesbaar', rejectedFiles: 2 });
  });

  it('knows when nothing was imported yet, and when a run is under way', () => {
    expect(freshness(status({ lastImportAt: null }))).toEqual({ kind: 'never' });
    expect(freshness(status({}, { status: 'running', finishedAt: null }))).toMatchObject({ kind: 'fresh', running: true });
  });

  it('gives no next run when no folder is watched', () => {
    const result = freshness(status({ folder: { configured: false, schedule: null, nextRunAt: null, lastRun: null } }));
    expect(result).toMatchObject({ kind: 'fresh', nextRun: null });
  });
});

describe('varianceVerdict', () => {
  it('calls a rise that comes mostly from the mix "complexer"', () => {
    const text = varianceVerdict({ differenceCents: 10_000_00, volumeEffectCents: 1_000_00, priceEffectCents: 2_000_00, mixEffectCents: 7_000_00 });
    expect(text).toContain('De kosten stegen met € 10.000,00.');
    expect(text).toContain('(mix) +€ 7.000,00');
    expect(text).toMatch(/vooral complexer/);
  });

  it('calls a rise that comes mostly from the price "duurder"', () => {
    expect(varianceVerdict({ differenceCents: 500, volumeEffectCents: -100, priceEffectCents: 700, mixEffectCents: -100 })).toMatch(/vooral duurder/);
  });

  it('calls a rise from more clients volume', () => {
    expect(varianceVerdict({ differenceCents: 900, volumeEffectCents: 800, priceEffectCents: 50, mixEffectCents: 50 })).toMatch(/aantal cliënten/);
  });

  it('explains a fall by the effect that lowered the cost most', () => {
    const text = varianceVerdict({ differenceCents: -900, volumeEffectCents: 100, priceEffectCents: -800, mixEffectCents: -200 });
    expect(text).toContain('daalden met € 9,00');
    expect(text).toMatch(/goedkoper per cliënt/);
  });

  it('says so when there is nothing to explain', () => {
    expect(varianceVerdict({ differenceCents: 0, volumeEffectCents: 0, priceEffectCents: 0, mixEffectCents: 0 })).toMatch(/geen verschil/);
  });
});

import { describe, expect, it } from 'vitest';
import type { DeclarationRecord } from '../domain/records.js';
import { parseIstandaardXml } from './parse-istandaard.js';
import { largeDeclaration, testBsn } from './test/large-declaration.js';

const LINES = 50_000;
const MB = 1024 * 1024;

describe('parseIstandaardXml on a large message', () => {
  it(`reads ${LINES} Prestaties streamed in chunks with flat memory`, async () => {
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    let records = 0;
    let errors = 0;
    let creditCents = 0;
    let first: DeclarationRecord | undefined;
    let last: DeclarationRecord | undefined;
    for await (const item of parseIstandaardXml(largeDeclaration(LINES), { municipalityCode: '0384' })) {
      if ('error' in item) errors += 1;
      if (!('record' in item)) continue;
      const record = item.record as DeclarationRecord;
      records += 1;
      first ??= record;
      last = record;
      if (record.amountCents < 0) creditCents += record.amountCents;
      if ((records & 1023) === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    expect(errors).toBe(0);
    expect(records).toBe(LINES);
    // The message is ~28 MB of text; a DOM of it, or the records kept, would be far more.
    expect((peak - baseline) / MB).toBeLessThan(100);
    // BSN test fixture: testBsn() makes test numbers (9999…), as the example messages carry.
    expect(first).toMatchObject({ productReference: 'R0', serviceId: '100000', client: { bsn: testBsn(0) }, volume: 1, amountCents: 1250 });
    expect(last).toMatchObject({ productReference: `R${LINES - 1}`, client: { bsn: testBsn((LINES - 1) / 5 | 0) }, volume: 20, amountCents: -25_000 });
    // Every 50th line (n = 49, 99, …) is a credit of (1 + n % 20) hours at 12.50.
    let expectedCredit = 0;
    for (let n = 49; n < LINES; n += 50) expectedCredit -= (1 + (n % 20)) * 1250;
    expect(creditCents).toBe(expectedCredit);
  });
});

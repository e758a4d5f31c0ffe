import { describe, expect, it } from 'vitest';
import { recordProblems } from './border.js';
import type { ServiceRecord } from './records.js';

// Test fixture: 111222333 passes the 11-proef (a well-known test number), so the guard must flag it.
const BSN = '111222333';
const service: ServiceRecord = {
  type: 'service', serviceId: '111222333', client: { bsn: BSN, clientNumber: 'C-1' }, pillar: 'wmo', productCategory: '02',
  productName: 'Begeleiding', provider: '12345678', startDate: '2026-01-01', volume: 2, unit: '04', frequency: '2',
};

describe('the border guard on imported records', () => {
  it('passes a clean record, the BSN field itself and a numeric ToewijzingNummer', () => {
    expect(recordProblems(service)).toEqual([]);
  });

  it('flags a BSN in kept text, also written with separators', () => {
    expect(recordProblems({ ...service, productName: `Begeleiding ${BSN}` })).toEqual([expect.stringContaining('productName')]);
    expect(recordProblems({ ...service, productName: 'Begeleiding 111.222.333' })).toHaveLength(1);
    expect(recordProblems({ ...service, client: { clientNumber: BSN } })).toEqual([expect.stringContaining('client')]);
  });

  it('flags text that cannot be stored', () => {
    expect(recordProblems({ ...service, productName: 'Bege\u0000leiding' })).toEqual([expect.stringContaining('productName')]);
  });
});

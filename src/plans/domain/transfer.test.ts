import { describe, expect, it } from 'vitest';
import { installDutchZodMessages } from '../../shared/zod-nl.js';
import { buildPlanDocument } from '../test/factories.js';
import { checkImport, EXPORT_FORMAT } from './transfer.js';

installDutchZodMessages();
const file = (plans: unknown[]) => ({ format: EXPORT_FORMAT, formatVersion: 1, exportedAt: '2026-11-23T10:00:00Z', tenant: { id: 'demo', name: 'x' }, plans });

describe('checkImport', () => {
  it('accepts valid plans and rejects each bad one with its reasons', () => {
    const good = buildPlanDocument({ caseNumber: 'A-1' });
    const check = checkImport(
      file([
        good,
        { ...buildPlanDocument({ caseNumber: 'A-2' }), lifeSatisfaction: 12 },
        // Test fixture: 111222333 passes the 11-proef.
        buildPlanDocument({ caseNumber: 'A-3', clientNumber: '111222333' }),
        buildPlanDocument({ caseNumber: 'BESTAAT' }),
        buildPlanDocument({ caseNumber: 'A-1' }),
        'geen plan',
      ]),
      new Set(['BESTAAT']),
    );
    expect(check.accepted.map((p) => p.caseNumber)).toEqual(['A-1']);
    expect(check.rejected).toEqual([
      { index: 1, caseNumber: 'A-2', reasons: ['lifeSatisfaction: Moet 10 of minder zijn.'] },
      { index: 2, caseNumber: 'A-3', reasons: [expect.stringMatching(/^clientNumber: .*burgerservicenummer/)] },
      { index: 3, caseNumber: 'BESTAAT', reasons: ['caseNumber: casusnummer BESTAAT bestaat al.'] },
      { index: 4, caseNumber: 'A-1', reasons: ['caseNumber: casusnummer A-1 bestaat al.'] },
      { index: 5, caseNumber: null, reasons: ['(plan): Moet een object zijn.'] },
    ]);
  });

  it('refuses a file that is not an export', () => {
    expect(() => checkImport({ plans: [] }, new Set())).toThrow(/geen exportbestand/);
    expect(() => checkImport(null, new Set())).toThrow(/geen exportbestand/);
  });
});

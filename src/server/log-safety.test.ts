import { describe, expect, it } from 'vitest';
import { safeErrorForLog } from './log-safety.js';

describe('safeErrorForLog', () => {
  it('keeps type, codes and frames but never the message of the error or its cause', () => {
    const cause = Object.assign(new Error('duplicate key: Key (email)=(jan@example.nl) already exists'), { code: '23505', constraint: 'users_tenant_email' });
    const error = new Error('Failed query: insert into users … params: jan@example.nl,Jan Jansen', { cause });
    const logged = JSON.stringify(safeErrorForLog(error));
    expect(logged).not.toContain('jan@example.nl');
    expect(logged).not.toContain('Jan Jansen');
    expect(safeErrorForLog(error)).toMatchObject({ type: 'Error', cause: { code: '23505', constraint: 'users_tenant_email' } });
  });
});

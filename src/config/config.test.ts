import { describe, expect, it } from 'vitest';
import { readConfig } from './config.js';

describe('readConfig', () => {
  it('defaults to the embedded database with demo data on 127.0.0.1:3000', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', databaseUrl: undefined, demo: true });
    expect(config.dataDir.endsWith('/data')).toBe(true);
  });

  it('turns demo data off by default when a real PostgreSQL server is used', () => {
    expect(readConfig({ DATABASE_URL: 'postgres://x@localhost/db' }).demo).toBe(false);
    expect(readConfig({ DATABASE_URL: 'postgres://x@localhost/db', DOORBRAAK_DEMO: '1' }).demo).toBe(true);
    expect(readConfig({ DOORBRAAK_DEMO: '0' }).demo).toBe(false);
  });

  it('refuses a port that is not a port', () => {
    expect(() => readConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(readConfig({ PORT: '8080' }).port).toBe(8080);
  });

  it('reads the watched import folder and its schedule, daily 06:00 by default', () => {
    expect(readConfig({})).toMatchObject({ importDir: undefined, importSchedule: '0 6 * * *' });
    const config = readConfig({ DOORBRAAK_IMPORT_DIR: 'imports-in', DOORBRAAK_IMPORT_SCHEDULE: ' 30  5 * * 1-5 ' });
    expect(config.importDir!.endsWith('/imports-in')).toBe(true);
    expect(config.importSchedule).toBe('30 5 * * 1-5');
  });

  it('refuses a schedule that is not a five-field cron expression, saying how to write one', () => {
    for (const bad of ['elke dag', '0 6 * *', '0 0 6 * * *', '61 6 * * *']) {
      expect(() => readConfig({ DOORBRAAK_IMPORT_SCHEDULE: bad })).toThrow(/DOORBRAAK_IMPORT_SCHEDULE .*vijf velden.*0 6 \* \* \*/);
    }
  });
});

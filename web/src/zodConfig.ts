import { z } from 'zod';

/**
 * Imported first by main.tsx, before any schema exists. Zod 4 probes `new Function` to decide
 * whether to compile its parsers; under the app's CSP (script-src 'self', no eval) the probe fails
 * quietly but is still reported as a CSP violation on every page. `jitless` skips the probe.
 */
z.config({ jitless: true });

import { ensureWebBundle } from '../../src/server/web-build.js';

/** The browser tests run against the real bundle; build it when its sources changed. */
export default async function setup() {
  await ensureWebBundle();
}

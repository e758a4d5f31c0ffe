import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test/app.js';
import { routeMetaProblem } from './route-meta.js';

const testApp = await createTestApp();

describe('the route table', () => {
  it('lists every API route', () => {
    expect(testApp.app.routeTable.filter((route) => route.url.startsWith('/api/v1/')).length).toBeGreaterThan(70);
  });

  it('names a policy action for every route and an audit action for every change', () => {
    const problems = testApp.app.routeTable.map(routeMetaProblem).filter((problem) => problem !== null);
    expect(problems).toEqual([]);
  });

  it('refuses a route without a policy, and a change without an audit action', () => {
    expect(routeMetaProblem({ method: 'GET', url: '/api/v1/x', config: {} })).toMatch(/policy/);
    expect(routeMetaProblem({ method: 'POST', url: '/api/v1/x', config: { policy: 'plans.create' } })).toMatch(/audit/);
    expect(routeMetaProblem({ method: 'POST', url: '/api/v1/x', config: { policy: 'plans.create', audit: 'plan.create' } })).toBeNull();
    expect(routeMetaProblem({ method: 'GET', url: '/api/v1/x', config: { policy: 'geen.actie' as never } })).toMatch(/onbekende/);
  });
});

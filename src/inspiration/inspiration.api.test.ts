import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { tenants } from '../tenants/tenants.schema.js';
import { createUser } from '../users/users.service.js';
import { DEMO_PASSWORD } from '../demo/demo-data.js';
import { createTestApp, type Session } from '../test/app.js';
import { inspirationSolutions } from './inspiration.schema.js';

// Test fixture: passes the 11-proef (a well-known test number), so the guard must refuse it.
const BSN = '111222333';
const REGION = 'Regio Demodam';

const t = await createTestApp();
let mira: Session, sanne: Session, youssef: Session, consulent: Session, beleid: Session, beheer: Session, pim: Session, elders: Session;
let approvedPlanId: string;
let draftPlanId: string;
let draft: Record<string, unknown>;

const planId = async (session: Session, caseNumber: string) => {
  const res = await t.as(session, 'GET', `/api/v1/plans?q=${caseNumber}`);
  return (res.json() as { items: { id: string; caseNumber: string }[] }).items.find((p) => p.caseNumber === caseNumber)!.id;
};

const submission = () => ({
  planId: approvedPlanId,
  title: 'Gezinswoning via opschaling bij de corporatie',
  situation: 'Een moeder met zes kinderen woont na huiselijk geweld te krap in de opvang; een passende woning laat lang op zich wachten.',
  breakthrough: draft.breakthrough as string,
  legalBases: draft.legalBases,
  domains: draft.domains,
  fundingStreams: draft.fundingStreams,
});

beforeAll(async () => {
  await t.ctx.db.update(tenants).set({ region: REGION }).where(inArray(tenants.tenantId, ['demo', 'demo2']));
  await t.ctx.db.update(inspirationSolutions).set({ region: REGION }).where(eq(inspirationSolutions.tenantId, 'demo'));
  await t.ctx.db.insert(tenants).values({ tenantId: 'elders', name: 'Gemeente Elders', region: 'Regio Elders' });
  await createUser(t.ctx.db, { tenantId: 'elders', email: 'maatwerker@elders.example', name: 'Els Elders', roles: ['maatwerker'], password: DEMO_PASSWORD });
  [mira, sanne, youssef, consulent, beleid, beheer, pim, elders] = await Promise.all(
    [
      'maatwerker@demodam.example',
      'maatwerker2@demodam.example',
      'maatwerker3@demodam.example',
      'consulent@demodam.example',
      'beleid@demodam.example',
      'beheer@demodam.example',
      'maatwerker@proefwijk.example',
      'maatwerker@elders.example',
    ].map((email) => t.login(email)),
  ) as [Session, Session, Session, Session, Session, Session, Session, Session];
  approvedPlanId = await planId(mira, '2026-002');
  draftPlanId = await planId(mira, '2026-006');
  draft = (await t.as(mira, 'GET', `/api/v1/plans/${approvedPlanId}/inspiration-draft`)).json();
});

describe('the redaction draft', () => {
  it('offers breakthrough, legal bases without motivation, KBA, domains and funding streams; an empty situation; no identifiers', () => {
    expect(draft).toMatchObject({ planId: approvedPlanId, situation: '', guidance: expect.stringMatching(/geen namen/) });
    expect((draft.title as string).length).toBeGreaterThan(5);
    expect(draft.legalBases).toEqual(expect.arrayContaining([expect.objectContaining({ regulation: expect.any(String), article: expect.any(String) })]));
    expect(Object.keys((draft.legalBases as object[])[0]!).sort()).toEqual(['article', 'regulation']);
    expect(draft.kba).toMatchObject({ returnCents: expect.any(Number), maatwerkbudgetCents: expect.any(Number) });
    const body = JSON.stringify(draft);
    expect(body).not.toContain('C-104242');
    expect(body).not.toContain('2026-002');
    expect(body).not.toContain('vrouwenopvang; ze is slachtoffer');
  });

  it('is refused for a plan that is not approved (422), another municipality (404), and roles that may not publish (403)', async () => {
    expect((await t.as(mira, 'GET', `/api/v1/plans/${draftPlanId}/inspiration-draft`)).statusCode).toBe(422);
    expect((await t.as(pim, 'GET', `/api/v1/plans/${approvedPlanId}/inspiration-draft`)).statusCode).toBe(404);
    expect((await t.as(consulent, 'GET', `/api/v1/plans/${approvedPlanId}/inspiration-draft`)).statusCode).toBe(403);
    expect((await t.as(beleid, 'GET', `/api/v1/plans/${approvedPlanId}/inspiration-draft`)).statusCode).toBe(403);
  });
});

describe('submitting a solution', () => {
  it('refuses a BSN, the client number and the case number with the field path', async () => {
    const bsn = await t.as(mira, 'POST', '/api/v1/inspiration', { ...submission(), situation: `Moeder (${BSN}) woont te krap.` });
    expect(bsn.statusCode).toBe(422);
    expect(bsn.json().errors).toEqual([expect.objectContaining({ path: 'situation', message: expect.stringMatching(/burgerservicenummer/) })]);
    const client = await t.as(mira, 'POST', '/api/v1/inspiration', { ...submission(), title: 'Oplossing voor C-104242' });
    expect(client.statusCode).toBe(422);
    expect(client.json().errors).toEqual([expect.objectContaining({ path: 'title', message: expect.stringMatching(/cliëntnummer/) })]);
    const caseNumber = await t.as(mira, 'POST', '/api/v1/inspiration', { ...submission(), breakthrough: 'Zie casus 2026-002.' });
    expect(caseNumber.statusCode).toBe(422);
    expect(caseNumber.json().errors).toEqual([expect.objectContaining({ path: 'breakthrough', message: expect.stringMatching(/casusnummer/) })]);
  });

  it('refuses legal bases the plan does not have, unknown fields and a plan that is not approved', async () => {
    const foreign = await t.as(mira, 'POST', '/api/v1/inspiration', { ...submission(), legalBases: [{ regulation: 'Gemeentewet', article: '160' }] });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().errors[0].path).toBe('legalBases');
    expect((await t.as(mira, 'POST', '/api/v1/inspiration', { ...submission(), clientNumber: 'x' })).statusCode).toBe(422);
    expect((await t.as(mira, 'POST', '/api/v1/inspiration', { ...submission(), planId: draftPlanId })).statusCode).toBe(422);
  });

  it('asks to confirm emails, phone numbers and dates, then accepts', async () => {
    const body = { ...submission(), situation: `${submission().situation} Verhuisd op 01-04-2020.` };
    const unconfirmed = await t.as(mira, 'POST', '/api/v1/inspiration', body);
    expect(unconfirmed.statusCode).toBe(422);
    expect(unconfirmed.json().warnings).toEqual([expect.objectContaining({ path: 'situation', kind: 'date' })]);
    const confirmed = await t.as(mira, 'POST', '/api/v1/inspiration', { ...body, confirmWarnings: true });
    expect(confirmed.statusCode).toBe(201);
    expect(confirmed.json()).toMatchObject({ status: 'pending', region: REGION, municipality: 'Gemeente Demodam', mine: true });
  });

  it('is for maatwerkers only (403) and plans of the own municipality (404)', async () => {
    expect((await t.as(consulent, 'POST', '/api/v1/inspiration', submission())).statusCode).toBe(403);
    expect((await t.as(beleid, 'POST', '/api/v1/inspiration', submission())).statusCode).toBe(403);
    expect((await t.as(pim, 'POST', '/api/v1/inspiration', submission())).statusCode).toBe(404);
  });
});

describe('review and visibility across the region', () => {
  let id: string;
  beforeAll(async () => {
    const res = await t.as(mira, 'POST', '/api/v1/inspiration', submission());
    expect(res.statusCode).toBe(201);
    id = res.json().id;
  });

  const ids = async (session: Session) => {
    const res = await t.as(session, 'GET', '/api/v1/inspiration');
    expect(res.statusCode).toBe(200);
    const body = res.json() as { items: { id: string }[]; pending: { id: string }[] };
    return { items: body.items.map((s) => s.id), pending: body.pending.map((s) => s.id) };
  };

  it('a pending solution is listed for review to the own maatwerkers only', async () => {
    expect((await ids(youssef)).pending).toContain(id);
    expect((await ids(consulent)).pending).toEqual([]);
    expect((await ids(pim)).items).not.toContain(id);
    expect((await ids(pim)).pending).not.toContain(id);
    expect((await t.as(pim, 'GET', `/api/v1/inspiration/${id}`)).statusCode).toBe(404);
  });

  it('the submitter cannot approve, with a Dutch reason; other tenants get 404; consulent 403', async () => {
    const self = await t.as(mira, 'POST', `/api/v1/inspiration/${id}/review`, { decision: 'approve', note: '' });
    expect(self.statusCode).toBe(403);
    expect(self.json().detail).toMatch(/zelf ingediend/);
    expect((await t.as(pim, 'POST', `/api/v1/inspiration/${id}/review`, { decision: 'approve', note: '' })).statusCode).toBe(404);
    expect((await t.as(consulent, 'POST', `/api/v1/inspiration/${id}/review`, { decision: 'approve', note: '' })).statusCode).toBe(403);
    expect((await t.as(sanne, 'POST', `/api/v1/inspiration/${id}/review`, { decision: 'maybe', note: '' })).statusCode).toBe(422);
    expect((await t.as(sanne, 'POST', `/api/v1/inspiration/${id}/review`, { decision: 'approve', note: `bsn ${BSN}` })).statusCode).toBe(422);
  });

  it('a second maatwerker publishes it; then the region sees it without plan or identifiers, another region not', async () => {
    const approved = await t.as(sanne, 'POST', `/api/v1/inspiration/${id}/review`, { decision: 'approve', note: 'Goed geanonimiseerd.' });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'published', planId: approvedPlanId });
    expect((await t.as(youssef, 'POST', `/api/v1/inspiration/${id}/review`, { decision: 'reject', note: '' })).statusCode).toBe(422);

    expect((await ids(pim)).items).toContain(id);
    const seen = await t.as(pim, 'GET', `/api/v1/inspiration/${id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ municipality: 'Gemeente Demodam', planId: null, ownMunicipality: false, reviewNote: '' });
    expect(seen.body).not.toContain('C-104242');
    expect(seen.body).not.toContain('2026-002');

    expect(await ids(elders)).toEqual({ items: [], pending: [] });
    expect((await t.as(elders, 'GET', `/api/v1/inspiration/${id}`)).statusCode).toBe(404);
  });

  it('a rejected solution stays out of the library', async () => {
    const other = (await t.as(youssef, 'POST', '/api/v1/inspiration', { ...submission(), title: 'Tweede poging' })).json();
    const rejected = await t.as(mira, 'POST', `/api/v1/inspiration/${other.id}/review`, { decision: 'reject', note: 'Te herleidbaar.' });
    expect(rejected.json()).toMatchObject({ status: 'rejected' });
    expect((await ids(sanne)).items).not.toContain(other.id);
    expect((await ids(pim)).items).not.toContain(other.id);
  });

  it('withdrawing: the submitter or a beheerder; not a colleague (403) or another municipality (404)', async () => {
    expect((await t.as(sanne, 'POST', `/api/v1/inspiration/${id}/withdraw`)).statusCode).toBe(403);
    expect((await t.as(pim, 'POST', `/api/v1/inspiration/${id}/withdraw`)).statusCode).toBe(404);
    const withdrawn = await t.as(mira, 'POST', `/api/v1/inspiration/${id}/withdraw`);
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn' });
    expect((await ids(pim)).items).not.toContain(id);
    expect((await t.as(beheer, 'POST', '/api/v1/inspiration/seed-luierrekening/withdraw')).json()).toMatchObject({ status: 'withdrawn' });
    expect((await t.as(beheer, 'POST', '/api/v1/inspiration/seed-luierrekening/withdraw')).statusCode).toBe(422);
  });
});

describe('searching the library', () => {
  const search = async (query: string, session: Session = pim) => {
    const res = await t.as(session, 'GET', `/api/v1/inspiration?${query}`);
    expect(res.statusCode).toBe(200);
    return (res.json() as { items: { id: string }[] }).items.map((s) => s.id).filter((id) => id.startsWith('seed-'));
  };

  it('holds the seeds’ solutions, readable by any role of the region, beleid included', async () => {
    expect((await search('', beleid)).length).toBeGreaterThanOrEqual(6);
    const one = await t.as(beleid, 'GET', '/api/v1/inspiration/seed-eiwitrijke-yoghurt');
    expect(one.json()).toMatchObject({ source: 'seed', status: 'published', municipality: 'Gemeente Demodam' });
  });

  it('filters by text, domain, law, funding stream and amounts', async () => {
    expect(await search('q=yoghurt')).toEqual(['seed-eiwitrijke-yoghurt']);
    expect(await search('domain=education')).toEqual(['seed-taxi-over-de-grens']);
    expect((await search('legalBasis=Participatiewet%2035')).sort()).toEqual(['seed-huurachterstand', 'seed-uitstroom-vrouwenopvang']);
    expect(await search('fundingStream=schuldhulpverlening')).toEqual(['seed-huurachterstand']);
    expect(await search('minReturnCents=9000000')).toEqual(['seed-mantelzorgunit']);
    expect(await search('maxPlanCents=100000')).toEqual(['seed-eiwitrijke-yoghurt']);
    expect(await search('domain=housing&fundingStream=woningcorporatie&q=container')).toEqual(['seed-mantelzorgunit']);
  });

  it('refuses unknown filters and values with 422', async () => {
    expect((await t.as(pim, 'GET', '/api/v1/inspiration?domain=maan')).statusCode).toBe(422);
    expect((await t.as(pim, 'GET', '/api/v1/inspiration?minReturnCents=-1')).statusCode).toBe(422);
    expect((await t.as(pim, 'GET', '/api/v1/inspiration?planId=x')).statusCode).toBe(422);
  });
});

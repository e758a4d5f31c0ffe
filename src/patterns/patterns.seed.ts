import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { recordAudit } from '../audit/audit.js';
import type { PlanDocument } from '../plans/domain/plan-document.js';
import { plans } from '../plans/plans.schema.js';
import { users } from '../users/users.schema.js';
import type { PatternPhase } from './domain/phases.js';
import { patternPlans, patterns } from './patterns.schema.js';

type Bottleneck = NonNullable<PlanDocument['bottlenecks']>[number];

interface DemoPattern {
  title: string;
  description: string;
  level: 'local' | 'regional' | 'national';
  theme: 'housing';
  phase: PatternPhase;
  steps: string;
  diagnosis: string;
  solutions: string;
  /** Which plans illustrate it: by the bottlenecks their maatwerkers recorded. */
  illustrates: (bottleneck: Bottleneck) => boolean;
}

// The two housing patterns of seed 003: the woonfuik (an ingredient of all four toxic cocktails)
// and the Damocles policy that keeps mothers out of social housing.
const DEMO_PATTERNS: DemoPattern[] = [
  {
    title: 'Woonfuik: huurachterstand leidt tot ontruiming',
    description:
      'Huishoudens met kinderen raken via een kleine huurachterstand in een fuik: incasso, vonnis, ontruiming. Het signaal bereikt de gemeente pas als de deurwaarder er al is, en na een ontruiming sluit de uitstroom uit de opvang niet aan op de woningmarkt.',
    level: 'regional',
    theme: 'housing',
    phase: 'diagnosis',
    steps:
      '1. Inkomen daalt of valt weg (ziekte, baanverlies, wachten op een uitkering).\n2. Eerste huurachterstand; de corporatie stuurt aanmaningen.\n3. Incasso en deurwaarder; de achterstand groeit met kosten.\n4. Vonnis tot ontbinding en ontruiming.\n5. Pas dan een melding bij de gemeente; opvang of noodopvang voor het gezin.',
    diagnosis:
      'Knelpunt bij stap 2: de vroegsignaleringsafspraken met corporaties gelden pas na drie maanden achterstand. Knelpunt bij stap 5: uitstroom uit de opvang vraagt urgentie die alleen na verblijf in de opvang wordt verleend.',
    solutions: '',
    illustrates: (b) => b.theme === 'housing' && (b.level === 'regional' || /huurachterstand/i.test(b.rule)),
  },
  {
    title: 'Damoclesbeleid sluit moeders uit van sociale huur',
    description:
      'Na sluiting van een woning op grond van het Damoclesbeleid mag de huurder jarenlang niet huren bij een woningcorporatie, ook als de kinderen daardoor niet bij hun ouder kunnen wonen.',
    level: 'local',
    theme: 'housing',
    phase: 'steps',
    steps: '',
    diagnosis: '',
    solutions: '',
    illustrates: (b) => /damocles/i.test(b.rule),
  },
];

/** Two demo patterns with the demo plans that illustrate them; owner is the tenant's beleid user. */
export async function seedDemoPatterns(db: Db, tenantId: string): Promise<void> {
  const [owner] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), sql`'beleid' = ANY(${users.roles})`))
    .orderBy(asc(users.email))
    .limit(1);
  if (!owner) throw new Error(`Demo: geen beleidsmedewerker in ${tenantId}.`);
  const rows = await db
    .select({ id: plans.id, bottlenecks: sql<Bottleneck[] | null>`${plans.document}->'bottlenecks'` })
    .from(plans)
    .where(and(eq(plans.tenantId, tenantId), isNull(plans.deletedAt)))
    .orderBy(asc(plans.caseNumber));
  for (const demo of DEMO_PATTERNS) {
    const { illustrates, ...fields } = demo;
    const id = crypto.randomUUID();
    await db.insert(patterns).values({ tenantId, id, ...fields, ownerId: owner.id, createdBy: owner.id });
    const planIds = rows.filter((row) => (row.bottlenecks ?? []).some(illustrates)).map((row) => row.id);
    if (planIds.length) await db.insert(patternPlans).values(planIds.map((planId) => ({ tenantId, patternId: id, planId })));
    await recordAudit(db, { tenantId, actor: null, action: 'demo.seed', entityType: 'pattern', entityId: id, detail: { plans: planIds.length, phase: demo.phase } });
  }
}

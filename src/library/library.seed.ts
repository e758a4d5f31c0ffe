import { eq, notExists, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/client.js';
import { tenants } from '../tenants/tenants.schema.js';
import type { LegalBasisData } from './domain/legal-bases.js';
import { referenceLegalBases, referencePriceItems } from './library.reference.js';
import { legalBases, priceItems } from './library.schema.js';

export interface SeedResult {
  priceItems: number;
  legalBases: number;
}

/**
 * Gives a municipality the national reference price list and legal library (origin `national`).
 * Idempotent: codes the municipality already has, overridden or deactivated, are left alone.
 * Call it inside the transaction that creates the tenant.
 */
export async function seedTenantLibrary(db: Db, tenantId: string): Promise<SeedResult> {
  const items = await db
    .insert(priceItems)
    .values(referencePriceItems().map((item) => ({ ...item, tenantId, origin: 'national' as const })))
    .onConflictDoNothing()
    .returning({ code: priceItems.code });
  const bases = await db
    .insert(legalBases)
    .values(referenceLegalBases().map((basis) => ({ ...basis, tenantId, origin: 'national' as const })))
    .onConflictDoNothing()
    .returning({ code: legalBases.code });
  const result = { priceItems: items.length, legalBases: bases.length };
  if (result.priceItems + result.legalBases > 0) {
    await recordAudit(db, { tenantId, actor: null, action: 'library.seed', entityType: 'tenant', entityId: tenantId, detail: { ...result } });
  }
  return result;
}

/**
 * Seeds the library of every municipality that has no price items yet: databases created before
 * the library existed. Runs at start-up; returns the tenants it seeded.
 */
export async function ensureTenantLibraries(db: Db): Promise<string[]> {
  const bare = await db
    .select({ tenantId: tenants.tenantId })
    .from(tenants)
    .where(notExists(db.select({ one: sql`1` }).from(priceItems).where(eq(priceItems.tenantId, tenants.tenantId))))
    .orderBy(tenants.tenantId);
  for (const { tenantId } of bare) {
    await db.transaction((tx) => seedTenantLibrary(tx, tenantId));
  }
  return bare.map((row) => row.tenantId);
}

/** Local ordinances of the (fictitious) demo municipality Demodam: hardship clauses. */
export const DEMO_LOCAL_LEGAL_BASES: LegalBasisData[] = [
  {
    code: 'LOK-DEMODAM-WMO-21',
    regulation: 'Verordening maatschappelijke ondersteuning Demodam 2024',
    shortName: 'Verordening Wmo Demodam',
    article: '21',
    bwbId: null,
    url: null,
    description:
      'Hardheidsclausule: het college kan in het voordeel van de cliënt afwijken van de verordening als toepassing ervan ' +
      'tot onbillijkheid van overwegende aard leidt. (Demovoorbeeld: verzonnen verordening van de demogemeente.)',
    domains: ['care', 'housing'],
    confidence: 'high',
    note: 'Demovoorbeeld. Vervang door de eigen verordening met een link naar lokaleregelgeving.overheid.nl.',
  },
  {
    code: 'LOK-DEMODAM-JH-12',
    regulation: 'Verordening jeugdhulp Demodam 2024',
    shortName: 'Verordening jeugdhulp Demodam',
    article: '12',
    bwbId: null,
    url: null,
    description:
      'Hardheidsclausule: het college kan afwijken van de verordening als toepassing ervan voor de jeugdige of de ouders ' +
      'tot onbillijkheid van overwegende aard leidt. (Demovoorbeeld: verzonnen verordening van de demogemeente.)',
    domains: ['youth', 'parenting'],
    confidence: 'high',
    note: 'Demovoorbeeld. Vervang door de eigen verordening met een link naar lokaleregelgeving.overheid.nl.',
  },
];

/** The demo municipality's own ordinances (origin `local`), next to the national library. */
export async function seedDemoLibrary(db: Db, tenantId: string): Promise<void> {
  await db
    .insert(legalBases)
    .values(DEMO_LOCAL_LEGAL_BASES.map((basis) => ({ ...basis, tenantId, origin: 'local' as const })))
    .onConflictDoNothing();
}

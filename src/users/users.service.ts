import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { sessions } from '../auth/auth.schema.js';
import type { Db } from '../db/client.js';
import { hashPassword } from '../auth/password.js';
import type { Role } from '../auth/roles.js';
import { invalid, notFound } from '../shared/errors.js';
import type { UserChanges } from './users.contract.js';
import { users } from './users.schema.js';

export type UserRow = typeof users.$inferSelect;

export interface NewUser {
  tenantId: string;
  email: string;
  name: string;
  roles: Role[];
  password: string;
}

/**
 * Login is by email alone, so an address may belong to one account in the whole installation.
 * Checked here rather than by a global unique index, which a tenant-sharded database cannot have.
 */
export async function assertEmailFree(db: Db, email: string, exceptUserId?: string): Promise<void> {
  const [taken] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(sql`lower(${users.email})`, email.toLowerCase()), exceptUserId ? ne(users.id, exceptUserId) : undefined))
    .limit(1);
  if (taken) throw invalid([{ path: 'email', message: 'Dit e-mailadres is al in gebruik.' }]);
}

export async function createUser(db: Db, input: NewUser) {
  await assertEmailFree(db, input.email);
  const [row] = await db
    .insert(users)
    .values({
      tenantId: input.tenantId,
      id: crypto.randomUUID(),
      email: input.email.trim().toLowerCase(),
      name: input.name.trim(),
      roles: [...new Set(input.roles)],
      passwordHash: await hashPassword(input.password),
    })
    .returning();
  return row!;
}

/** A readable initial password, shown once to the beheerder who hands it over. */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  // Rejection sampling: bytes above the largest multiple of the alphabet length would favour its start.
  const limit = 256 - (256 % alphabet.length);
  const chars: string[] = [];
  while (chars.length < 20) {
    for (const b of crypto.getRandomValues(new Uint8Array(32))) {
      if (b < limit && chars.length < 20) chars.push(alphabet[b % alphabet.length]!);
    }
  }
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join('')).join('-');
}

/** The municipality's users, by name. */
export async function listUsers(db: Db, tenantId: string): Promise<UserRow[]> {
  return db.select().from(users).where(eq(users.tenantId, tenantId)).orderBy(asc(users.name));
}

/** One user of the municipality, or 404. */
export async function findUser(db: Db, tenantId: string, id: string): Promise<UserRow> {
  const [row] = await db.select().from(users).where(and(eq(users.tenantId, tenantId), eq(users.id, id)));
  if (!row) throw notFound('Deze gebruiker bestaat niet.');
  return row;
}

/** A beheerder may not deactivate themselves or drop their own beheerder role: someone must be left to manage. */
export function assertNotLockingOut(actorId: string, target: UserRow, changes: UserChanges): void {
  if (target.id !== actorId) return;
  if (changes.active === false || (changes.roles && !changes.roles.includes('beheerder'))) {
    throw invalid([
      { path: changes.active === false ? 'active' : 'roles', message: 'U kunt uzelf niet deactiveren of uw beheerdersrol afnemen; vraag een andere beheerder.' },
    ]);
  }
}

/** Applies the changes; deactivating or a new password ends every open session of the user at once. */
export async function updateUser(tx: Db, existing: UserRow, changes: UserChanges): Promise<UserRow> {
  if (changes.email && changes.email.toLowerCase() !== existing.email) await assertEmailFree(tx, changes.email, existing.id);
  const [updated] = await tx
    .update(users)
    .set({
      ...(changes.email ? { email: changes.email.toLowerCase() } : {}),
      ...(changes.name ? { name: changes.name } : {}),
      ...(changes.roles ? { roles: [...new Set(changes.roles)] } : {}),
      ...(changes.active !== undefined ? { active: changes.active } : {}),
      ...(changes.password ? { passwordHash: await hashPassword(changes.password) } : {}),
      updatedAt: sql`now()`,
    })
    .where(and(eq(users.tenantId, existing.tenantId), eq(users.id, existing.id)))
    .returning();
  if (changes.active === false || changes.password) {
    await tx.delete(sessions).where(and(eq(sessions.tenantId, existing.tenantId), eq(sessions.userId, existing.id)));
  }
  return updated!;
}

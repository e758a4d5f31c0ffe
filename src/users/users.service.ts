import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { hashPassword } from '../auth/password.js';
import type { Role } from '../auth/roles.js';
import { invalid } from '../shared/errors.js';
import { users } from './users.schema.js';

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

import { z } from 'zod';
import { MIN_PASSWORD_LENGTH, roleSchema } from '../auth/auth.contract.js';

/** Request and response schemas of user management (`/api/v1/users`, beheerder), for the routes and the web. */

export const roleList = z.array(roleSchema).min(1, 'Kies minstens één rol.');
export const userPassword = z.string().min(MIN_PASSWORD_LENGTH).max(200);
const email = z.email().max(320);
const name = z.string().trim().min(1).max(200);

export const userOut = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  roles: z.array(roleSchema),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const userListOut = z.object({ items: z.array(userOut), total: z.number().int() });

export const createUserBody = z.strictObject({
  email,
  name,
  roles: roleList,
  password: userPassword.optional().describe('Zonder wachtwoord maakt de server een startwachtwoord.'),
});
export const createdUserOut = z.object({
  user: userOut,
  initialPassword: z.string().optional().describe('Het gemaakte startwachtwoord, alleen nu.'),
});

export const userParams = z.strictObject({ id: z.string().max(100) });
export const updateUserBody = z.strictObject({
  email: email.optional(),
  name: name.optional(),
  roles: roleList.optional(),
  active: z.boolean().optional(),
  password: userPassword.optional().describe('Een nieuw wachtwoord beëindigt de open sessies van de gebruiker.'),
});
export const updatedUserOut = z.object({ user: userOut });

export type UserOut = z.infer<typeof userOut>;
export type UserChanges = z.output<typeof updateUserBody>;

import { z } from 'zod';
import { ACTIONS, type Action } from '../policy/policy.js';
import { ROLE_KEYS } from './roles.js';

/**
 * Request and response schemas of login, logout, `/me`, the own password and API tokens
 * (CONTRACT.md "HTTP API"), for the routes and the web. Pure: no node modules, so the browser
 * imports it too.
 */

/** The server's password rule; `password.ts` (scrypt) and the user forms use the same number. */
export const MIN_PASSWORD_LENGTH = 12;

export const roleSchema = z.enum(ROLE_KEYS);
const actionSchema = z.enum(ACTIONS as [Action, ...Action[]]);

export const tenantOut = z.object({
  id: z.string(),
  name: z.string(),
  region: z.string().nullable().describe('De regio (bijv. een Maatpact-regio), of leeg.'),
});

/** The logged-in user as `POST /auth/login` and `GET /me` return it. */
export const currentUserOut = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  roles: z.array(roleSchema),
  tenant: tenantOut,
  abilities: z.array(actionSchema).describe('Wat deze gebruiker mag; de UI toont knoppen op basis hiervan.'),
});

export const loginBody = z.strictObject({
  email: z.string().min(1).max(320),
  password: z.string().min(1).max(1024),
});
export const loginOut = z.object({
  user: currentUserOut,
  csrfToken: z.string().describe('Meesturen als header `X-CSRF-Token` bij elke wijziging met de sessiecookie.'),
});

export const meOut = z.object({
  user: currentUserOut,
  csrfToken: z.string().optional().describe('Alleen bij een sessiecookie, niet bij een API-token.'),
});

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1, 'Vul uw huidige wachtwoord in.').max(1024),
  newPassword: z
    .string()
    .min(MIN_PASSWORD_LENGTH, {
      error: (issue) => {
        const length = typeof issue.input === 'string' ? issue.input.length : 0;
        return length === 0
          ? 'Vul een nieuw wachtwoord in.'
          : `Het nieuwe wachtwoord moet minstens ${MIN_PASSWORD_LENGTH} tekens bevatten; het heeft er nu ${length}.`;
      },
    })
    .max(200),
});

export const tokenOut = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export const tokenListOut = z.object({ items: z.array(tokenOut), total: z.number().int() });

export const createTokenBody = z.strictObject({ name: z.string().trim().min(1).max(100) });
export const createdTokenOut = tokenOut.extend({
  token: z.string().describe('De waarde, alleen nu: meesturen als `Authorization: Bearer <token>`.'),
});

export const tokenParams = z.strictObject({ id: z.string().max(100) });

export type CurrentUserOut = z.infer<typeof currentUserOut>;
export type TokenOut = z.infer<typeof tokenOut>;

/**
 * `GET /api/v1/auth/session`: who is logged in, or `user: null`. The app asks this at start-up
 * instead of `/me`, so an anonymous visitor gets an answer rather than a 401 in the console.
 */
export const sessionOut = z.object({
  user: currentUserOut.nullable(),
  csrfToken: z.string().optional().describe('Alleen bij een sessiecookie.'),
  demo: z.boolean().describe('De server draait in demomodus (DOORBRAAK_DEMO): de inlogpagina toont dan de demo-accounts.'),
});

/** `GET /api/v1/auth/demo-accounts`: only in demo mode (else 404), for the login page. */
export const demoAccountsOut = z.object({
  password: z.string().describe('Het gedeelde wachtwoord van alle demo-accounts.'),
  items: z.array(
    z.object({
      email: z.string(),
      name: z.string(),
      roles: z.array(roleSchema),
      tenant: z.object({ id: z.string(), name: z.string() }),
    }),
  ),
});
export type DemoAccounts = z.infer<typeof demoAccountsOut>;

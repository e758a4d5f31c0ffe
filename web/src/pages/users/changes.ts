import { z } from 'zod';
import type { Role } from '../../../../src/auth/roles';
import { createUserBody, userPassword } from '../../../../src/users/users.contract';
import type { User, UserChanges } from '../../api';

/**
 * The user form (new and edit): the contract's body for a new user, plus `active`, with an empty
 * password meaning "none" (new: the server makes a start password; edit: unchanged).
 */
export const userFormSchema = createUserBody.extend({
  email: z.string().trim().pipe(createUserBody.shape.email),
  active: z.boolean(),
  password: z.union([z.literal(''), userPassword]),
});

export type UserFormValues = z.input<typeof userFormSchema>;

export const EMPTY_USER_FORM: UserFormValues = { name: '', email: '', roles: [], active: true, password: '' };

export function formValues(user: User): UserFormValues {
  return { name: user.name, email: user.email, roles: [...user.roles], active: user.active, password: '' };
}

const sameRoles = (a: readonly Role[], b: readonly Role[]) => a.length === b.length && a.every((role) => b.includes(role));

/**
 * Only the fields that changed, so the audit log records what really changed, and the changes
 * that would undo them (a password cannot be undone: the old one is not known).
 */
export function diffUser(before: User, after: UserFormValues): { changes: UserChanges; undo: UserChanges } {
  const changes: UserChanges = {};
  const undo: UserChanges = {};
  if (after.name.trim() !== before.name) {
    changes.name = after.name.trim();
    undo.name = before.name;
  }
  if (after.email.trim().toLowerCase() !== before.email) {
    changes.email = after.email.trim();
    undo.email = before.email;
  }
  if (!sameRoles(after.roles, before.roles)) {
    changes.roles = after.roles;
    undo.roles = before.roles;
  }
  if (after.active !== before.active) {
    changes.active = after.active;
    undo.active = before.active;
  }
  if (after.password) changes.password = after.password;
  return { changes, undo };
}

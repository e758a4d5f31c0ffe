import { z } from 'zod';
import { changePasswordBody, MIN_PASSWORD_LENGTH } from '../../../../src/auth/auth.contract';
import type { FieldError } from '../../http/client';

export { MIN_PASSWORD_LENGTH };

/**
 * The password form: the contract's body (its rules and Dutch messages) plus what only the
 * browser can check: the repetition, and that the new password differs from the current one.
 */
export const passwordFormSchema = changePasswordBody.extend({ repeat: z.string() }).superRefine((values, ctx) => {
  if (values.newPassword.length >= MIN_PASSWORD_LENGTH && values.newPassword === values.currentPassword) {
    ctx.addIssue({ code: 'custom', path: ['newPassword'], message: 'Het nieuwe wachtwoord is hetzelfde als het huidige. Kies een ander wachtwoord.' });
  }
  if (values.newPassword && values.repeat !== values.newPassword) {
    ctx.addIssue({ code: 'custom', path: ['repeat'], message: values.repeat ? 'De twee nieuwe wachtwoorden zijn niet gelijk.' : 'Herhaal het nieuwe wachtwoord.' });
  }
});

export type PasswordFormValues = z.input<typeof passwordFormSchema>;

export const EMPTY_PASSWORD_FORM: PasswordFormValues = { currentPassword: '', newPassword: '', repeat: '' };

/** Paths are the API's field names; `repeat` exists only in the browser. */
export const PASSWORD_FIELDS = {
  currentPassword: { id: 'wachtwoord-huidig', label: 'Huidig wachtwoord' },
  newPassword: { id: 'wachtwoord-nieuw', label: 'Nieuw wachtwoord' },
  repeat: { id: 'wachtwoord-herhaal', label: 'Herhaal het nieuwe wachtwoord' },
};

/** Every mistake the browser can see, all at once (the server still checks the current password). */
export function checkPasswordForm(values: PasswordFormValues): FieldError[] {
  const result = passwordFormSchema.safeParse(values);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

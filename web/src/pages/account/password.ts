import type { FieldError } from '../../http/client';

/** The server's rule (src/auth/password.ts; that module uses node:crypto, so it is not imported here). */
export const MIN_PASSWORD_LENGTH = 12;

export interface PasswordFormValues {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

export const EMPTY_PASSWORD_FORM: PasswordFormValues = { currentPassword: '', newPassword: '', repeat: '' };

/** Paths are the API's field names; `repeat` exists only in the browser. */
export const PASSWORD_FIELDS = {
  currentPassword: { id: 'wachtwoord-huidig', label: 'Huidig wachtwoord' },
  newPassword: { id: 'wachtwoord-nieuw', label: 'Nieuw wachtwoord' },
  repeat: { id: 'wachtwoord-herhaal', label: 'Herhaal het nieuwe wachtwoord' },
};

/** Mistakes that need no server: all listed at once. The server still checks the current password. */
export function checkPasswordForm(values: PasswordFormValues): FieldError[] {
  const errors: FieldError[] = [];
  if (!values.currentPassword) errors.push({ path: 'currentPassword', message: 'Vul uw huidige wachtwoord in.' });
  if (!values.newPassword) errors.push({ path: 'newPassword', message: 'Vul een nieuw wachtwoord in.' });
  else if (values.newPassword.length < MIN_PASSWORD_LENGTH) {
    errors.push({ path: 'newPassword', message: `Het nieuwe wachtwoord moet minstens ${MIN_PASSWORD_LENGTH} tekens bevatten; het heeft er nu ${values.newPassword.length}.` });
  } else if (values.newPassword === values.currentPassword) {
    errors.push({ path: 'newPassword', message: 'Het nieuwe wachtwoord is hetzelfde als het huidige. Kies een ander wachtwoord.' });
  }
  if (values.newPassword && values.repeat !== values.newPassword) {
    errors.push({ path: 'repeat', message: values.repeat ? 'De twee nieuwe wachtwoorden zijn niet gelijk.' : 'Herhaal het nieuwe wachtwoord.' });
  }
  return errors;
}

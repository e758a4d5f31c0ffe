import { describe, expect, it } from 'vitest';
import { checkPasswordForm } from './password';

describe('checkPasswordForm', () => {
  it('lists every mistake at once', () => {
    expect(checkPasswordForm({ currentPassword: '', newPassword: 'kort', repeat: 'anders' })).toEqual([
      { path: 'currentPassword', message: 'Vul uw huidige wachtwoord in.' },
      { path: 'newPassword', message: 'Het nieuwe wachtwoord moet minstens 12 tekens bevatten; het heeft er nu 4.' },
      { path: 'repeat', message: 'De twee nieuwe wachtwoorden zijn niet gelijk.' },
    ]);
  });

  it('asks for the repetition and for a password that differs from the current one', () => {
    expect(checkPasswordForm({ currentPassword: 'doorbraak-demo', newPassword: 'doorbraak-demo', repeat: '' }).map((e) => e.message)).toEqual([
      'Het nieuwe wachtwoord is hetzelfde als het huidige. Kies een ander wachtwoord.',
      'Herhaal het nieuwe wachtwoord.',
    ]);
  });

  it('accepts a long new password typed twice', () => {
    expect(checkPasswordForm({ currentPassword: 'doorbraak-demo', newPassword: 'paard-batterij-nietje', repeat: 'paard-batterij-nietje' })).toEqual([]);
  });
});

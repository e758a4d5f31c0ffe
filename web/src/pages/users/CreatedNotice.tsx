import { useEffect, useRef } from 'react';
import type { User } from '../../api';
import { Alert } from '../../components/Alert';
import { Button, ButtonGroup } from '../../components/Button';
import { CopyButton } from '../../components/CopyButton';
import { TextField } from '../../components/FormField';
import { TextLink } from '../../components/TextLink';
import { roleLabels } from '../../format';

interface CreatedNoticeProps {
  user: User;
  /** Present when the server made the password; it keeps only a hash, so this is the one chance. */
  initialPassword: string | undefined;
  onAnother: () => void;
}

export function CreatedNotice({ user, initialPassword, onAnother }: CreatedNoticeProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <>
      <Alert type="ok" heading={`${user.name} is toegevoegd.`} ref={ref}>
        <p className="utrecht-paragraph dbk-paragraph">
          {user.name} ({user.email}) kan nu inloggen met de rol{user.roles.length === 1 ? '' : 'len'} {roleLabels(user.roles)}.
        </p>
      </Alert>
      {initialPassword ? (
        <Alert type="warning" heading="Geef het startwachtwoord door. U ziet het maar één keer.">
          <p className="utrecht-paragraph dbk-paragraph">
            Doorbraak bewaart dit wachtwoord niet leesbaar en kan het u later niet meer tonen. Geef het veilig door, bijvoorbeeld
            telefonisch, en niet in dezelfde e-mail als het e-mailadres. Kwijt? Stel dan bij ‘Wijzigen’ een nieuw wachtwoord in.
          </p>
          <div className="dbk-token">
            <TextField id="startwachtwoord" label={`Startwachtwoord van ${user.name}`} value={initialPassword} readOnly plain />
            <CopyButton value={initialPassword} label="Wachtwoord kopiëren" targetId="startwachtwoord" />
          </div>
        </Alert>
      ) : null}
      <ButtonGroup>
        <Button appearance="secondary" onClick={onAnother}>
          Nog een gebruiker toevoegen
        </Button>
        <TextLink href="/beheer/gebruikers">Naar het overzicht van gebruikers</TextLink>
      </ButtonGroup>
    </>
  );
}

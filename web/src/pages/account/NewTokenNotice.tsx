import { useEffect, useRef } from 'react';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { CopyButton } from '../../components/CopyButton';
import { TextField } from '../../components/FormField';

/** The token value, shown this once: the server keeps only a hash of it. */
export function NewTokenNotice({ name, token, onDone }: { name: string; token: string; onDone: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <Alert type="warning" heading={`Het token ‘${name}’ is gemaakt. Kopieer het nu.`} ref={ref}>
      <p className="utrecht-paragraph dbk-paragraph">
        Dit is de enige keer dat u dit token ziet. Bewaar het direct op een veilige plek, bijvoorbeeld in de instellingen van de
        koppeling of een wachtwoordkluis. Deel het niet per e-mail. Kwijt? Trek het in en maak een nieuw token.
      </p>
      <div className="dbk-token">
        <TextField id="nieuw-token-waarde" label="Uw nieuwe token" value={token} readOnly plain size="wide" />
        <CopyButton value={token} label="Token kopiëren" targetId="nieuw-token-waarde" />
      </div>
      <Button appearance="primary" onClick={onDone}>
        Ik heb het token bewaard
      </Button>
    </Alert>
  );
}

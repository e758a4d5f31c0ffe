import { useEffect } from 'react';
import { setFlash } from '../../flash';
import { useSession } from '../../session';
import { setPlansSessionHandler } from './plansApi';

/** A 401 from the plans API ends the session the same way the rest of the app does. */
export function usePlansSession(): void {
  const { refresh } = useSession();
  useEffect(() => {
    setPlansSessionHandler(() => {
      setFlash({ type: 'warning', text: 'Uw sessie is verlopen of beëindigd. Log opnieuw in.' });
      void refresh().catch(() => undefined);
    });
  }, [refresh]);
}

import type { ApiError } from '../http/client';
import { Alert } from './Alert';
import { Button } from './Button';

/** Announced politely; the text says what is loading so the user knows what to wait for. */
export function Loading({ children }: { children: string }) {
  return (
    <p className="utrecht-paragraph dbk-loading" role="status">
      {children}
    </p>
  );
}

/** Loading failed: say what, why (the API's Dutch detail) and offer to try again. */
export function LoadError({ what, error, onRetry }: { what: string; error: ApiError | Error; onRetry?: () => void }) {
  return (
    <Alert type="error" heading={`${what} konden niet worden geladen.`} role="alert">
      <p className="utrecht-paragraph dbk-paragraph">{error.message}</p>
      {onRetry ? (
        <Button appearance="secondary" onClick={onRetry}>
          Opnieuw proberen
        </Button>
      ) : null}
    </Alert>
  );
}

/**
 * Every error the API returns, as a stable code with its HTTP status and Dutch title.
 * Routes throw these; one handler turns them into application/problem+json.
 */
export const ERRORS = {
  validation: { status: 422, title: 'De invoer is niet geldig.' },
  badRequest: { status: 400, title: 'Het verzoek is onleesbaar.' },
  unauthenticated: { status: 401, title: 'U bent niet ingelogd.' },
  invalidCredentials: { status: 401, title: 'Het e-mailadres of wachtwoord klopt niet.' },
  csrf: { status: 403, title: 'Het verzoek mist een geldige CSRF-sleutel. Laad de pagina opnieuw.' },
  forbidden: { status: 403, title: 'U heeft geen toestemming voor deze handeling.' },
  notFound: { status: 404, title: 'Niet gevonden.' },
  conflict: { status: 409, title: 'Iemand anders heeft dit intussen gewijzigd.' },
  payloadTooLarge: { status: 413, title: 'Het verzoek is te groot.' },
  unsupportedMediaType: { status: 415, title: 'Dit type inhoud wordt niet ondersteund. Stuur JSON.' },
  tooManyRequests: { status: 429, title: 'Te veel pogingen. Probeer het later opnieuw.' },
  internal: { status: 500, title: 'Er ging iets mis aan onze kant. Probeer het opnieuw; blijft het misgaan, meld het dan.' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof ERRORS;

export interface FieldError {
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly status: number;
  readonly title: string;

  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly errors: FieldError[] = [],
    /** Extra members of the problem document, e.g. the rejected document of a 409. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail ?? ERRORS[code].title);
    this.status = ERRORS[code].status;
    this.title = ERRORS[code].title;
  }
}

export const notFound = (detail?: string) => new AppError('notFound', detail);
export const forbidden = (detail?: string) => new AppError('forbidden', detail);
export const invalid = (errors: FieldError[], detail?: string) => new AppError('validation', detail, errors);

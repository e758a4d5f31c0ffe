/** Matches `/beheer/gebruikers/:id` against a path; returns the parameters or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of want.entries()) {
    const actual = have[index]!;
    if (part.startsWith(':')) {
      try {
        params[part.slice(1)] = decodeURIComponent(actual);
      } catch {
        return null;
      }
    } else if (part !== actual) return null;
  }
  return params;
}

/** Only paths on this site: a `terug` parameter must never send the user elsewhere. */
export function safeReturnPath(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value;
}

/** The login page, remembering where the user wanted to go. */
export function loginPath(returnTo: string): string {
  return returnTo === '/' || returnTo.startsWith('/inloggen') ? '/inloggen' : `/inloggen?terug=${encodeURIComponent(returnTo)}`;
}

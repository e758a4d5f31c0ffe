/**
 * What an unexpected error may put in the log: its kind, codes and where it happened, never its
 * message. Database errors carry the query's parameters (case text, emails) in their message and
 * detail, so those stay out.
 */
export function safeErrorForLog(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const withCodes = error as Error & { code?: unknown; constraint?: unknown; table?: unknown; column?: unknown };
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 8)
    .map((line) => line.trim());
  return {
    type: error.constructor.name,
    ...(typeof withCodes.code === 'string' ? { code: withCodes.code } : {}),
    ...(typeof withCodes.constraint === 'string' ? { constraint: withCodes.constraint } : {}),
    ...(typeof withCodes.table === 'string' ? { table: withCodes.table } : {}),
    ...(typeof withCodes.column === 'string' ? { column: withCodes.column } : {}),
    frames,
    ...(error.cause && depth < 3 ? { cause: safeErrorForLog(error.cause, depth + 1) } : {}),
  };
}
